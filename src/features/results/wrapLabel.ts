// A chart's category label in lines that fit its column: whole words where
// they fit, a word longer than the column broken with a hyphen. Never cut.

export type Measure = (text: string) => number;

function breakWord(word: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let rest = word;
  while (rest.length > 1 && measure(rest) > width) {
    let n = rest.length - 1;
    while (n > 1 && measure(`${rest.slice(0, n)}-`) > width) n--;
    // No line of one or two letters after the hyphen.
    if (rest.length - n < 3) n = Math.max(1, rest.length - 3);
    parts.push(`${rest.slice(0, n)}-`);
    rest = rest.slice(n);
  }
  parts.push(rest);
  return parts;
}

/** `text` in lines no wider than `width` (as `measure` measures them). */
export function wrapLabel(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

let context: CanvasRenderingContext2D | null | undefined;

/** Text width in px at the chart's font size, by the page's font (an estimate where no canvas is). */
export function measureWith(fontSize: number): Measure {
  if (context === undefined && typeof document !== 'undefined') {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  const ctx = context;
  if (!ctx) return (text) => text.length * fontSize * 0.6;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return (text) => {
    ctx.font = `${fontSize}px ${family}`;
    return ctx.measureText(text).width;
  };
}
