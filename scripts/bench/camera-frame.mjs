// Bench row: "Decoding one camera frame": a 1280x720 frame holding a participant's
// QR code (a full C3.1 result), read as the camera reader reads it (downscaled to
// 640 px wide, then the bundled decoder), in Chromium at 4x CPU slowdown; also at
// full resolution, for comparison. The page-side part (scripts/bench/camera-frame-entry.ts)
// is bundled with Vite. Median over `runs` fresh pages, each decoding 15 frames.
// Called by scripts/bench.mjs; alone:
//   node scripts/bench/camera-frame.mjs [--runs=5 --throttle=4]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { bundleForPage, median, r1 } from './util.mjs';

const WIDTH = 1280;
const HEIGHT = 720;
const FRAMES = 15;

const bundle = () => bundleForPage('scripts/bench/camera-frame-entry.ts', '__frame', 'camera frame');

async function once(browser, code, throttle) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>camera frame</title>');
    await page.addScriptTag({ content: code });
    const version = await page.evaluate(
      ([w, h]) => {
        window.__prepared = window.__frame.prepare(w, h);
        return window.__prepared.version;
      },
      [WIDTH, HEIGHT],
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await page.evaluate(
      ([frames, version]) => {
        const of = (maxWidth) => {
          const runs = Array.from({ length: frames }, () => window.__frame.run(window.__prepared, maxWidth));
          const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
          return { ms: ms[Math.floor(ms.length / 2)], read: runs.every((r) => r.read) };
        };
        return { version, downscaled: of(640), full: of(100_000) };
      },
      [FRAMES, version],
    );
  } finally {
    await context.close();
  }
}

export async function measureCameraFrame(browser, { runs = 5, throttle = 4 } = {}) {
  const code = await bundle();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once(browser, code, throttle));
  return {
    width: WIDTH,
    height: HEIGHT,
    throttle,
    qrVersion: samples[0]?.version ?? null,
    read: samples.every((s) => s.downscaled.read && s.full.read),
    downscaledMs: r1(median(samples.map((s) => s.downscaled.ms))),
    fullMs: r1(median(samples.map((s) => s.full.ms))),
  };
}

export const cameraFrameLine = (c) =>
  `Decoding one camera frame (${c.width}x${c.height}, QR version ${c.qrVersion}, ${c.throttle}x): ${c.downscaledMs} ms` +
  ` downscaled to 640 px (${c.fullMs} ms at full size)${c.read ? '' : ' (THE CODE WAS NOT READ)'}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const opt = { runs: 5, throttle: 4 };
  for (const a of process.argv.slice(2)) {
    const m = /^--(runs|throttle)=(\d+)$/.exec(a);
    if (m) opt[m[1]] = Number(m[2]);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(cameraFrameLine(await measureCameraFrame(browser, opt)));
  await browser.close();
}
