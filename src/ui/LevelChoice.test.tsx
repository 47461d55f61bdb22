// @vitest-environment jsdom
// The level choice of the start form and the exercise form; one behaviour per test.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initTestI18n } from './i18n.testing.ts';
import { LevelChoice } from './LevelChoice.tsx';

const summary = {
  sourceLanguage: 'nl',
  levels: [
    { id: 'basis', label: { nl: 'Basisvariant', en: 'Basic variant' } },
    {
      id: 'plus1',
      label: { nl: 'Plusvariant 1', en: 'Plus variant 1' },
      description: { nl: 'Met de plusvragen.', en: 'With the plus questions.' },
    },
  ],
};

function choice(level: string | null, onChosen = vi.fn()) {
  render(
    <LevelChoice
      summary={summary}
      level={level}
      onChosen={onChosen}
      name="level"
      legend="Variant level"
      hint="Each level includes the statements of the levels before it."
    />,
  );
  return onChosen;
}

beforeAll(initTestI18n);
afterEach(cleanup);

describe('LevelChoice', () => {
  it('is a group named by its legend and described by its hint', () => {
    choice('basis');
    expect(
      screen.getByRole('group', {
        name: 'Variant level',
        description: 'Each level includes the statements of the levels before it.',
      }),
    ).toBeTruthy();
  });

  it('names each level in the UI language, the chosen one checked', () => {
    choice('plus1');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['basis', 'plus1']);
    expect((screen.getByRole('radio', { name: 'Plus variant 1' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Basic variant' }) as HTMLInputElement).checked).toBe(false);
  });

  it('describes a level by its own description, and one without by none', () => {
    choice('basis');
    expect(
      screen.getByRole('radio', { name: 'Plus variant 1', description: 'With the plus questions.' }),
    ).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Basic variant', description: '' })).toBeTruthy();
  });

  it('says which level was chosen', () => {
    const onChosen = choice('basis');
    fireEvent.click(screen.getByRole('radio', { name: 'Plus variant 1' }));
    expect(onChosen).toHaveBeenCalledWith('plus1');
  });

  it('shows nothing for a framework without levels', () => {
    const { container } = render(
      <LevelChoice
        summary={{ sourceLanguage: 'en', levels: [] }}
        level={null}
        onChosen={() => {}}
        name="level"
        legend="L"
        hint="H"
      />,
    );
    expect(container.childElementCount).toBe(0);
  });
});
