import type { ParseKeys } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_PLACE, ownerPage } from '../ui/filePlace.ts';
import { handOver, takeHandedOver } from '../ui/pendingFile.ts';
import { navigate } from '../ui/routes.ts';

const MB = 1024 * 1024;
/** Larger than any file the app opens (a CASE package of several MB is the largest). */
const MAX_BYTES = 64 * MB;

/**
 * A file dropped anywhere on the page (where no drop zone took it): recognised by what it
 * holds and handed to the page that opens it, with a line saying what it is.
 */
export function DropAnywhere() {
  const { t } = useTranslation();
  const [said, setSaid] = useState<string | null>(null);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (hasFiles(e) && !e.defaultPrevented) e.preventDefault();
    };
    const dropped = async (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > MAX_BYTES)
        return setSaid(t('dropped.tooLarge', { file: file.name, size: Math.ceil(file.size / MB) }));
      const [{ fileKind }, text] = await Promise.all([
        import('../domain/files/fileKind.ts'),
        file.text().catch(() => ''),
      ]);
      const kind = fileKind(text);
      if (kind === 'unknown') return setSaid(t('dropped.unknown', { file: file.name }));
      const place = FILE_PLACE[kind];
      if (handOver(file, place.to)) return setSaid(t(`dropped.${kind}` as ParseKeys, { file: file.name }));
      if (kind === 'result' || kind === 'feedback') {
        // Only a workshop's (a feedback request's) own page adds a result to it: the one its file is named after.
        const owner = await ownerPage(file.name, kind);
        if (!owner) {
          takeHandedOver(kind);
          return setSaid(t(`dropped.${kind}Elsewhere`, { file: file.name }));
        }
        setSaid(t(`dropped.${kind}`, { file: file.name }));
        return navigate(owner);
      }
      setSaid(t(`dropped.${kind}` as ParseKeys, { file: file.name }));
      navigate(place.href());
    };
    const onDrop = (e: DragEvent) => void dropped(e);
    document.addEventListener('dragover', over);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', onDrop);
    };
  }, [t]);

  // Styled as the compact "works offline now" notice: one line, its dismiss button beside it.
  return (
    <div role="status">
      {said && (
        <div className="notice update compact">
          <p>{said}</p>
          <button type="button" onClick={() => setSaid(null)}>
            {t('dropped.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
