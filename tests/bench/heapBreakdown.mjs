// What a page's heap holds, by kind, read from a heap snapshot taken through the DevTools protocol (taking one
// collects garbage first). A leak is something the page keeps making and holding; of the heap's growth over many
// tours, two kinds are not that, so they are counted apart from what the page holds:
// - `code`: machine code V8 compiles as functions get hot. It keeps growing for dozens of tours while V8's
//   optimizing tiers reach more functions (measured: +0.75 MB from tour 1 to 10, +0.9 MB more by tour 30), while
//   the page's own objects stay flat.
// - `browserRecords`: the browser's performance timeline (resource timing, long animation frames) and the
//   DevTools network log that the test driver turns on; headless Chromium refetches the favicon on every URL
//   change, so they grow with every step of a tour.

/** Native (browser-side) objects that are the browser's records of the page, not the page's state. */
const BROWSER_RECORD = /^(Performance\w*Timing|PerformanceEntry|LargestContentfulPaint|blink::ScriptTimingInfo|blink::NetworkResourcesData)/;

const MB = (bytes) => Math.round((bytes / 2 ** 20) * 1000) / 1000;

/** Sums a snapshot's self sizes: `objects` (JS objects, arrays, strings, closures), `dom` (the browser-side
 *  objects the page holds: DOM, canvases, listeners), `code` and `browserRecords`, in MB. */
export function breakdown(snapshot) {
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
  const types = nodeTypes[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const { nodes, strings } = snapshot;
  const bytes = { objects: 0, dom: 0, code: 0, browserRecords: 0 };
  for (let i = 0; i < nodes.length; i += stride) {
    const type = types[nodes[i + typeAt]];
    const size = nodes[i + sizeAt];
    if (type === 'code') bytes.code += size;
    else if (type !== 'native') bytes.objects += size;
    else if (BROWSER_RECORD.test(strings[nodes[i + nameAt]])) bytes.browserRecords += size;
    else bytes.dom += size;
  }
  return Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, MB(v)]));
}

/** Takes a heap snapshot of the page behind a CDP session (Playwright's) and returns its breakdown. */
export async function heapBreakdown(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return breakdown(JSON.parse(chunks.join('')));
}
