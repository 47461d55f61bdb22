import { describe, expect, it } from 'vitest';
import { distinctLabels } from './distinctLabels.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const at = (iso: string) => Date.parse(`${iso}Z`);
const entry = (id: string, title: string, iso: string) => ({ id, title, createdAt: at(iso) });
const labels = (entries: ReturnType<typeof entry>[]) =>
  Object.fromEntries(distinctLabels(entries, (e) => e.createdAt, day));

describe('distinctLabels', () => {
  it('leaves a title that no other entry has as it is', () => {
    expect(
      labels([entry('a', 'Spring', '2026-03-01T10:00'), entry('b', 'Autumn', '2026-03-01T10:00')]),
    ).toEqual({
      a: { title: 'Spring', when: null, number: null },
      b: { title: 'Autumn', when: null, number: null },
    });
  });

  it('tells entries with the same title apart by their moment, whatever the case and spaces', () => {
    expect(
      labels([
        entry('a', 'Navigator, 1 Dec', '2026-12-01T09:00'),
        entry('b', ' navigator, 1 dec', '2026-12-01T15:30'),
      ]),
    ).toEqual({
      a: { title: 'Navigator, 1 Dec', when: '2026-12-01T09:00', number: null },
      b: { title: ' navigator, 1 dec', when: '2026-12-01T15:30', number: null },
    });
  });

  it('numbers those whose moments read the same, in the order they were made', () => {
    const result = labels([
      { id: 'x', title: 'Import', createdAt: at('2026-12-01T09:00') + 2000 },
      { id: 'y', title: 'Import', createdAt: at('2026-12-01T09:00') + 1000 },
      entry('z', 'Import', '2026-12-02T09:00'),
    ]);
    expect(result.y).toEqual({ title: 'Import', when: '2026-12-01T09:00', number: 1 });
    expect(result.x).toEqual({ title: 'Import', when: '2026-12-01T09:00', number: 2 });
    expect(result.z).toEqual({ title: 'Import', when: '2026-12-02T09:00', number: null });
  });
});
