// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en, initTestI18n } from '../../../ui/i18n.testing.ts';
import { GroupPictureView } from './GroupPictureView.tsx';
import { exercise, fw, layout, r, resultsOf, six } from './picture.testing.ts';

const gp = en('groupPicture');

beforeAll(initTestI18n);
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

/** The count in a data table's cell, found by its row header and column header. */
function cell(table: HTMLElement, rowName: string, columnName: string): string {
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const column = columns.indexOf(columnName);
  expect(column, `column ${columnName} in ${columns.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const row = within(table)
    .getAllByRole('row')
    .find((tr) => within(tr).queryByRole('rowheader')?.textContent === rowName);
  if (!row) throw new Error(`no row ${rowName}`);
  return within(row).getAllByRole('cell')[column]?.textContent ?? '';
}

describe('GroupPictureView', () => {
  it('counts each level of a statement, now and goal, in its data table', () => {
    render(<GroupPictureView exercise={exercise} fw={fw} layout={layout} results={six} />);
    expect(screen.getByText('6 participants')).toBeTruthy();
    const table = screen.getByRole('table', { name: /^I know the stages of a meeting/ });
    const now = [
      '0 New to me',
      '1 Aware of it',
      '2 Can do it with support',
      '3 Can do it independently',
      '4 Can support colleagues in it',
    ].map((c) => cell(table, 'Now', c));
    expect(now).toEqual(['1', '1', '3', '1', '0']);
    expect(cell(table, 'Goal', '3 Can do it independently')).toBe('4');
    expect(cell(table, 'Goal', '4 Can support colleagues in it')).toBe('1');
    const block = table.closest('section') as HTMLElement;
    expect(within(block).getByText('5 of 6 want to move, by a median of 1.5')).toBeTruthy();
    expect(within(block).getByText('0 marked it not applicable')).toBeTruthy();
  });

  it('hides a statement that fewer participants than the threshold rated, with the reason', () => {
    render(<GroupPictureView exercise={exercise} fw={fw} layout={layout} results={six} />);
    const heading = screen.getByRole('heading', { name: 'I summarise what was said' });
    const block = heading.closest('section') as HTMLElement;
    expect(within(block).getByText(gp.hidden_other.replace('{{count}}', '5'))).toBeTruthy();
    expect(within(block).queryByRole('table')).toBeNull();
    expect(screen.queryByRole('table', { name: /^I summarise/ })).toBeNull();
  });

  it('shows only the count and why below the threshold of participants', () => {
    render(<GroupPictureView exercise={exercise} fw={fw} layout={layout} results={six.slice(0, 4)} />);
    expect(screen.getByText('4 participants')).toBeTruthy();
    expect(screen.getByText(gp.tooFew_other.replace('{{count}}', '5'))).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.queryByText('I know the stages of a meeting')).toBeNull();
  });

  it('lists the shared gaps, most wanting to move first, and names the dispersion measure', () => {
    const results = resultsOf([
      [r(1, 2), r(1, 1), r(1, 3), r(1, 1)],
      [r(1, 2), r(1, 1), r(1, 3), r(1, 2)],
      [r(1, 2), r(1, 2), r(1, 3), r(1, 2)],
      [r(1, 2), r(1, 1), r(1, 3), r(1, 2)],
      [r(1, 1), r(1, 1), r(1, 3), r(1, 1)],
    ]);
    render(<GroupPictureView exercise={exercise} fw={fw} layout={layout} results={results} />);
    const gaps = screen.getByRole('heading', { name: gp.gaps.heading }).closest('section') as HTMLElement;
    const order = within(gaps)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.gp-item-text')?.textContent);
    // c: 5 of 5 by 2; a: 4 of 5 by 1; d1: 3 of 5; b: 1 of 5.
    expect(order).toEqual([
      'I ask open questions',
      'I know the stages of a meeting',
      'I close with a decision',
      'I summarise what was said',
    ]);
    expect(within(gaps).getByText('5 of 5 want to move, by a median of 2')).toBeTruthy();
    expect(screen.getByText(gp.disagreement.intro)).toBeTruthy();
  });

  it('shows no result id, formats numbers in the UI language, and pools knowledge against skills', async () => {
    await i18next.changeLanguage('fi');
    const { container } = render(
      <GroupPictureView exercise={exercise} fw={fw} layout={layout} results={six} />,
    );
    for (const result of six) expect(container.textContent).not.toContain(result.resultId);
    const a = screen
      .getByRole('heading', { name: 'I know the stages of a meeting' })
      .closest('section') as HTMLElement;
    // Goal of a: 3 3 4 3 2 3 -> median 3; now 1 2 2 3 0 2 -> median 2, q1 1,25, q3 2.
    expect(within(a).getByText(/Median 2, interquartile range 1,25–2/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Knowledge/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Skills/ })).toBeTruthy();
  });
});
