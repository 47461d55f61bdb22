import { useMemo } from 'react';
import type { Framework } from '../../domain/framework/schema.ts';
import { type Exercise, type ExerciseLayout, layoutOf } from '../../domain/workshop/exercise.ts';
import type { WorkshopResult } from '../../domain/workshop/resultCode.ts';
import { codesOf, readResults } from '../../domain/workshop/results.ts';
import { useUserData } from '../../store/appStores.ts';
import { type FrameworkState, useFramework } from '../../ui/useFramework.ts';

export interface ExerciseData {
  exercise: Exercise | undefined;
  framework: FrameworkState;
  fw: Framework | null;
  layout: ExerciseLayout | null;
  /** The stored codes of this exercise. */
  codes: string[];
  /** The codes read back against the exercise, in the order of their random ids (arrival is not kept). */
  results: WorkshopResult[];
}

/** An exercise, its framework at the exercise's version, and its results read from their stored codes. */
export function useExercise(id: string): ExerciseData {
  const exercise = useUserData((s) => (Object.hasOwn(s.exercises, id) ? s.exercises[id] : undefined));
  const stored = useUserData((s) => s.workshopResults);
  const framework = useFramework(exercise?.frameworkId ?? '', exercise?.frameworkVersion);
  const fw = framework.status === 'ready' ? framework.framework : null;
  const layout = useMemo(() => (fw && exercise ? layoutOf(fw, exercise) : null), [fw, exercise]);
  const codes = useMemo(() => codesOf(stored, id), [stored, id]);
  const results = useMemo(
    () => (exercise && layout ? readResults(exercise, layout, codes) : []),
    [codes, exercise, layout],
  );
  return { exercise, framework, fw, layout, codes, results };
}
