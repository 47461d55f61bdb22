// @vitest-environment jsdom
// The scale choice: one native radio group; one behaviour per test.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScaleStep } from '../../domain/framework/schema.ts';
import { initTestI18n } from '../../ui/i18n.testing.ts';
import { ScaleChoice, ScaleDescriptions } from './ScaleChoice.tsx';

const scale: ScaleStep[] = [
  { value: 0, label: { en: 'Not yet' } },
  { value: 1, label: { en: 'Aware' }, description: { en: 'Knows it exists and where to look.' } },
  { value: 2, label: { en: 'Practising' }, description: { en: 'Does it with support.' } },
];

function choice(props: Partial<Parameters<typeof ScaleChoice>[0]> = {}) {
  return (
    <>
      <ScaleChoice
        name="s1-current"
        legend="Now"
        hiddenBefore="Listens well:"
        hiddenAfter="(where you are now)"
        scale={scale}
        sourceLanguage="en"
        value={null}
        disabled={false}
        onChange={() => {}}
        {...props}
      />
      <ScaleDescriptions scale={scale} sourceLanguage="en" />
    </>
  );
}

// The legend's hidden parts are spans of their own: dom-accessibility-api drops the spaces between them.
const group = () => screen.getByRole('group', { name: /^Listens well:\s*Now\s*\(where you are now\)$/ });
const radio = (name: string) => within(group()).getByRole('radio', { name });

beforeAll(initTestI18n);
// user-event finds a radio's group with CSS.escape, which jsdom does not have; the names here need no escaping.
beforeAll(() => {
  if (typeof window.CSS?.escape !== 'function')
    Object.assign(window, { CSS: { escape: (name: string) => name } });
});
afterEach(cleanup);

describe('ScaleChoice', () => {
  it('offers each step as a radio named by its value and label, none checked without a value', () => {
    render(choice());
    const radios = within(group()).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1', '2']);
    for (const name of ['0 Not yet', '1 Aware', '2 Practising']) {
      expect((radio(name) as HTMLInputElement).checked).toBe(false);
    }
  });

  it('calls onChange with the value of the step chosen', () => {
    const onChange = vi.fn();
    render(choice({ onChange }));
    fireEvent.click(radio('2 Practising'));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(2);
    expect((radio('2 Practising') as HTMLInputElement).checked).toBe(true);
  });

  it('checks the radio of a value changed from outside (another tab, a preset)', () => {
    const { rerender } = render(choice({ value: 1 }));
    expect((radio('1 Aware') as HTMLInputElement).checked).toBe(true);
    rerender(choice({ value: 2 }));
    expect((radio('2 Practising') as HTMLInputElement).checked).toBe(true);
    expect((radio('1 Aware') as HTMLInputElement).checked).toBe(false);
    rerender(choice({ value: null }));
    expect(
      within(group())
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
  });

  it('disables every radio when the statement is not applicable', () => {
    render(choice({ disabled: true, value: 1 }));
    const radios = within(group()).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    for (const r of radios) expect(r.matches(':disabled')).toBe(true);
  });

  it('describes a step by its description; a step without one has no description', () => {
    render(choice());
    expect(within(group()).getByRole('radio', { description: 'Does it with support.' })).toBe(
      radio('2 Practising'),
    );
    expect(within(group()).getByRole('radio', { description: 'Knows it exists and where to look.' })).toBe(
      radio('1 Aware'),
    );
    expect(radio('0 Not yet').hasAttribute('aria-describedby')).toBe(false);
  });

  it('is one stop for Tab: the chosen step takes focus, and the next Tab leaves the group', async () => {
    const user = userEvent.setup();
    render(
      <>
        {choice({ value: 1 })}
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(radio('1 Aware'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
  });

  it('chooses with the keyboard: Space the focused step, the arrow keys the next or previous one (wrapping)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(choice({ onChange }));
    await user.tab();
    expect(document.activeElement).toBe(radio('0 Not yet'));
    await user.keyboard(' ');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowLeft}');
    expect(onChange.mock.calls.map(([v]) => v)).toEqual([0, 1, 2, 0, 2]);
    expect(document.activeElement).toBe(radio('2 Practising'));
    expect((radio('2 Practising') as HTMLInputElement).checked).toBe(true);
  });

  it('is passed over by the keyboard when the statement is not applicable', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        {choice({ disabled: true, onChange })}
        <button type="button">After</button>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After' }));
    await user.keyboard(' {ArrowRight}');
    expect(onChange).not.toHaveBeenCalled();
  });
});
