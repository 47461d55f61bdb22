// Who a framework's texts speak to. A framework whose subject is an
// organisation (a team or centre: Navigator, the partnerships) is spoken to as
// a team ("your team's strengths"), any other as a person ("your strengths").
// A rater (an assessment with `feedback` set: their ratings of someone else,
// from a feedback link) is spoken to about the one they rate ("as you see
// Kari, the strengths are"), with that one's name or a name-less "the person
// who asked" as `who`; a kept copy too, as it is still their view of another.
// The answer is an i18next context: a string with the team's wording is kept
// under `<key>_team`, the rater's under `<key>_rater`; for a person, i18next
// falls back to `<key>` itself.
import type { Subject } from './schema.ts';

export type Audience = 'person' | 'team' | 'rater';

export function audienceOf(
  framework: { subject: Subject },
  assessment?: { feedback: object | null } | undefined,
): Audience {
  if (assessment?.feedback) return 'rater';
  return framework.subject === 'organisation' ? 'team' : 'person';
}
