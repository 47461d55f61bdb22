// A feedback link (`#/give?x=…`): what a rater needs of the request (its id,
// framework version, sections, level, the person's name, the message, whether
// a goal is asked), packed as a join link is (joinLink.ts); an added framework
// travels with it when it is small enough. Never the person's own ratings.
import { type LinkParam, packFields, unpackFields } from '../workshop/joinLink.ts';
import { type FeedbackRequest, feedbackRequestSchema } from './request.ts';

const LINK_VERSION = 1;
/** The request's fields in a link, in order, after the link's version; the framework's text may follow. */
const LINK_FIELDS = [
  'id',
  'frameworkId',
  'frameworkVersion',
  'sections',
  'level',
  'name',
  'message',
] as const;

/** What a rater's device knows of a request. */
export type LinkedRequest = Omit<FeedbackRequest, 'assessmentId' | 'createdAt'>;

export interface GivePayload {
  request: LinkedRequest;
  frameworkText: string | null;
}

/** The `x` parameter of a feedback link; `tooLong` when the reader would refuse it. */
export function encodeGive(request: LinkedRequest, frameworkText: string | null): Promise<LinkParam> {
  const fields = [LINK_VERSION, ...LINK_FIELDS.map((k) => request[k]), request.goal ? 1 : 0];
  return packFields(fields, frameworkText);
}

/** Reads a feedback link's parameter; null for anything that is not a valid request. Never throws. */
export async function decodeGive(param: string): Promise<GivePayload | null> {
  const fields = await unpackFields(param, LINK_VERSION);
  if (!fields) return null;
  const values = Object.fromEntries(LINK_FIELDS.map((k, i) => [k, fields[i + 1]]));
  const goal = fields[LINK_FIELDS.length + 1];
  const text: unknown = fields[LINK_FIELDS.length + 2];
  if ((goal !== 0 && goal !== 1) || (text !== undefined && typeof text !== 'string')) return null;
  const parsed = feedbackRequestSchema.safeParse({
    ...values,
    goal: goal === 1,
    assessmentId: '-',
    createdAt: 0,
  });
  if (!parsed.success) return null;
  const { assessmentId: _, createdAt: __, ...request } = parsed.data;
  return { request, frameworkText: typeof text === 'string' ? text : null };
}
