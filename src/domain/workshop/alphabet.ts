// Crockford's base32 alphabet, and random ids in it: apart from base32.ts so
// that the store, on the first page, can make an exercise id without the codec.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random characters from the browser's cryptographic source. */
export function randomChars(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
}
