import { test, assert, openApp } from './harness.mjs';

test('the page loads with no console errors', async ({ context, url }) => {
  const page = await openApp(context, url);
  assert((await page.title()).includes('Request builder'), 'title');
  assert(await page.getByRole('form').count() >= 1, 'a form area is rendered (a named form landmark)');
  await page.waitForTimeout(200);
  assert(page.errors.length === 0, `console errors: ${page.errors.join(' | ')}`);
});
