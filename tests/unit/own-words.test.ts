import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TOOL = resolve(__dirname, '../../../shared/tools/copied-sentences.mjs');
const ROOT = resolve(__dirname, '../..');

describe('the content is written in our own words', () => {
  it.skipIf(!existsSync(TOOL))('shares no run of ten words with the source articles', () => {
    // Exits non-zero and lists each run when something was copied; the output is the useful message.
    let output = '';
    try {
      output = execFileSync('node', [TOOL, ROOT], { encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
      expect.fail(`sentences copied from ../shared/sources:\n${output}`);
    }
    expect(output).toMatch(/^no run of/im);
  });
});
if (!existsSync(TOOL)) console.warn(`Skipping the copied-sentences check: ${TOOL} is not here (../shared is absent).`);
