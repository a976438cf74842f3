// Pictures as bytes: drawn maps stay JPEG bytes from the canvas to the PDF (no base64 round trip);
// only the PPTX, whose writer takes data: URLs, gets them encoded.

export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Decodes a base64 data: URL (chart pictures). */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** One character per byte (what btoa and jsPDF's font files take), built in slices to stay within argument limits. */
export function binaryString(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary;
}

/** `image/jpeg;base64,…` as pptxgenjs wants it. */
export function bytesDataUrl(bytes: Uint8Array, mime: string): string {
  return `${mime};base64,${btoa(binaryString(bytes))}`;
}
