// One camera frame read for a QR code: drawn downscaled (so a decode stays
// short on the main thread), its pixels handed to the bundled decoder.

/** The widest frame decoded; a larger one is scaled down first. */
export const MAX_DECODE_WIDTH = 640;

export type DecodeQR = (img: { width: number; height: number; data: Uint8ClampedArray }) => string;

/** The text of the QR code in `source` (`width` x `height`), or null when it holds none. */
export function readFrame(
  source: CanvasImageSource,
  width: number,
  height: number,
  canvas: HTMLCanvasElement,
  decode: DecodeQR,
  maxWidth = MAX_DECODE_WIDTH,
): string | null {
  if (!width || !height) return null;
  const scale = Math.min(1, maxWidth / width);
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  try {
    return decode(context.getImageData(0, 0, canvas.width, canvas.height)) || null;
  } catch {
    return null; // no code in this frame
  }
}
