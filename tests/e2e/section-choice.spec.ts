// A section choice at 320 and 360 px: each section's statement count stays inside
// its box, on a line of its own where the title leaves no room (it stuck out in nb).
import { expect, test } from '@playwright/test';
import { text } from './helpers.ts';

for (const width of [320, 360])
  test(`at ${width} px every section's count stays inside the section choice (nb)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?lng=nb#/assess/new?framework=guidance-competences&lng=nb');
    const group = page.getByRole('group', { name: text('nb', 'start:sections') });
    await expect(group.getByRole('checkbox')).toHaveCount(2);
    const box = await group.boundingBox();
    const counts = group.locator('label .muted');
    await expect(counts).toHaveCount(2);
    for (const count of await counts.all()) {
      const edge = await count.boundingBox();
      expect(box && edge && edge.x + edge.width).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
    }
  });
