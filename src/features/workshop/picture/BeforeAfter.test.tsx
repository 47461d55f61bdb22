// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en, initTestI18n } from '../../../ui/i18n.testing.ts';
import { BeforeAfter } from './BeforeAfter.tsx';
import { exercise, fw, layout, r, resultsOf, six } from './picture.testing.ts';

const gp = en('groupPicture');

beforeAll(initTestI18n);
afterEach(cleanup);

describe('BeforeAfter', () => {
  it('shows per statement the current levels before and after, and how the median moved', () => {
    const later = resultsOf(
      six.map(({ ratings }) => [r((ratings[0]?.current ?? 0) + 1, 4), ...ratings.slice(1)]),
    );
    render(
      <BeforeAfter
        fw={fw}
        before={{ exercise, layout, results: six }}
        after={{ exercise: { ...exercise, id: 'AFTER000', previousId: exercise.id }, layout, results: later }}
      />,
    );
    const table = screen.getByRole('table', { name: /^I know the stages of a meeting/ });
    const block = table.closest('section') as HTMLElement;
    expect(within(block).getByText('Median 2 → 3 (+1)')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((tr) =>
        within(tr)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '1', '3', '1', '0'],
      ['0', '1', '1', '3', '1'],
    ]);
    const hidden = screen
      .getByRole('heading', { name: 'I summarise what was said' })
      .closest('section') as HTMLElement;
    expect(within(hidden).getByText(gp.beforeAfter.hidden)).toBeTruthy();
  });
});
