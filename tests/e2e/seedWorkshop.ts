// Run with tsx (the domain imports JSON, which Playwright's loader cannot):
//   tsx tests/e2e/seedWorkshop.ts <participants>
// Prints an exercise over C3.1 of guidance-competences and the stored data that
// holds it with <participants> results, their codes made with the domain's own
// functions. Participant p rates statement i: now (p + i) % 4, goal one step
// higher unless p is a multiple of 3; the second statement only the first three
// rate (the rest mark it not applicable).
import { EMPTY_STATE, STORAGE_VERSION } from '../../src/domain/assessment/persisted.ts';
import { layoutOf } from '../../src/domain/workshop/exercise.ts';
import { encodeResult, type Rating } from '../../src/domain/workshop/resultCode.ts';
import { exerciseOver, repoFramework } from '../../src/domain/workshop/workshop.testing.ts';

const participants = Number(process.argv[2] ?? 12);
const fw = repoFramework('guidance-competences.yaml');
const exercise = exerciseOver(
  fw,
  { sections: ['C3.1'], title: 'Networking workshop' },
  Date.UTC(2026, 2, 1),
  'W2TEST00',
);
const layout = layoutOf(fw, exercise);
const ratingsOf = (p: number): Rating[] =>
  layout.itemIds.map((_, i) =>
    i === 1 && p >= 3
      ? { current: null, target: null, notApplicable: true }
      : {
          current: (p + i) % 4,
          target: Math.min(4, ((p + i) % 4) + (p % 3 === 0 ? 0 : 1)),
          notApplicable: false,
        },
  );
const workshopResults = Object.fromEntries(
  Array.from({ length: participants }, (_, p) => {
    const resultId = `R${String(p).padStart(7, '0')}`;
    const code = encodeResult(exercise, layout, ratingsOf(p), {}, resultId);
    if (!code) throw new Error('no code');
    return [`${exercise.id}.${resultId}`, { exerciseId: exercise.id, resultId, code, addedAt: 0 }];
  }),
);
const items = layout.scope.flatMap((s) => s.groups.flatMap((g) => g.items));
process.stdout.write(
  JSON.stringify({
    exerciseId: exercise.id,
    title: exercise.title,
    statements: items.map((item) => item.text),
    stored: JSON.stringify({
      state: { ...EMPTY_STATE, exercises: { [exercise.id]: exercise }, workshopResults },
      version: STORAGE_VERSION,
    }),
  }),
);
