import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel.ts';

const chars = (text: string) => text.length;

describe('wrapLabel', () => {
  it('wraps whole words into lines that fit, keeping every word', () => {
    const label = 'C3.1 Samenwerken: de beroepskracht en de organisatie';
    const lines = wrapLabel(label, 20, chars);
    expect(lines).toEqual(['C3.1 Samenwerken: de', 'beroepskracht en de', 'organisatie']);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(label);
  });

  it('breaks a word longer than the line with a hyphen instead of cutting it', () => {
    const lines = wrapLabel('C3.1 Moniammatillinen verkostoyhteistyö', 10, chars);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join('').replaceAll('-', '')).toBe('C3.1Moniammatillinenverkostoyhteistyö');
  });

  it('keeps a short label on one line', () => {
    expect(wrapLabel('Skills', 40, chars)).toEqual(['Skills']);
  });
});

describe('wrapLabel, a long word', () => {
  it('leaves no line of one or two letters after a hyphen', () => {
    expect(wrapLabel('Asiakaslähtöinen', 15, chars)).toEqual(['Asiakaslähtöi-', 'nen']);
    // "Asiakaslähtöine-" would fit 16, leaving "en" alone.
    expect(wrapLabel('Asiakaslähtöinen', 16, chars)).toEqual(['Asiakaslähtöinen']);
    expect(wrapLabel('Asiakaslähtöinenx', 16, chars)).toEqual(['Asiakaslähtöin-', 'enx']);
  });
});
