// Who an assessment's pages speak to, as the options of `t`: the context
// (`audienceOf`: a person, a team, or a rater speaking of the one they rate)
// and, for a rater, `who`, the one they rate: the name the request gave, else
// "the person who asked" (or "the team that asked"), in the words each language uses.
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../domain/assessment/model.ts';
import { type Audience, audienceOf } from '../domain/framework/audience.ts';
import type { Framework } from '../domain/framework/schema.ts';

// A type, not an interface: `t` takes it as its options.
export type Spoken = {
  context: Audience;
  who: string;
};

export function useSpokenTo(
  fw: Pick<Framework, 'subject'>,
  a: Pick<Assessment, 'feedback'> | undefined,
): Spoken {
  const { t } = useTranslation('feedback');
  const context = audienceOf(fw, a);
  if (context !== 'rater') return { context, who: '' };
  const team = audienceOf(fw) === 'team';
  return { context, who: a?.feedback?.to || t(team ? 'rated.unnamedTeam' : 'rated.unnamed') };
}
