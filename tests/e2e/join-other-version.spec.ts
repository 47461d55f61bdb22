// Issue 17, item 5: a join link that carries its framework in another version
// names that framework by its title and says both versions in words.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadFramework } from '../../src/domain/framework/loader.ts';
import { createExercise } from '../../src/domain/workshop/exercise.ts';
import { encodeJoin } from '../../src/domain/workshop/joinLink.ts';
import { text } from './helpers.ts';

test('a carried framework of another version is named by its title, with both versions', async ({ page }) => {
  const yaml = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
  const loaded = loadFramework(yaml, 'minimal.yaml');
  if (!loaded.ok) throw new Error('fixture');
  const fw = loaded.framework;
  // The exercise was made with a later version than the file the link carries.
  const exercise = createExercise(
    {
      frameworkId: fw.id,
      frameworkVersion: `${fw.version}-later`,
      sections: [],
      level: null,
      language: 'en',
      title: 'Morning session',
      instructions: '',
    },
    Date.now(),
  );
  const { param, withFramework } = await encodeJoin(exercise, yaml);
  expect(withFramework).toBe(true);
  await page.goto(`./?lng=en#/join?x=${param}`);
  const reason = text('en', 'join:frameworkMissing.otherVersion', {
    title: 'A minimal framework',
    version: fw.version,
    wanted: `${fw.version}-later`,
  });
  await expect(page.getByText(text('en', 'join:frameworkMissing.invalid', { reason }))).toBeVisible();
  await expect(page.getByText(`${fw.id} ${fw.version}`, { exact: false })).toHaveCount(0);
});
