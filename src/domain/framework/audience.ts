// Who a framework's texts speak to. A framework whose subject is an
// organisation (a team or centre: Navigator, the partnerships) is spoken to as
// a team ("your team's strengths"), any other as a person ("your strengths").
// The answer is an i18next context: a string with the team's wording is kept
// under `<key>_team`; for a person, i18next falls back to `<key>` itself.
import type { Subject } from './schema.ts';

export type Audience = 'person' | 'team';

export function audienceOf(framework: { subject: Subject }): Audience {
  return framework.subject === 'organisation' ? 'team' : 'person';
}
