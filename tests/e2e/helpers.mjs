// Helpers for driving the widget the way a person does: by its labels, ids and buttons.
import { assert } from './harness.mjs';

/** The element id the widget gives a field path (src/ui/mod.rs `dom_id`). */
export function fieldId(path, prefix = 'rb1-') {
  return prefix + path.replaceAll('.', '__').replaceAll('[', '_').replaceAll(']', '');
}

/** Picks a choice on an axis ("api", "engine", "topology", ...). */
export async function pick(page, axis, value, prefix = 'rb1-') {
  await page.check(`input[name="${prefix}${axis}"][value="${value}"]`);
}

/** Sets a field as a user would: types into inputs, chooses in selects, flips toggles. */
export async function set(page, path, value, { blur = true, prefix = 'rb1-' } = {}) {
  const sel = '#' + fieldId(path, prefix);
  const el = page.locator(sel);
  await el.waitFor({ state: 'attached', timeout: 5000 });
  const tag = await el.evaluate((e) => e.tagName.toLowerCase());
  const role = await el.getAttribute('role');
  if (await el.evaluate((e) => e.readOnly)) {
    // A field with one allowed value shows it, fixed: nothing to type, only to check.
    assert((await el.inputValue()) === value, `${path} is fixed to ${await el.inputValue()}, not ${value}`);
  } else if (tag === 'select') {
    await el.selectOption(value);
  } else if (role === 'switch') {
    for (let i = 0; i < 2 && (await el.getAttribute('aria-checked')) !== String(value === 'true'); i++) await el.click();
    assert((await el.getAttribute('aria-checked')) === String(value === 'true'), `${path} toggle`);
  } else {
    await el.fill(value);
  }
  if (blur) await el.evaluate((e) => e.blur());
}

export async function value(page, path, prefix = 'rb1-') {
  return page.locator('#' + fieldId(path, prefix)).inputValue();
}

/** The message shown under a field, or null. */
export async function message(page, path, prefix = 'rb1-') {
  const box = page.locator(`#${fieldId(path, prefix)}-msg`);
  return (await box.count()) ? (await box.innerText()).trim() : null;
}

/** Shows secrets, then reads the preview's JSON text. */
export async function previewText(page, { reveal = true } = {}) {
  const btn = page.getByRole('button', { name: 'Reveal secrets' });
  if (reveal && (await btn.count())) await btn.click();
  return (await page.locator('.rb-body').innerText()).trim();
}

export async function preview(page) {
  return JSON.parse(await previewText(page));
}

/** Clicks "Add row" / "Add entry" of an array group. */
export async function addRow(page, label) {
  await page.getByRole('button', { name: new RegExp(`^Add (row|entry) to ${label}$`) }).click();
}

/** Waits until `check()` is true (polling every 50 ms): for state that arrives with a chunk of
 * wasm after the form shows (a restored draft, a page's `values`). */
export async function eventually(check, what, ms = 15000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `fn(context)` in a fresh browser context that may read and write the clipboard on
 * `url`'s origin (the copy buttons' tests read what was copied), and closes it after. */
export async function withClipboard(browser, url, fn) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}
