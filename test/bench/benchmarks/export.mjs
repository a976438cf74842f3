// Exporting a 20-slide deck: PDF handout and PPTX times beside the time to draw the same 20
// print-size maps (the part both exports cannot avoid), and heap growth across 3 exports of each.
// Each export is measured cold (no map pictures remembered from an earlier export); the PPTX made
// right after the PDF of the same deck, which reuses its pictures, is reported in the notes.
import { median } from '../report.mjs';

// BENCH_EXPORT_SLIDES shortens a check run; the recorded result uses 20.
const SLIDES = Number(process.env.BENCH_EXPORT_SLIDES ?? 20);

async function timed(page, fn, deckId, { cold = true } = {}) {
  return page.evaluate(
    async ([name, id, forget]) => {
      if (forget) window.__steppeExport.forgetMaps();
      const started = performance.now();
      await window.__steppeExport[name](id);
      return performance.now() - started;
    },
    [fn, deckId, cold],
  );
}

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

export default {
  name: 'export',
  description: `${SLIDES}-slide deck: PDF handout export vs drawing its ${SLIDES} print-size maps (PPTX time and heap growth in notes)`,
  unit: 'ms',
  better: 'lower',
  target: { value: 10_000 },
  async run({ browser, baseUrl, repeats, log }) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    try {
      await page.goto(`${baseUrl}index.html`);
      await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 120_000 });
      await page.evaluate(() => window.__steppeLoadExport?.()); // the export code loads on first use
      await page.waitForFunction(() => !!window.__steppeExport, null, { timeout: 30_000 });
      const deckId = await page.evaluate((n) => window.__steppeExport.makeDeck(n), SLIDES);
      await timed(page, 'pdf', deckId); // warm-up: fonts parsed, shaders compiled
      const pdf = [];
      const pptx = [];
      const maps = [];
      const warmPptx = [];
      const heap = [await heapMB(cdp)];
      const runs = Math.max(3, repeats);
      for (let i = 0; i < runs; i++) {
        maps.push(await timed(page, 'maps', deckId));
        pdf.push(await timed(page, 'pdf', deckId));
        warmPptx.push(await timed(page, 'pptx', deckId, { cold: false }));
        pptx.push(await timed(page, 'pptx', deckId));
        heap.push(await heapMB(cdp));
        log(`run ${i + 1}: PDF ${pdf.at(-1).toFixed(0)} ms, PPTX ${pptx.at(-1).toFixed(0)} ms (${warmPptx.at(-1).toFixed(0)} ms right after the PDF), maps alone ${maps.at(-1).toFixed(0)} ms, heap ${heap.at(-1).toFixed(1)} MB`);
      }
      const growth = heap.at(-1) - heap[1];
      const pptxMedian = median(pptx);
      return {
        value: median(pdf),
        baseline: median(maps),
        baselineLabel: `drawing the ${SLIDES} maps alone`,
        notes: `PPTX ${pptxMedian.toFixed(0)} ms cold (target < 5000 ms${pptxMedian < 5000 ? ', met' : ', NOT met'}), ${median(warmPptx).toFixed(0)} ms right after the PDF of the same deck (maps reused); heap ${heap[0].toFixed(1)} → ${heap.at(-1).toFixed(1)} MB over ${runs} rounds of PDF + PPTX, growth after the first round ${growth.toFixed(1)} MB`,
      };
    } finally {
      await context.close();
    }
  },
};
