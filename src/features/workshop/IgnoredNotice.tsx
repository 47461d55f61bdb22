import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Prefill } from '../../domain/workshop/prefill.ts';

const WHAT: Record<Prefill['ignored'][number]['what'], ParseKeys<'workshop'>> = {
  framework: 'create.ignoredFramework',
  section: 'create.ignoredSection',
  level: 'create.ignoredLevel',
  language: 'create.ignoredLanguage',
};

/** What a deep link named that this device does not know, in one sentence. */
export function IgnoredNotice({ ignored }: { ignored: Prefill['ignored'] }) {
  const { t, i18n } = useTranslation('workshop');
  if (!ignored.length) return null;
  const parts = ignored.map((x) => t(WHAT[x.what], { value: x.value }));
  let list: string;
  try {
    list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
  } catch {
    list = parts.join(', ');
  }
  return (
    <p className="notice" role="status">
      {t('create.ignored', { list })}
    </p>
  );
}
