// The trainer's camera reader, fed by Chromium's fake camera: a video file made
// here of a participant's QR code. Rendered through a harness page built by the
// test (tests/e2e/camera-harness/), served on the loopback (a secure context).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, expect, test } from '@playwright/test';
import react from '@vitejs/plugin-react';
import encodeQR from 'qr';
import { build } from 'vite';
// @ts-expect-error: a plain ES module without types
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
// @ts-expect-error: a plain ES module without types
import { serve } from '../../scripts/static-server.mjs';
import { loadFramework } from '../../src/domain/framework/loader.ts';
import { createExercise, layoutOf } from '../../src/domain/workshop/exercise.ts';
import { decodeResult, encodeResult, type Rating } from '../../src/domain/workshop/resultCode.ts';

test.describe.configure({ mode: 'serial' });

const loaded = loadFramework(readFileSync('frameworks/guidance-competences.yaml', 'utf8'), 'g.yaml');
if (!loaded.ok) throw new Error('framework');
const fw = loaded.framework;
const exercise = createExercise(
  {
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    sections: ['C3.1'],
    level: null,
    language: 'en',
    title: 'W',
  },
  0,
);
const layout = layoutOf(fw, exercise);
const ratings: Rating[] = layout.itemIds.map((_, i) => ({
  current: i % 5,
  target: Math.min(4, (i % 5) + 1),
  notApplicable: false,
}));
const code = encodeResult(exercise, layout, ratings) ?? '';

/** A YUV4MPEG2 video: the QR code (4 px modules... scaled) in the luma plane on white, a few frames. */
function qrVideo(text: string, width = 640, height = 480, frames = 5): Buffer {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const px = Math.floor((height * 0.8) / modules.length);
  const x0 = Math.floor((width - modules.length * px) / 2);
  const y0 = Math.floor((height - modules.length * px) / 2);
  const luma = Buffer.alloc(width * height, 235);
  modules.forEach((row, my) => {
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let y = y0 + my * px; y < y0 + (my + 1) * px; y++)
        luma.fill(16, y * width + x0 + mx * px, y * width + x0 + (mx + 1) * px);
    });
  });
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, ...Array<Buffer>(frames).fill(frame)]);
}

type Server = { url: string; close(): Promise<void> };
let server: Server;
let video: string;
const dir = mkdtempSync(join(tmpdir(), 'camera-'));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await build({
    configFile: false,
    root: resolve('tests/e2e/camera-harness'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(dir, 'harness'), emptyOutDir: true, target: 'es2022' },
  });
  server = await serve({ root: join(dir, 'harness') });
  video = join(dir, 'participant.y4m');
  writeFileSync(video, qrVideo(code));
});
test.afterAll(async () => server?.close());

async function launch(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...args] });
}

test('the fake camera shows a participant’s QR code: it is read once, to exactly the ratings, and the camera stops on Escape', async () => {
  const browser = await launch([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    const opener = page.getByRole('button', { name: 'Scan with camera' });
    await opener.click();
    await expect(page.getByRole('heading', { name: 'Scan result codes' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close the camera' })).toBeFocused();
    const read = page.getByRole('list', { name: 'Codes read' }).getByRole('listitem');
    await expect(read).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByRole('status')).toHaveText(/1 code read/);
    const back = decodeResult((await read.first().textContent()) ?? '', exercise, layout);
    expect(back.ok && back.result.ratings).toEqual(ratings);
    // The same code in later frames counts once.
    await page.waitForTimeout(1500);
    await expect(read).toHaveCount(1);
    expect(
      await page.evaluate(() => (window as unknown as { liveTracks(): number }).liveTracks()),
    ).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Scan result codes' })).toHaveCount(0);
    await expect(opener).toBeFocused();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { liveTracks(): number }).liveTracks()))
      .toBe(0);
  } finally {
    await browser.close();
  }
});

test('with no camera the reader says so in words, and closes', async () => {
  const browser = await launch([]);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const en = JSON.parse(readFileSync('locales/en/join.json', 'utf8'));
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    expect([en.camera.problem.noCamera, en.camera.problem.denied, en.camera.problem.failed]).toContain(
      await alert.textContent(),
    );
    await page.getByRole('button', { name: 'Close the camera' }).click();
    await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeFocused();
  } finally {
    await browser.close();
  }
});
