import { describe, expect, it } from 'vitest';
import { formatter } from './format.ts';

const mean = (language: string) =>
  formatter(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

describe('results numbers', () => {
  it('shows a value that rounds to zero as 0,0 with no sign', () => {
    expect(mean('nl')(-0.04)).toBe('0,0');
    expect(mean('nb')(-0)).toBe('0,0');
    expect(mean('en')(-0.01)).toBe('0.0');
    expect(formatter('fi', { maximumFractionDigits: 0 })(-0.2)).toBe('0');
  });

  it('gives a negative number the minus sign of the language', () => {
    expect(mean('nb')(-0.5)).toBe('\u22120,5');
    expect(mean('fi')(-1.25)).toMatch(/^\u22121,[23]$/);
    expect(mean('en')(-0.5)).toBe('-0.5');
  });

  it('keeps a sign on a signed change but none on zero', () => {
    const signed = formatter('sv', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    expect(signed(0.5)).toBe('+0,5');
    expect(signed(-0.04)).toBe('0,0');
    expect(signed(null)).toBe('–');
  });
});
