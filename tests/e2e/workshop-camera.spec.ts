// The trainer's camera reader, fed by Chromium's fake camera: a video file made
// here of a participant's QR code. Rendered through a harness page built by the
// test (tests/e2e/camera-harness/), served on the loopback (a secure context).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, expect, test } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
// @ts-expect-error: a plain ES module without types
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
// @ts-expect-error: a plain ES module without types
import { serve } from '../../scripts/static-server.mjs';
import { layoutOf } from '../../src/domain/workshop/exercise.ts';
import { decodeResult, encodeResult, type Rating } from '../../src/domain/workshop/resultCode.ts';
import { exerciseOver, repoFramework } from '../../src/domain/workshop/workshop.testing.ts';
import { qrVideo } from './qrVideo.ts';

test.describe.configure({ mode: 'serial' });

const fw = repoFramework('guidance-competences.yaml');
const exercise = exerciseOver(fw, { sections: ['C3.1'] });
const layout = layoutOf(fw, exercise);
const ratings: Rating[] = layout.itemIds.map((_, i) => ({
  current: i % 5,
  target: Math.min(4, (i % 5) + 1),
  notApplicable: false,
}));
const code = encodeResult(exercise, layout, ratings) ?? '';

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
  // Camera access granted without asking, and no camera (no fake device): the browser finds none.
  const browser = await launch(['--use-fake-ui-for-media-stream']);
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const en = JSON.parse(readFileSync('locales/en/join.json', 'utf8'));
    await expect(page.getByRole('alert')).toHaveText(en.camera.problem.noCamera);
    await page.getByRole('button', { name: 'Close the camera' }).click();
    await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeFocused();
  } finally {
    await browser.close();
  }
});
