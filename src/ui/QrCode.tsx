import encodeQR from 'qr';
import { useMemo } from 'react';

/** A QR code of a text as an image (our own SVG, as a data URL), named for screen readers. */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const src = useMemo(
    () => `data:image/svg+xml,${encodeURIComponent(encodeQR(text, 'svg', { ecc: 'medium' }))}`,
    [text],
  );
  return <img src={src} alt={label} className={className ?? 'qr-code'} />;
}
