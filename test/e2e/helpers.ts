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

/** Decodes a PNG screenshot in the page and returns the share of pixels that differ from the most common colour. */
export async function nonBackgroundShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 16) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 16;
    return 1 - Math.max(...counts.values()) / total;
  }, png.toString('base64'));
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

/** The RGB of one pixel of a PNG, decoded in the page. */
export async function pixelAt(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ([b64, px, py]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return [...ctx.getImageData(Math.round(px), Math.round(py), 1, 1).data.slice(0, 3)];
    },
    [png.toString('base64'), x, y] as const,
  );
}
