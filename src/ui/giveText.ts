import type { TFunction } from 'i18next';

/** "You are giving feedback to …": to a person or on a team's practice, named or not. */
export function giveText(t: TFunction<'feedback'>, team: boolean, name: string): string {
  if (team) return name ? t('give.toTeam', { name }) : t('give.toTeamUnnamed');
  return name ? t('give.to', { name }) : t('give.toUnnamed');
}
