// Crockford's base32: digits and capital letters without I, L, O and U, so a
// code survives being read aloud or typed (I and L read as 1, O as 0, case and
// spaces and dashes do not matter), and every character is in a QR code's
// compact alphanumeric mode.

import { ALPHABET } from './alphabet.ts';

export { ALPHABET, randomChars } from './alphabet.ts';

/** Each character's value, with I and L read as 1 and O as 0. */
function valueTable(): Map<string, number> {
  const table = new Map([...ALPHABET].map((c, i) => [c, i]));
  table.set('I', 1).set('L', 1).set('O', 0);
  return table;
}
const VALUE = /* @__PURE__ */ valueTable();

/** The code as typed, in its canonical form; null when a character is not base32. */
export function normalize(typed: string): string | null {
  const text = typed.toUpperCase().replace(/[\s-]+/g, '');
  let out = '';
  for (const c of text) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    out += ALPHABET[v];
  }
  return out;
}

export function digitOf(c: string): number {
  return VALUE.get(c) ?? -1;
}

/** A non-negative whole number in exactly `length` characters (the high ones first). */
export function encodeNumber(n: bigint, length: number): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  if (rest !== 0n) throw new RangeError(`${n} does not fit in ${length} characters`);
  return out;
}

export function decodeNumber(text: string): bigint {
  let n = 0n;
  for (const c of text) n = (n << 5n) | BigInt(digitOf(c));
  return n;
}

/** Bytes in base32, five bits a character, the last one padded with zero bits. */
export function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

export function decodeBytes(text: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const c of text) {
    buffer = (buffer << 5) | digitOf(c);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (i < length) out[i++] = (buffer >> bits) & 255;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** Characters that `bytes` bytes take. */
export const charsForBytes = (bytes: number) => Math.ceil((bytes * 8) / 5);

/**
 * A check character (Luhn's algorithm modulo 32): every single mistyped
 * character and every swap of two neighbours changes it.
 */
export function luhnChar(text: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    let addend = factor * digitOf(text.charAt(i));
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? '0';
}

/** A 15-bit hash (FNV-1a) of the text, as three characters. */
export function hashChars(text: string, length = 3): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return encodeNumber(BigInt(h & ((1 << (5 * length)) - 1)), length);
}
