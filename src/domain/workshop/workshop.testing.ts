// For the workshop's tests: a framework of the repository (frameworks/), an
// exercise over it, and a rating written short.
import { readFileSync } from 'node:fs';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import { createExercise, type Exercise, type NewExercise } from './exercise.ts';
import type { Rating } from './resultCode.ts';

/** frameworks/<file>, loaded; throws when it does not load. */
export function repoFramework(file: string): Framework {
  const loaded = loadFramework(readFileSync(`frameworks/${file}`, 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.framework;
}

/** An exercise over `fw` (in English, no level and titled "W" unless `choice` says otherwise). */
export const exerciseOver = (
  fw: Framework,
  choice: Partial<Omit<NewExercise, 'frameworkId' | 'frameworkVersion'>> & Pick<NewExercise, 'sections'>,
  createdAt = 0,
  id?: string,
): Exercise =>
  createExercise(
    { frameworkId: fw.id, frameworkVersion: fw.version, level: null, language: 'en', title: 'W', ...choice },
    createdAt,
    id,
  );

export const r = (current: number | null, target: number | null, notApplicable = false): Rating => ({
  current,
  target,
  notApplicable,
});
