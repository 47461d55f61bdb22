// The room at a glance: the largest shared gaps, where the room disagrees most
// (Leik's ordinal dispersion, named and explained), and knowledge against skills.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupPicture, StatementPicture } from '../../../domain/workshop/groupPicture.ts';
import { useKindLabel } from '../../../ui/kindLabel.ts';
import { Bars, CountsTable, type Row } from './Distribution.tsx';
import { MovingLine } from './StatementBlock.tsx';
import type { PictureTexts } from './texts.ts';

export const TOP = 5;

type Heading = 'h2' | 'h3' | null;

function StatementText({ s, texts }: { s: StatementPicture; texts: PictureTexts }) {
  const text = texts.statement(s.itemId);
  return (
    <span className="gp-item-text" lang={text.language}>
      {text.text}
    </span>
  );
}

/** A ranked list of statements under a heading and an intro, with a figure beside each. */
function RankedSummary({
  section,
  list,
  texts,
  Heading,
  figure,
}: {
  section: 'gaps' | 'disagreement';
  list: StatementPicture[];
  texts: PictureTexts;
  Heading: Heading;
  figure: (s: StatementPicture) => ReactNode;
}) {
  const { t } = useTranslation('groupPicture');
  return (
    <section className="gp-summary">
      {Heading && <Heading>{t(`${section}.heading`)}</Heading>}
      <p className="gp-intro">{t(`${section}.intro`)}</p>
      {list.length === 0 ? (
        <p>{t(`${section}.none`)}</p>
      ) : (
        <ol className="gp-ranked">
          {list.map((s) => (
            <li key={s.itemId}>
              <StatementText s={s} texts={texts} />
              <span className="gp-item-figure">{figure(s)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type SummaryProps = {
  picture: GroupPicture;
  texts: PictureTexts;
  Heading?: Heading;
  limit?: number;
};

export function SharedGaps({ picture, texts, Heading = 'h3', limit = TOP }: SummaryProps) {
  return (
    <RankedSummary
      section="gaps"
      list={picture.sharedGaps.slice(0, limit)}
      texts={texts}
      Heading={Heading}
      figure={(s) => <MovingLine s={s} texts={texts} />}
    />
  );
}

export function Disagreement({ picture, texts, Heading = 'h3', limit = TOP }: SummaryProps) {
  const { t } = useTranslation('groupPicture');
  return (
    <RankedSummary
      section="disagreement"
      list={picture.disagreement.slice(0, limit)}
      texts={texts}
      Heading={Heading}
      figure={(s) => t('disagreement.value', { value: texts.number(s.current?.dispersion ?? 0) })}
    />
  );
}

export function ByKind({
  picture,
  texts,
  Heading = 'h3',
  tableHidden = false,
}: {
  picture: GroupPicture;
  texts: PictureTexts;
  Heading?: Heading;
  /** The tables for screen readers only (the presentation view). */
  tableHidden?: boolean;
}) {
  const { t } = useTranslation('groupPicture');
  const kindLabel = useKindLabel();
  const kinds = picture.byKind.filter((k) => k.picture.statements > 0);
  if (kinds.length < 2) return null;
  return (
    <section className="gp-summary">
      {Heading && <Heading>{t('byKind.heading')}</Heading>}
      <p className="gp-intro">{t('byKind.intro')}</p>
      {kinds.map(({ kind, picture: pooled }) => {
        const rows: Row[] = [
          { label: t('now'), dist: pooled.current },
          { label: t('goal'), dist: pooled.target },
        ];
        const name = kindLabel(kind);
        return (
          <div className="gp-pooled" key={kind}>
            <p className="gp-pooled-title">
              <strong>{name}</strong> · {t('statements', { count: pooled.statements })}
            </p>
            <Bars rows={rows} texts={texts} />
            <div className={tableHidden ? 'visually-hidden' : 'gp-table-wrap'}>
              <CountsTable caption={name} rows={rows} texts={texts} captionHidden />
            </div>
          </div>
        );
      })}
    </section>
  );
}
