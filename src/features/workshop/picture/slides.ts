// The screens of the presentation view: an overview (participants, the largest
// shared gaps), where the room disagrees, knowledge against skills, then each
// statement group, a few statements per screen. Below the threshold of
// participants, one screen that says why there is nothing to show.
import type { Group, Section } from '../../../domain/framework/schema.ts';
import type { ExerciseLayout } from '../../../domain/workshop/exercise.ts';
import type { GroupPicture, StatementPicture } from '../../../domain/workshop/groupPicture.ts';
import { groupsOf } from './usePicture.ts';

/** Statements on one screen: readable from the back of a room at 1920x1080. */
export const PER_SCREEN = 3;

export type Slide =
  | { kind: 'too-few' }
  | { kind: 'overview' }
  | { kind: 'disagreement' }
  | { kind: 'by-kind' }
  | {
      kind: 'group';
      section: Section;
      group: Group;
      statements: StatementPicture[];
      part: number;
      parts: number;
    };

export function slidesOf(picture: GroupPicture, layout: ExerciseLayout, perScreen = PER_SCREEN): Slide[] {
  if (picture.participants < picture.threshold) return [{ kind: 'too-few' }];
  const slides: Slide[] = [{ kind: 'overview' }, { kind: 'disagreement' }];
  if (picture.byKind.filter((k) => k.picture.statements > 0).length > 1) slides.push({ kind: 'by-kind' });
  for (const { section, groups } of groupsOf(picture, layout)) {
    for (const { group, statements } of groups) {
      const parts = Math.max(1, Math.ceil(statements.length / perScreen));
      for (let part = 0; part < parts; part++) {
        slides.push({
          kind: 'group',
          section,
          group,
          statements: statements.slice(part * perScreen, (part + 1) * perScreen),
          part: part + 1,
          parts,
        });
      }
    }
  }
  return slides;
}
