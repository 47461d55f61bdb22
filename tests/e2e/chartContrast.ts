// The contrast of what the charts draw, read in the page: every SVG text's fill (and the
// counts written on the group picture's bars) against what is behind it, at least 4.5:1;
// every bar, mark and legend swatch against the page's background, at least 3:1 (WCAG
// 1.4.11). Grid lines and axes are left out: they help, but the values are on the bars.
import type { Page } from '@playwright/test';

export interface ContrastFinding {
  what: string;
  colour: string;
  against: string;
  ratio: number;
  needed: number;
}

/** Every chart colour on the page below its needed ratio, each named by what it is. */
export function lowContrast(page: Page): Promise<ContrastFinding[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m?.[1]) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    /** The first opaque background behind an element (its own included, unless asked not to). */
    const behind = (el: Element, own = true): Rgba => {
      for (let node: Element | null = own ? el : el.parentElement; node; node = node.parentElement) {
        if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1];
    };
    const name = (el: Element) => {
      const classes = typeof el.className === 'string' ? el.className : el.getAttribute('class');
      const label = el.textContent?.trim().slice(0, 40);
      const where = el.closest('figure, .gp-statement, section')?.querySelector('figcaption, h2, h3, h4');
      return `${el.tagName.toLowerCase()}${classes ? `.${classes.trim().split(/\s+/).join('.')}` : ''}${
        label ? ` "${label}"` : ''
      }${where ? ` in "${where.textContent?.trim().slice(0, 50)}"` : ''}`;
    };
    const findings: {
      what: string;
      colour: string;
      against: string;
      ratio: number;
      needed: number;
    }[] = [];
    const check = (what: string, colour: string, against: Rgba, needed: number) => {
      const c = parse(colour);
      if (!c || c[3] === 0) return;
      const r = ratio(c, against);
      if (r < needed)
        findings.push({ what, colour, against: `rgb(${against.slice(0, 3).join(', ')})`, ratio: r, needed });
    };
    const decorative = /recharts-cartesian-grid|axis-line|tick-line|hatch-ground|others-grid|site-logo/;
    for (const svg of document.querySelectorAll('main svg')) {
      const ground = behind(svg);
      for (const text of svg.querySelectorAll('text')) {
        if (!text.textContent?.trim()) continue;
        check(`text ${name(text)}`, getComputedStyle(text).fill, ground, 4.5);
      }
      for (const shape of svg.querySelectorAll('rect, path, circle, line, polygon, ellipse')) {
        const path = `${shape.getAttribute('class') ?? ''} ${shape.parentElement?.getAttribute('class') ?? ''} ${
          shape.closest('g')?.getAttribute('class') ?? ''
        }`;
        // Not painted: clip paths and masks only cut out what others paint.
        if (decorative.test(path) || shape.closest('clipPath, mask')) continue;
        const style = getComputedStyle(shape);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        if (shape.tagName !== 'line' && style.fill !== 'none' && !style.fill.startsWith('url('))
          check(`fill of ${name(shape)}`, style.fill, ground, 3);
        if (style.stroke !== 'none' && Number.parseFloat(style.strokeWidth) > 0)
          check(`stroke of ${name(shape)}`, style.stroke, ground, 3);
      }
    }
    // Legend swatches and the group picture's bar segments (HTML): colour and border.
    for (const swatch of document.querySelectorAll('main .swatch, main .gp-swatch, main .gp-seg')) {
      const style = getComputedStyle(swatch);
      const ground = behind(swatch, false);
      check(`background of ${name(swatch)}`, style.backgroundColor, ground, 3);
      if (
        style.borderTopStyle !== 'none' &&
        Number.parseFloat(style.borderTopWidth) > 0 &&
        !swatch.matches('.gp-seg')
      )
        check(`border of ${name(swatch)}`, style.borderTopColor, ground, 3);
    }
    // The counts written on the bars, against their segment.
    for (const count of document.querySelectorAll('main .gp-count')) {
      check(`text ${name(count)}`, getComputedStyle(count).color, behind(count.parentElement ?? count), 4.5);
    }
    // One finding per element kind and colour: the same segment shade in fifty bars is one.
    const seen = new Set<string>();
    return findings
      .map((f) => ({ ...f, ratio: Math.round(f.ratio * 100) / 100 }))
      .filter((f) => {
        const key = `${f.what.replace(/ ".*$/, '')}|${f.colour}|${f.against}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  });
}

/** What was checked, so that a test can tell it looked at something. */
export function chartElements(page: Page): Promise<{ texts: number; shapes: number; swatches: number }> {
  return page.evaluate(() => ({
    texts: document.querySelectorAll('main svg text').length,
    shapes: document.querySelectorAll('main svg rect, main svg path').length,
    swatches: document.querySelectorAll('main .swatch, main .gp-swatch, main .gp-seg').length,
  }));
}
