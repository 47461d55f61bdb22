import { useTranslation } from 'react-i18next';
import { audienceOf } from '../../domain/framework/audience.ts';
import type { Framework } from '../../domain/framework/schema.ts';
import { itemsById } from '../../domain/framework/statements.ts';
import { useUserData } from '../../store/appStores.ts';

/** Says when an assessment is shown with another version of its framework, and which answers have no statement now. */
export function VersionNotice({ assessmentId, fw }: { assessmentId: string; fw: Framework }) {
  const version = useUserData((s) => s.assessments[assessmentId]?.frameworkVersion);
  if (!version || version === fw.version) return null;
  return <ChangedVersion assessmentId={assessmentId} fw={fw} version={version} />;
}

function ChangedVersion({
  assessmentId,
  fw,
  version,
}: {
  assessmentId: string;
  fw: Framework;
  version: string;
}) {
  const { t } = useTranslation('questionnaire');
  const answered = useUserData((s) => Object.keys(s.assessments[assessmentId]?.answers ?? {}).join('\n'));
  const known = itemsById(fw);
  const gone = answered ? answered.split('\n').filter((id) => !known.has(id)) : [];
  return (
    <div className="notice warning" role="note">
      <p>{t('versionChanged', { before: version, after: fw.version })}</p>
      {gone.length > 0 && <p>{t('versionRemoved', { context: audienceOf(fw), list: gone.join(', ') })}</p>}
    </div>
  );
}
