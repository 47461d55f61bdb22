import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Prefill } from '../../domain/workshop/prefill.ts';
import { IgnoredNotice as Notice } from '../../ui/IgnoredNotice.tsx';

const WHAT: Record<Prefill['ignored'][number]['what'], ParseKeys<'workshop'>> = {
  framework: 'create.ignoredFramework',
  section: 'create.ignoredSection',
  level: 'create.ignoredLevel',
  language: 'create.ignoredLanguage',
};

/** What an exercise's deep link named that this device does not know, in one sentence. */
export function IgnoredNotice({ ignored }: { ignored: Prefill['ignored'] }) {
  const { t } = useTranslation('workshop');
  return (
    <Notice
      ignored={ignored}
      describe={(x) => t(WHAT[x.what], { value: x.value })}
      sentence={(list) => t('create.ignored', { list })}
    />
  );
}
