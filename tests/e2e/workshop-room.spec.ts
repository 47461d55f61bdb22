// A whole room, end to end, each person in a browser of their own: the trainer
// creates an exercise by deep link; five participants open the join link, rate,
// and hand back the code their page shows; the trainer pastes the codes and the
// group picture counts them. Nothing is requested from another origin.
import { expect, test } from '@playwright/test';
import { expectLevelCounts, text, watchOrigins } from './helpers.ts';

/** Participant p rates the first statement `CURRENT[p]` now and 4 as the goal. */
const CURRENT = [1, 2, 2, 3, 4];

test('a trainer and five participants on their own devices: join, rate, hand back, count', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const trainerContext = await browser.newContext({ baseURL: baseURL ?? '' });
  const trainer = await trainerContext.newPage();
  watchOrigins(trainer, origin, foreign);
  await trainer.goto('./?lng=en#/workshop/new?framework=guidance-competences&sections=C3.1&lng=en');
  await trainer.getByLabel(text('en', 'workshop:create.title')).fill('Networking, the room');
  await trainer.getByRole('button', { name: text('en', 'workshop:create.submit') }).click();
  // The link is packed a moment after the page shows: wait for it.
  const joinField = trainer.getByRole('textbox', { name: text('en', 'workshop:handout.joinLink') });
  await expect(joinField).toHaveValue(/#\/join\?x=/);
  const joinLink = await joinField.inputValue();

  const codes: string[] = [];
  for (const [p, current] of CURRENT.entries()) {
    const context = await browser.newContext({
      baseURL: baseURL ?? '',
      viewport: { width: 360, height: 740 },
    });
    const phone = await context.newPage();
    watchOrigins(phone, origin, foreign);
    await phone.goto(joinLink.replace('#/join', `?lng=en#/join`));
    await phone.getByRole('button', { name: text('en', 'join:start'), exact: true }).click();
    const first = phone.locator('.statement').first();
    await first.locator('.scale-choice').first().getByRole('radio').nth(current).check();
    await first.locator('.scale-choice').last().getByRole('radio').nth(4).check();
    await phone.goto(`${phone.url().split('?section')[0]}?section=_summary`);
    const code = phone.getByRole('textbox', { name: text('en', 'join:handBack.code') });
    await expect(code).toHaveValue(/^1/);
    codes.push(await code.inputValue());
    expect(codes.length, `participant ${p + 1}`).toBe(p + 1);
    await context.close();
  }

  await trainer.getByLabel(text('en', 'workshop:collect.codes')).fill(codes.join('\n'));
  await trainer.getByRole('button', { name: text('en', 'workshop:collect.add') }).click();
  await expect(
    trainer.getByText(text('en', 'groupPicture:participants', { count: 5 }), { exact: true }),
  ).toBeVisible();
  // The first statement's data table: the five participants' levels, now and as their goal.
  const table = trainer.getByRole('table', { name: /^various parallel perspectives/ }).first();
  await expectLevelCounts(table, [0, 1, 2, 1, 1], [0, 0, 0, 0, 5]);
  expect(foreign).toEqual([]);
  await trainerContext.close();
});
