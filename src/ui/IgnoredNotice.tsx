import { useTranslation } from 'react-i18next';
import type { Prefill } from '../domain/workshop/prefill.ts';
import { formatList } from './languageNames.ts';

type Ignored = Prefill['ignored'][number];

/**
 * What a deep link named that this device does not know (`prefillFrom`), in one
 * sentence: each ignored value as `describe` words it, listed in `sentence`.
 */
export function IgnoredNotice({
  ignored,
  describe,
  sentence,
}: {
  ignored: Prefill['ignored'];
  describe(entry: Ignored): string;
  sentence(list: string): string;
}) {
  const { i18n } = useTranslation();
  if (!ignored.length) return null;
  return (
    <p className="notice" role="status">
      {sentence(formatList(ignored.map(describe), i18n.language))}
    </p>
  );
}
