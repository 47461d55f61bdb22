// One screen of the presentation view. Its heading takes focus on each step.
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../../domain/workshop/exercise.ts';
import type { GroupPicture } from '../../../domain/workshop/groupPicture.ts';
import { useKindLabel } from '../../../ui/kindLabel.ts';
import { StatementBlock } from './StatementBlock.tsx';
import { ByKind, Disagreement, SharedGaps } from './Summaries.tsx';
import type { Slide as SlideData } from './slides.ts';
import type { PictureTexts } from './texts.ts';

interface Props {
  slide: SlideData;
  picture: GroupPicture;
  exercise: Exercise;
  texts: PictureTexts;
  heading: RefObject<HTMLHeadingElement | null>;
  /** The scale's legend, under the heading of the screens with bars. */
  legend: ReactNode;
}

export function Slide({ slide, picture, exercise, texts, heading, legend }: Props) {
  const { t } = useTranslation('groupPicture');
  const kindLabel = useKindLabel();
  const participants = (
    <p className="gp-participants">{t('participants', { count: picture.participants })}</p>
  );
  const title = (text: string) => (
    <h1 ref={heading} tabIndex={-1} className="present-heading">
      {text}
    </h1>
  );
  switch (slide.kind) {
    case 'too-few':
      return (
        <>
          {title(exercise.title || t('heading'))}
          {participants}
          <p className="gp-hidden">{t('tooFew', { count: picture.threshold })}</p>
        </>
      );
    case 'overview':
      return (
        <>
          {title(exercise.title || t('heading'))}
          {participants}
          <SharedGaps picture={picture} texts={texts} Heading="h2" />
        </>
      );
    case 'disagreement':
      return (
        <>
          {title(t('disagreement.heading'))}
          <Disagreement picture={picture} texts={texts} Heading={null} />
        </>
      );
    case 'by-kind':
      return (
        <>
          {title(t('byKind.heading'))}
          {legend}
          <ByKind picture={picture} texts={texts} Heading={null} tableHidden />
        </>
      );
    case 'group': {
      const name = `${texts.section(slide.section.id)} · ${kindLabel(slide.group.kind)}`;
      return (
        <>
          {title(
            slide.parts > 1 ? t('present.part', { title: name, n: slide.part, total: slide.parts }) : name,
          )}
          {legend}
          <div className="present-statements">
            {slide.statements.map((s) => (
              <StatementBlock
                key={s.itemId}
                s={s}
                threshold={picture.threshold}
                texts={texts}
                Heading="h2"
                tableHidden
              />
            ))}
          </div>
        </>
      );
    }
  }
}
