// A feedback request: a person asks others to rate them on an assessment's
// statements. Like a workshop exercise, a random id bound to a framework
// version, sections and level; the result codes raters hand back are bound
// to it. Small, since the store (on the first page) restores it.
import * as z from 'zod/mini';

export const MAX_NAME = 200;
export const MAX_MESSAGE = 2000;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const time = z.int().check(z.nonnegative(), z.lte(8.64e15));

export const feedbackRequestSchema = z.object({
  /** 8 characters of Crockford base32, like an exercise id. */
  id: z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{8}$/)),
  /** The assessment whose results the feedback is read beside. */
  assessmentId: id,
  frameworkId: id,
  frameworkVersion: z.string().check(z.maxLength(40)),
  sections: z.array(id).check(z.maxLength(1000)),
  level: z.nullable(id),
  /** The name raters see ("You are giving feedback to …"); may be empty. */
  name: z.string().check(z.maxLength(MAX_NAME)),
  message: z.string().check(z.maxLength(MAX_MESSAGE)),
  /** Raters also give where they think the person should be. */
  goal: z.boolean(),
  createdAt: time,
});

export type FeedbackRequest = z.output<typeof feedbackRequestSchema>;

/** A rater's result as the person keeps it: the code, read again when shown. */
export interface CollectedFeedback {
  requestId: string;
  resultId: string;
  code: string;
  addedAt: number;
}

export const collectedFeedbackSchema = z.object({
  requestId: z.string().check(z.maxLength(8)),
  resultId: z.string().check(z.maxLength(8)),
  code: z.string().check(z.maxLength(20_000)),
  addedAt: z.int().check(z.nonnegative()),
});

export const feedbackKey = (requestId: string, resultId: string) => `${requestId}.${resultId}`;

type Feedback = {
  feedbackRequests: Record<string, FeedbackRequest>;
  feedbackResults: Record<string, CollectedFeedback>;
};

/** The feedback of assessment `id` (its requests and the results collected for them) apart from the rest: what goes when it is deleted. */
export function splitFeedback(f: Feedback, id: string): { rest: Feedback; gone: Feedback } {
  const rest: Feedback = { feedbackRequests: {}, feedbackResults: {} };
  const gone: Feedback = { feedbackRequests: {}, feedbackResults: {} };
  for (const [key, r] of Object.entries(f.feedbackRequests))
    (r.assessmentId === id ? gone : rest).feedbackRequests[key] = r;
  for (const [key, r] of Object.entries(f.feedbackResults))
    (Object.hasOwn(gone.feedbackRequests, r.requestId) ? gone : rest).feedbackResults[key] = r;
  return { rest, gone };
}
