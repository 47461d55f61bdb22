import './shownItems.css';
import { useTranslation } from 'react-i18next';
import { localize } from '../domain/framework/localize.ts';
import type { Framework, Group } from '../domain/framework/schema.ts';
import { isRated } from '../domain/framework/statements.ts';
import { Intro } from './Intro.tsx';
import { useKindLabel } from './kindLabel.ts';
import { Localized } from './LocalizedText.tsx';

/** A group's kind ("not rated" for one shown as text) and level, its title and its intro: the same on the statement page and in the questionnaire. */
export function GroupHeading({
  fw,
  group,
  showOriginal,
}: {
  fw: Framework;
  group: Group;
  showOriginal: boolean;
}) {
  const { t, i18n } = useTranslation('questionnaire');
  const kindLabel = useKindLabel();
  const level = group.level ? fw.levels?.find((l) => l.id === group.level) : undefined;
  return (
    <>
      <h3>
        {isRated(group) ? (
          <span className="kind">{kindLabel(group.kind)}</span>
        ) : (
          <span className="badge not-rated">{t('notRated')}</span>
        )}
        {group.level && (
          <span className="badge level">
            {t('levelBadge', {
              level: level ? localize(level.label, i18n.language, fw.sourceLanguage).text : group.level,
            })}
          </span>
        )}
      </h3>
      {group.title && (
        <Localized
          as="p"
          className="group-title"
          text={group.title}
          sourceLanguage={fw.sourceLanguage}
          showOriginal={showOriginal}
        />
      )}
      {group.intro && <Intro text={group.intro} fw={fw} showOriginal={showOriginal} />}
    </>
  );
}
