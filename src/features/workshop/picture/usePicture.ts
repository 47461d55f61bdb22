import { useMemo } from 'react';
import type { Framework } from '../../../domain/framework/schema.ts';
import type { Exercise, ExerciseLayout } from '../../../domain/workshop/exercise.ts';
import { type GroupPicture, groupPicture } from '../../../domain/workshop/groupPicture.ts';
import type { WorkshopResult } from '../../../domain/workshop/resultCode.ts';

/** What every view of the group picture takes: W1's exercise page passes the decoded results. */
export interface PictureProps {
  exercise: Exercise;
  fw: Framework;
  layout: ExerciseLayout;
  results: readonly WorkshopResult[];
}

export function usePicture({ exercise, layout, results }: PictureProps): GroupPicture {
  return useMemo(() => groupPicture(exercise, layout, results), [exercise, layout, results]);
}

/** The scope's sections and groups, each with the pictures of its statements. */
export function groupsOf(picture: GroupPicture, layout: ExerciseLayout) {
  const byId = new Map(picture.statements.map((s) => [s.itemId, s] as const));
  return layout.scope.map(({ section, groups }) => ({
    section,
    pooled: picture.bySection.find((b) => b.sectionId === section.id)?.picture ?? null,
    groups: groups.map(({ group, items }) => ({
      group,
      statements: items.flatMap((item) => {
        const s = byId.get(item.id);
        return s ? [s] : [];
      }),
    })),
  }));
}
