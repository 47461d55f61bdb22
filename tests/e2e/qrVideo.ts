// A video for Chromium's fake camera (--use-file-for-fake-video-capture):
// a QR code on white, in YUV4MPEG2.
import encodeQR from 'qr';

/** A YUV4MPEG2 video of a few frames: the QR code of `text`, scaled to 80% of the height, dark in the luma plane on white. */
export function qrVideo(text: string, width = 640, height = 480, frames = 5): Buffer {
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
