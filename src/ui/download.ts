/** Offers text as a file download; nothing leaves the device. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The longest a file name's title part gets (before its suffix and extension). */
const MAX_TITLE = 60;

/**
 * A file name from a title: its letters (accents kept: "Mål", not "Ma-l") and digits joined
 * by dashes, cut at a dash rather than inside a word, then the suffix ("review") and extension.
 */
export function fileNameFor(title: string, extension: string, suffix = ''): string {
  let base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length > MAX_TITLE) {
    const cut = base.slice(0, MAX_TITLE + 1);
    const dash = cut.lastIndexOf('-');
    base = dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_TITLE);
  }
  return `${[base || 'assessment', suffix].filter(Boolean).join('-')}.${extension}`;
}
