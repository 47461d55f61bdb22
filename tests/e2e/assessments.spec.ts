import { expect, test } from '@playwright/test';
import { startAssessment, text } from './helpers.ts';

test('the list of assessments: open, rename, rate again, delete with confirmation and undo', async ({
  page,
}) => {
  await startAssessment(page, 'framework=guidance-competences&sections=C3.1');
  const k1 = page.locator('#statement-C3\\.1-k1');
  await k1
    .getByRole('group', { name: /Now/ })
    .getByRole('radio', { name: '2 Can do it with support' })
    .click();
  await k1
    .getByRole('group', { name: /Goal/ })
    .getByRole('radio', { name: '4 Can support colleagues in it' })
    .click();
  await page.getByRole('link', { name: 'My assessments' }).click();

  const first = page
    .getByRole('listitem')
    .filter({ hasText: 'Competence descriptions for career professionals' });
  await expect(first).toContainText('1 of 16');
  await first.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel(text('en', 'assessments:newTitle')).fill('Networking, spring');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Networking, spring' })).toBeVisible();

  await page.getByRole('button', { name: 'Rate again: Networking, spring' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Competence descriptions for career professionals, / }),
  ).toBeVisible();
  await expect(page.locator('input[name="C3.1-k1-target"]:checked')).toHaveValue('4');
  await expect(page.locator('input[name="C3.1-k1-current"]:checked')).toHaveCount(0);

  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByText('2 assessments')).toBeVisible();
  await expect(page.getByText('Follow-up of “Networking, spring”')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Networking, spring', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: text('en', 'assessments:confirmHeading') });
  await expect(dialog).toBeVisible();
  // Without a plan, the follow-up still shows its levels as the earlier ones: the dialog says they go too.
  await expect(dialog).toContainText(
    'Its levels also show in “Competence descriptions for career professionals, ',
  );
  await expect(dialog).toContainText('where you rated it again, as the earlier levels to compare with');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('2 assessments')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Networking, spring', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('1 assessment', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('2 assessments')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Networking, spring', exact: true }),
  ).toBeVisible();
});
