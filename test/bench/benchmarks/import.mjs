// Importing a 100k-feature pack through the app's pipeline (worker: parse, validate, checksum, diff, gzip body,
// one-transaction apply into real IndexedDB) against a raw Dexie bulkPut of the same rows, alternated, same run.
import { median } from '../report.mjs';

const FEATURES = Number(process.env.IMPORT_BENCH_FEATURES ?? 100_000);

export default {
  name: 'import',
  description: `import of a ${FEATURES / 1000}k-feature pack, validation included, vs raw Dexie bulkPut of the same rows (throughput)`,
  unit: 'rows/s',
  better: 'higher',
  target: { ratio: 0.8 },
  async run({ browser, benchUrl, repeats, log }) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${benchUrl}import.html`);
    await page.waitForFunction(() => typeof window.__importBench === 'function');
    const runs = Math.max(1, Math.min(repeats, 3));
    const pipeline = [];
    const raw = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first so neither always runs on a warmer browser.
      for (const mode of i % 2 === 0 ? ['pipeline', 'raw'] : ['raw', 'pipeline']) {
        const r = await page.evaluate(([m, n]) => window.__importBench(m, n), [mode, FEATURES]);
        (mode === 'pipeline' ? pipeline : raw).push(r);
        log(`${mode}: ${r.rows} rows in ${Math.round(r.ms)} ms; UI thread unanswered at most ${Math.round(r.maxHeartbeatGapMs)} ms; longest reported long task ${Math.round(r.longestTaskMs)} ms (${r.longTasks})${r.peakHeapMB ? `; UI heap peak ${Math.round(r.peakHeapMB)} MB` : ''}${r.stages ? `; steps began at (ms) ${Object.entries(r.stages).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`);
      }
    }
    await context.close();
    const rate = (r) => r.rows / (r.ms / 1000);
    const value = median(pipeline.map(rate));
    const baseline = median(raw.map(rate));
    const longest = Math.max(...pipeline.map((r) => r.longestTaskMs));
    const gap = Math.max(...pipeline.map((r) => r.maxHeartbeatGapMs));
    const heap = Math.max(...pipeline.map((r) => r.peakHeapMB ?? 0));
    const mb = (pipeline[0].bytes / 1e6).toFixed(0);
    return {
      value,
      baseline,
      baselineLabel: 'raw Dexie bulkPut, same rows',
      notes: `${pipeline[0].rows} rows, ${mb} MB file; pipeline median ${Math.round(median(pipeline.map((r) => r.ms)))} ms vs raw ${Math.round(median(raw.map((r) => r.ms)))} ms; UI thread unanswered at most ${Math.round(gap)} ms during import (25 ms heartbeat; target ≤ 100), longest task reported by the Long Tasks API ${Math.round(longest)} ms; UI-thread JS heap peak ${Math.round(heap)} MB (worker heap not included)`,
    };
  },
};
