// The group picture of a workshop on the trainer's exercise page: how many took
// part; below the threshold only why nothing is shown; otherwise the shared gaps,
// where the room disagrees, knowledge against skills, and per section and
// statement the room's distributions with their data tables. Anonymous by design:
// no result id, alias or order of arrival appears.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type ShownText } from '../../../domain/framework/localize.ts';
import { useKindLabel } from '../../../ui/kindLabel.ts';
import { Bars, CountsTable, Legend, type Row } from './Distribution.tsx';
import { StatementBlock } from './StatementBlock.tsx';
import { ByKind, Disagreement, SharedGaps } from './Summaries.tsx';
import { usePictureTexts } from './texts.ts';
import { groupsOf, type PictureProps, usePicture } from './usePicture.ts';
import './picture.css';

function GroupTitle({ text }: { text: ShownText }) {
  return (
    <span lang={text.language}>
      {' · '}
      {text.text}
    </span>
  );
}

export function GroupPictureView(props: PictureProps) {
  const { fw, layout } = props;
  const { t, i18n } = useTranslation('groupPicture');
  const kindLabel = useKindLabel();
  const headingId = useId();
  const picture = usePicture(props);
  const texts = usePictureTexts(fw, layout);
  const enough = picture.participants >= picture.threshold;
  return (
    <section className="group-picture" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="gp-participants">{t('participants', { count: picture.participants })}</p>
      {!enough ? (
        <p className="gp-hidden">{t('tooFew', { count: picture.threshold })}</p>
      ) : (
        <>
          <Legend texts={texts} />
          <div className="gp-overview">
            <SharedGaps picture={picture} texts={texts} />
            <Disagreement picture={picture} texts={texts} />
          </div>
          <ByKind picture={picture} texts={texts} />
          {groupsOf(picture, layout).map(({ section, pooled, groups }) => {
            const title = texts.section(section.id);
            const rows: Row[] = [
              { label: t('now'), dist: pooled?.current ?? null },
              { label: t('goal'), dist: pooled?.target ?? null },
            ];
            return (
              <section className="gp-section" key={section.id}>
                <h3>{title}</h3>
                <div className="gp-pooled">
                  <p className="gp-pooled-title">
                    <strong>{t('sectionAll')}</strong> · {t('statements', { count: pooled?.statements ?? 0 })}
                  </p>
                  {pooled?.current || pooled?.target ? (
                    <>
                      <Bars rows={rows} texts={texts} />
                      <CountsTable caption={title} rows={rows} texts={texts} captionHidden />
                    </>
                  ) : (
                    <p className="gp-hidden">{t('hiddenPooled')}</p>
                  )}
                </div>
                {groups.map(({ group, statements }) => (
                  <div className="gp-group" key={group.id}>
                    <h4 className="gp-group-heading">
                      {kindLabel(group.kind)}
                      {group.title && (
                        <GroupTitle text={localize(group.title, i18n.language, fw.sourceLanguage)} />
                      )}
                    </h4>
                    {statements.map((s) => (
                      <StatementBlock
                        key={s.itemId}
                        s={s}
                        threshold={picture.threshold}
                        texts={texts}
                        Heading="h5"
                      />
                    ))}
                  </div>
                ))}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
