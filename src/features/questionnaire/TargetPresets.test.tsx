// @vitest-environment jsdom
// Goal presets on a framework with cumulative levels (samenwerken: basis <
// plus1 < plus2), for an assessment at plus1, against the app's store on a fake
// storage; one behaviour per test.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ScopedSection, scopeOf } from '../../domain/assessment/scope.ts';
import { scaleOf } from '../../domain/framework/defaultScale.ts';
import { loadFramework } from '../../domain/framework/loader.ts';
import { FakeStorage } from '../../store/fakeStorage.testing.ts';
import { en, initTestI18n } from '../../ui/i18n.testing.ts';

// The app's store binds to globalThis.localStorage when its module loads: the fake goes first.
vi.stubGlobal('localStorage', new FakeStorage());
const { userDataStore } = await import('../../store/appStores.ts');
const { TargetPresets } = await import('./TargetPresets.tsx');

const loaded = loadFramework(readFileSync('frameworks/samenwerken.yaml', 'utf8'), 'samenwerken.yaml');
if (!loaded.ok) throw new Error('frameworks/samenwerken.yaml does not load');
const fw = loaded.framework;
const q = en('questionnaire');
const scaleLabel = (value: number) => `${value} ${en('scale').default[value].label}`;

let assessmentId = '';
let section: ScopedSection;
/** The statements of the section's groups of `level`. */
const itemsOf = (level: string) =>
  section.groups.filter((g) => g.group.level === level).flatMap((g) => g.items.map((i) => i.id));
const targets = () => {
  const answers = userDataStore.getState().assessments[assessmentId]?.answers ?? {};
  return Object.fromEntries(section.itemIds.map((id) => [id, answers[id]?.target ?? null]));
};

function presets() {
  render(
    <TargetPresets assessmentId={assessmentId} fw={fw} scoped={section} scale={scaleOf(fw)} level="plus1" />,
  );
  fireEvent.click(screen.getByText(q.presets));
}
const byLevel = () => {
  const part = screen.getByRole('combobox', { name: q.setTargetsByLevel }).closest('div') as HTMLElement;
  return {
    level: within(part).getByRole('combobox', { name: q.setTargetsByLevel }),
    value: within(part).getByRole('combobox', { name: q.to }),
    apply: within(part).getByRole('button', { name: q.apply }),
  };
};
const forAll = () => {
  const part = screen.getByRole('combobox', { name: q.setAllTargets }).closest('div') as HTMLElement;
  return {
    value: within(part).getByRole('combobox', { name: q.setAllTargets }),
    apply: within(part).getByRole('button', { name: q.apply }),
  };
};
const choose = (select: HTMLElement, value: string) => fireEvent.change(select, { target: { value } });
const onlyEmpty = () => screen.getByRole('checkbox', { name: q.onlyEmpty });

beforeAll(initTestI18n);
beforeEach(() => {
  assessmentId = userDataStore.getState().create({
    frameworkId: fw.id,
    frameworkVersion: fw.version,
    title: 'Spring',
    level: 'plus1',
  });
  const first = scopeOf(fw, { sections: [], level: 'plus1' })[0];
  if (!first) throw new Error('no section in scope');
  section = first;
});
afterEach(cleanup);

describe('TargetPresets on cumulative levels', () => {
  it('offers the levels up to the assessment’s (plus1), not those above it', () => {
    presets();
    const options = within(byLevel().level).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Basic variant', 'Plus variant 1']);
    expect((byLevel().level as HTMLSelectElement).value).toBe('plus1');
  });

  it('sets by level the goal of the statements of that level and below only', () => {
    expect(itemsOf('basis').length).toBeGreaterThan(0);
    expect(itemsOf('plus1').length).toBeGreaterThan(0);
    presets();
    choose(byLevel().level, 'basis');
    choose(byLevel().value, '4');
    expect(within(byLevel().value).getByRole('option', { selected: true }).textContent).toBe(scaleLabel(4));
    fireEvent.click(byLevel().apply);
    const after = targets();
    for (const id of itemsOf('basis')) expect(after[id]).toBe(4);
    for (const id of itemsOf('plus1')) expect(after[id]).toBeNull();
  });

  it('leaves goals already set when "only where no goal is set yet" is checked', () => {
    const [kept = ''] = itemsOf('basis');
    userDataStore.getState().setTargets(assessmentId, [kept], 1);
    presets();
    expect((onlyEmpty() as HTMLInputElement).checked).toBe(true);
    choose(forAll().value, '3');
    fireEvent.click(forAll().apply);
    const after = targets();
    expect(after[kept]).toBe(1);
    for (const id of section.itemIds.filter((id) => id !== kept)) expect(after[id]).toBe(3);
  });

  it('sets every goal, those already set too, when "only where no goal is set yet" is unchecked', () => {
    const [kept = ''] = itemsOf('basis');
    userDataStore.getState().setTargets(assessmentId, [kept], 1);
    presets();
    fireEvent.click(onlyEmpty());
    choose(forAll().value, '3');
    fireEvent.click(forAll().apply);
    expect(Object.values(targets()).every((t) => t === 3)).toBe(true);
  });

  it('says how many goals it set, in the plural form for the count', () => {
    const basis = itemsOf('basis');
    userDataStore.getState().setTargets(assessmentId, basis.slice(1), 2);
    presets();
    choose(byLevel().level, 'basis');
    fireEvent.click(byLevel().apply);
    expect(screen.getByRole('status').textContent).toBe(q.applied_one.replace('{{count}}', '1'));
    fireEvent.click(onlyEmpty());
    fireEvent.click(byLevel().apply);
    expect(screen.getByRole('status').textContent).toBe(
      q.applied_other.replace('{{count}}', String(basis.length)),
    );
  });
});
