import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { GroupKind } from '../domain/framework/schema.ts';

const KEYS: Record<GroupKind, ParseKeys<'preview'>> = {
  knowledge: 'kind.knowledge',
  skill: 'kind.skill',
  criterion: 'kind.criterion',
};

/** The name of a group's kind (knowledge, skills, criteria) in the UI language. */
export function useKindLabel(): (kind: GroupKind) => string {
  const { t } = useTranslation('preview');
  return (kind) => t(KEYS[kind]);
}
