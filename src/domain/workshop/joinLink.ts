// The exercise as it travels in a join link's fragment: compact JSON, deflated
// (the browser's own CompressionStream) and in base64url. An added framework
// travels with it when it is small enough; otherwise the link names it by id
// and version and the trainer hands out the file.
import { type Exercise, exerciseSchema } from './exercise.ts';

const LINK_VERSION = 1;
/** The framework text a link may carry, deflated, in characters of the link. */
const MAX_FRAMEWORK_IN_LINK = 2000;
/** The longest parameter a link's reader accepts; the encoders refuse to make a longer one. */
export const MAX_LINK_PARAM = 12_000;
const MAX_INFLATED = 256 * 1024;
/** The exercise's fields in a link, in order, after the link's version; the framework's text may follow. */
const LINK_FIELDS = [
  'id',
  'frameworkId',
  'frameworkVersion',
  'sections',
  'level',
  'language',
  'title',
  'instructions',
  'notes',
  'threshold',
] as const;

export interface JoinPayload {
  exercise: Exercise;
  /** An added framework's text (YAML), when it travels with the link. */
  frameworkText: string | null;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A value as a link's parameter: compact JSON, deflated, in base64url (also feedback links). */
async function packLink(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return toBase64Url(await transform(json, new CompressionStream('deflate-raw'), MAX_INFLATED));
}

/** A link's parameter read back; throws on anything that is not one (within the size limits). */
async function unpackLink(param: string): Promise<unknown> {
  const bytes = param.length <= MAX_LINK_PARAM ? fromBase64Url(param) : null;
  if (!bytes) throw new SyntaxError('not a link');
  const json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
}

/** A link parameter's fields when it unpacks to a list that starts with `version`; null otherwise. Never throws. */
export async function unpackFields(param: string, version: number): Promise<unknown[] | null> {
  let fields: unknown;
  try {
    fields = await unpackLink(param);
  } catch {
    return null;
  }
  return Array.isArray(fields) && fields[0] === version ? fields : null;
}

/**
 * A link's parameter as an encoder makes it. `tooLong`: even without the
 * framework's text it is longer than the reader accepts (MAX_LINK_PARAM), so
 * the link must not be handed out (fewer sections, or hand out the file).
 */
export interface LinkParam {
  param: string;
  withFramework: boolean;
  tooLong: boolean;
}

/** Packs a link's fields, with the framework's text when it adds little and the whole still reads. */
export async function packFields(fields: unknown[], frameworkText: string | null): Promise<LinkParam> {
  const bare = await packLink(fields);
  if (frameworkText !== null) {
    const withText = await packLink([...fields, frameworkText]);
    if (withText.length - bare.length <= MAX_FRAMEWORK_IN_LINK && withText.length <= MAX_LINK_PARAM)
      return { param: withText, withFramework: true, tooLong: false };
  }
  return { param: bare, withFramework: false, tooLong: bare.length > MAX_LINK_PARAM };
}

/** The `x` parameter of a join link: the exercise, and the framework's text when it fits. */
export function encodeJoin(exercise: Exercise, frameworkText: string | null): Promise<LinkParam> {
  const fields = [
    LINK_VERSION,
    ...LINK_FIELDS.map((k) => (k === 'notes' ? (exercise.notes ? 1 : 0) : exercise[k])),
  ];
  return packFields(fields, frameworkText);
}

/** Reads a join link's parameter; null for anything that is not a valid exercise. Never throws. */
export async function decodeJoin(param: string): Promise<JoinPayload | null> {
  const fields = await unpackFields(param, LINK_VERSION);
  if (!fields) return null;
  const values = Object.fromEntries(LINK_FIELDS.map((k, i) => [k, fields[i + 1]]));
  const text: unknown = fields[LINK_FIELDS.length + 1];
  const parsed = exerciseSchema.safeParse({ ...values, notes: values.notes === 1, createdAt: 0 });
  if (!parsed.success || (text !== undefined && typeof text !== 'string')) return null;
  return { exercise: parsed.data, frameworkText: typeof text === 'string' ? text : null };
}
