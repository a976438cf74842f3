// Shared end-to-end helpers: open the app, record every request, wait for the map.
import { expect, type Page } from '@playwright/test';

/** Opens the app and records the origin of every request the page makes. */
export async function openApp(page: Page, path = '/') {
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(path);
  return {
    requests,
    pageErrors,
    /** Every origin other than the app's own (data: and blob: URLs are in-memory, not network). */
    foreignOrigins: () => {
      const own = new URL(page.url()).origin;
      return [...new Set(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')).map((u) => new URL(u).origin))].filter(
        (o) => o !== own,
      );
    },
  };
}

export async function waitForMapIdle(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
}

interface PngQuestion {
  /** Share of pixels within `tolerance` (sum of RGB differences) of this colour, e.g. '#3b6fd8'. */
  colour?: { hex: string; tolerance: number };
  /** RGB of the pixel at this point. */
  at?: { x: number; y: number };
}

/** Decodes a PNG in the page once and answers what the e2e checks ask of pictures. */
async function analysePng(page: Page, png: Buffer, question: PngQuestion) {
  return page.evaluate(
    async ({ b64, colour, at }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      // Every 4th pixel is plenty for shares; the most common colour is the background.
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 16) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const nonBackground = 1 - Math.max(...counts.values()) / (data.length / 16);
      let near = 0;
      if (colour) {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.hex.slice(i, i + 2), 16));
        for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= colour.tolerance) near++;
      }
      const pixel = at ? [...ctx.getImageData(Math.round(at.x), Math.round(at.y), 1, 1).data.slice(0, 3)] : [];
      return { nonBackground, colourShare: near / (data.length / 4), pixel };
    },
    { b64: png.toString('base64'), ...question },
  );
}

/** The share of a PNG's pixels that differ from its most common colour (0 for a blank picture). */
export async function nonBackgroundShare(page: Page, png: Buffer): Promise<number> {
  return (await analysePng(page, png, {})).nonBackground;
}

/** The share of a PNG's pixels close to a colour. */
export async function colourShare(page: Page, png: Buffer, hex: string, tolerance = 48): Promise<number> {
  return (await analysePng(page, png, { colour: { hex, tolerance } })).colourShare;
}

/** The RGB of one pixel of a PNG. */
export async function pixelAt(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return (await analysePng(page, png, { at: { x, y } })).pixel;
}

/** Row count and digest of every object store, read straight from IndexedDB. */
export async function databaseDigest(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('steppe-atlas');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, string> = {};
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const text = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? v.length : v));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      out[name] = `${rows.length}:${[...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  });
}

/** Stores a visible drawing layer holding one opaque magenta square (3° × 2°) around `centre`, as the drawing feature stores it. */
export async function seedMagentaSquare(page: Page, centre: [number, number], layerName = 'Licence area') {
  await page.evaluate(
    async ([[lon, lat], name]) => {
      const at = new Date().toISOString();
      const ring = [[lon - 1.5, lat - 1], [lon + 1.5, lat - 1], [lon + 1.5, lat + 1], [lon - 1.5, lat + 1], [lon - 1.5, lat - 1]];
      const style = { stroke: '#ff00ff', strokeWidth: 2, strokeOpacity: 1, fill: '#ff00ff', fillOpacity: 1, dashed: false, markerColor: '#ff00ff' };
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('steppe-atlas');
        r.onsuccess = () => resolve(r.result);
      });
      const tx = db.transaction(['drawingLayers', 'drawings'], 'readwrite');
      tx.objectStore('drawingLayers').put({ id: 'e2e-layer', name, visible: true, createdAt: at, updatedAt: at });
      tx.objectStore('drawings').put({
        id: 'e2e-square', layerId: 'e2e-layer', createdAt: at, updatedAt: at,
        shape: { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] }, name: '', description: '', style, extra: {} },
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    [centre, layerName] as const,
  );
}
