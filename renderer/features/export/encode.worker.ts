// Encodes print pictures on a thread of their own: reading a finished map frame back from software WebGL and
// compressing it takes a few hundred milliseconds, which the next slide's map spends loading its tiles meanwhile.
export type EncodeRequest = { id: number; picture: ImageBitmap; type: 'image/jpeg' | 'image/png'; quality: number };
export type EncodeResponse = { id: number; blob: Blob } | { id: number; error: string };

const scope = self as unknown as { postMessage(m: EncodeResponse): void; onmessage: ((e: MessageEvent<EncodeRequest>) => void) | null };

scope.onmessage = ({ data: { id, picture, type, quality } }) => {
  const canvas = new OffscreenCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d');
  if (!context) return scope.postMessage({ id, error: 'no 2D canvas on the encoding thread' });
  context.drawImage(picture, 0, 0);
  picture.close();
  canvas.convertToBlob({ type, quality }).then(
    (blob) => scope.postMessage({ id, blob }),
    (error: unknown) => scope.postMessage({ id, error: String(error) }),
  );
};
