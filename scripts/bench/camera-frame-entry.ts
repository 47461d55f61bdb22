// The bench's page-side part of "Decoding one camera frame" (scripts/bench/camera-frame.mjs
// bundles it): a participant's result code for a full C3.1 (16 statements, the default
// scale) as a QR code of 6 px modules on a 1280x720 frame of grey noise, read the way
// the camera reader reads a frame (src/ui/cameraFrame.ts).

import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import type { ExerciseLayout } from '../../src/domain/workshop/exercise.ts';
import { encodeResult } from '../../src/domain/workshop/resultCode.ts';
import { readFrame } from '../../src/ui/cameraFrame.ts';

export function prepare(width: number, height: number) {
  const layout = {
    scope: [],
    itemIds: Array.from({ length: 16 }, (_, i) => `C3.1-${i}`),
    scale: [0, 1, 2, 3, 4],
    fingerprint: 'AB',
  } satisfies ExerciseLayout;
  const ratings = layout.itemIds.map((_, i) => ({ current: i % 5, target: 4, notApplicable: false }));
  const code = encodeResult({ id: 'W0RKSH0P', notes: false }, layout, ratings, {}, 'R3SVXT01') ?? '';
  const modules = encodeQR(code, 'raw', { ecc: 'medium', border: 4 });
  const frame = document.createElement('canvas');
  frame.width = width;
  frame.height = height;
  const g = frame.getContext('2d') as CanvasRenderingContext2D;
  const noise = g.createImageData(width, height);
  for (let i = 0; i < noise.data.length; i += 4) {
    const v = 90 + ((i * 2654435761) >>> 26);
    noise.data[i] = noise.data[i + 1] = noise.data[i + 2] = v;
    noise.data[i + 3] = 255;
  }
  g.putImageData(noise, 0, 0);
  const px = 6;
  const x0 = Math.round(width * 0.55);
  const y0 = Math.round((height - modules.length * px) / 2);
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      g.fillStyle = dark ? '#111' : '#eee';
      g.fillRect(x0 + x * px, y0 + y * px, px, px);
    });
  });
  return { frame, code, version: (modules.length - 8 - 17) / 4 };
}

export function run(prepared: ReturnType<typeof prepare>, maxWidth: number) {
  const canvas = document.createElement('canvas');
  const { frame } = prepared;
  const start = performance.now();
  const text = readFrame(frame, frame.width, frame.height, canvas, decodeQR, maxWidth);
  return { ms: performance.now() - start, read: text === prepared.code };
}
