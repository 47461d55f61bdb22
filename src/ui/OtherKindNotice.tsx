// A file handed to a panel that opens another kind (a framework under "Open a
// saved file", say): recognised as a drop anywhere is (domain/files/fileKind.ts,
// loaded with the file), said in words, and handed to the panel that opens it.
import { useTranslation } from 'react-i18next';
import { FILE_PLACE, type KnownKind, ownerPage } from './filePlace.ts';
import { handOver, takeHandedOver } from './pendingFile.ts';
import { navigate } from './routes.ts';

/** The kind of a file's text when it is one the app opens elsewhere (not one of `here`); else null. */
export async function otherKind<Here extends KnownKind>(
  text: string,
  here: Here[],
): Promise<Exclude<KnownKind, Here> | null> {
  const { fileKind } = await import('../domain/files/fileKind.ts');
  const kind = fileKind(text);
  if (!Object.hasOwn(FILE_PLACE, kind) || (here as string[]).includes(kind)) return null;
  return kind as Exclude<KnownKind, Here>;
}

/** Hands the file to the panel that opens it and goes there (a result file: to its workshop's or request's page). */
async function openThere(file: File, kind: KnownKind) {
  const place = FILE_PLACE[kind];
  if (handOver(file, place.to)) return;
  if (kind === 'result' || kind === 'feedback') {
    const owner = await ownerPage(file.name, kind);
    if (owner) return navigate(owner);
    takeHandedOver(kind); // none kept here is named in it: the user opens the one it belongs to
  }
  navigate(place.href());
}

/** What the file is (`message`), and a button that opens it where it belongs. */
export function OtherKindNotice({
  file,
  kind,
  message,
  onCancel,
}: {
  file: File;
  kind: KnownKind;
  message: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation('files');
  return (
    <div role="alert" className="notice">
      <p>{message}</p>
      <p className="actions row-actions">
        <button type="button" className="button primary" onClick={() => void openThere(file, kind)}>
          {t(`open.${kind}`)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}
