import type { CDPSession } from 'playwright-core';
export interface HeapBreakdown {
  objects: number;
  dom: number;
  code: number;
  browserRecords: number;
}
export function breakdown(snapshot: unknown): HeapBreakdown;
export function heapBreakdown(cdp: CDPSession): Promise<HeapBreakdown>;
