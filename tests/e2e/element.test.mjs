// Issue 12: the custom element as frameworks use it: attributes that change after mounting,
// removal and re-insertion, and the properties and methods scripts use.
import { test, assert, assertEqual } from './harness.mjs';

/** A blank page (the docs page's scripts) with one <request-builder id="w"> added by script. */
async function withElement(context, url, attrs) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url + '/docs.html');
  await page.evaluate((attrs) => {
    for (const old of document.querySelectorAll('request-builder')) old.remove();
    const el = document.createElement('request-builder');
    el.id = 'w';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
  }, attrs);
  await page.locator('#w .rb-parts:not([inert]) .rb-form input').first().waitFor();
  return page;
}

const name = (page) => page.locator('#w [id$="-name"]').first();

test('attributes changed after mounting take effect: api, mode, theme, values, hide-submit', async ({ context, url }) => {
  const page = await withElement(context, url, { api: 'rds', mode: 'mysql/single' });
  const el = page.locator('#w');
  await name(page).fill('typed-first');
  // theme: the widget follows, and what was typed stays.
  await el.evaluate((e) => e.setAttribute('theme', 'dark'));
  await page.locator('#w .rb-app.rb-dark').waitFor();
  assertEqual(await name(page).inputValue(), 'typed-first', 'a theme change keeps the values');
  // mode: primary/standby, as a wrapper would set it.
  await el.evaluate((e) => e.setAttribute('mode', 'postgresql/ha'));
  await page.waitForFunction(() => JSON.parse(document.querySelector('#w').body || '{}').datastore?.type === 'PostgreSQL');
  assert(JSON.parse(await el.evaluate((e) => e.body)).ha, 'the body is primary/standby');
  // values: the body the page gives now.
  await el.evaluate((e) => e.setAttribute('values', JSON.stringify({ name: 'from-the-attribute' })));
  await page.waitForFunction(() => JSON.parse(document.querySelector('#w').body || '{}').name === 'from-the-attribute');
  assertEqual(await name(page).inputValue(), 'from-the-attribute');
  // hide-submit: the send panel goes, and comes back.
  await page.locator('#w .rb-send h2').waitFor();
  await el.evaluate((e) => e.setAttribute('hide-submit', ''));
  await page.locator('#w .rb-send').waitFor({ state: 'detached' });
  await el.evaluate((e) => e.removeAttribute('hide-submit'));
  await page.locator('#w .rb-send h2').waitFor();
  // api: another service.
  await el.evaluate((e) => e.setAttribute('api', 'rabbitmq'));
  await page.waitForFunction(() => JSON.parse(document.querySelector('#w').body || '{}').engine === 'rabbitmq');
  assert((await page.locator('#w .rb-sub').innerText()).includes('RabbitMQ'), await page.locator('#w .rb-sub').innerText());
  assertEqual(page.errors, [], 'no console errors');
});

test('removing the element frees its widget; putting it back (SPA navigation) mounts a fresh one, with nothing left behind', async ({ context, url }) => {
  const page = await withElement(context, url, { api: 'rds' });
  await page.evaluate(() => {
    window.__rbChanges = 0;
    document.addEventListener('rb-change', () => window.__rbChanges++);
  });
  // Twenty navigations away and back, as a client-side router does.
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => {
      const el = document.querySelector('#w');
      window.__rbKept = el;
      el.remove();
    });
    await page.waitForFunction(() => window.__rbKept.shadowRoot.childElementCount === 0);
    await page.evaluate(() => document.body.append(window.__rbKept));
    await page.locator('#w .rb-parts:not([inert]) .rb-form input').first().waitFor();
  }
  assertEqual(await page.locator('request-builder').count(), 1);
  assertEqual(await page.locator('#w .rb-app').count(), 1, 'one widget inside, not twenty');
  // A removed widget is gone: typing into the live one raises one change per key, no more.
  const before = await page.evaluate(() => window.__rbChanges);
  await name(page).fill('x');
  await page.waitForTimeout(200);
  const after = await page.evaluate(() => window.__rbChanges);
  assertEqual(after - before, 1, 'only the live widget reports the change');
  // Moved within the page (removed and put back in one task): it keeps what was typed.
  await page.evaluate(() => {
    const el = document.querySelector('#w');
    document.body.prepend(el);
  });
  assertEqual(await name(page).inputValue(), 'x', 'a move is not a removal');
  assertEqual(page.errors, [], 'no console errors');
});

test('scripts read .body, .valid and .issues, and call .reset() and .load(json)', async ({ context, url }) => {
  const page = await withElement(context, url, { api: 'rds', mode: 'mysql/single' });
  const el = page.locator('#w');
  await page.waitForFunction(() => document.querySelector('#w').valid !== undefined);
  assertEqual(await el.evaluate((e) => e.valid), false);
  const issues = await el.evaluate((e) => e.issues);
  assert(Array.isArray(issues) && issues.some((i) => i.startsWith('name: ')), JSON.stringify(issues));
  await el.evaluate((e) => e.load({ name: 'loaded-by-script', datastore: { type: 'PostgreSQL', version: '16' } }));
  await page.waitForFunction(() => JSON.parse(document.querySelector('#w').body).name === 'loaded-by-script');
  assertEqual(await name(page).inputValue(), 'loaded-by-script');
  assertEqual(JSON.parse(await el.evaluate((e) => e.body)).datastore.type, 'PostgreSQL', 'the mode follows the body');
  assert(!(await el.evaluate((e) => e.issues)).some((i) => i.startsWith('name: ')), 'the name is no longer reported');
  await el.evaluate((e) => e.reset());
  await page.waitForFunction(() => !JSON.parse(document.querySelector('#w').body).name);
  assertEqual(await name(page).inputValue(), '');
  assertEqual(page.errors, [], 'no console errors');
});

test('follow-page-theme: the widget follows data-theme or class="dark" on <html>, only when the author opts in', async ({ context, url }) => {
  const page = await withElement(context, url, { api: 'rds', 'follow-page-theme': '' });
  await page.evaluate(() => {
    const other = document.createElement('request-builder');
    other.id = 'plain';
    other.setAttribute('api', 'ddm');
    document.body.append(other);
  });
  await page.locator('#plain .rb-parts:not([inert]) .rb-form input').first().waitFor();
  const themes = () => page.evaluate(() => ['#w', '#plain'].map((id) => document.querySelector(id).shadowRoot.querySelector('.rb-app').className.match(/rb-(dark|light)\b/)?.[1] ?? 'auto'));
  assertEqual(await themes(), ['auto', 'auto']);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.rb-app.rb-dark'));
  assertEqual(await themes(), ['dark', 'auto'], 'only the widget that opted in follows');
  await page.evaluate(() => {
    delete document.documentElement.dataset.theme;
    document.documentElement.className = 'light';
  });
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.rb-app.rb-light'));
  // An explicit theme wins over the page's.
  await page.locator('#w').evaluate((e) => e.setAttribute('theme', 'dark'));
  await page.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('.rb-app.rb-dark'));
  assertEqual(page.errors, [], 'no console errors');
});

test('styling hooks: the tokens are custom properties a page sets through ::part(app); the main parts are exposed', async ({ context, url }) => {
  const page = await withElement(context, url, { api: 'rds' });
  await page.locator('#w .rb-send h2').waitFor();
  const parts = await page.evaluate(() => [...document.querySelector('#w').shadowRoot.querySelectorAll('[part]')].map((e) => e.getAttribute('part')));
  for (const p of ['app', 'form', 'summary', 'preview', 'send']) assert(parts.includes(p), `part ${p} in ${parts}`);
  await page.addStyleTag({ content: 'request-builder::part(app) { --rb-accent: rgb(200, 0, 100); --rb-radius: 0px; --rb-font: monospace; } request-builder::part(preview) { outline: 3px solid rgb(1, 2, 3); }' });
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#w').shadowRoot;
    const button = getComputedStyle(root.querySelector('.rb-btn.rb-primary, .rb-chip[aria-checked="true"], .rb-btn'));
    return {
      radius: button.borderTopLeftRadius,
      font: getComputedStyle(root.querySelector('.rb-app')).fontFamily,
      accent: getComputedStyle(root.querySelector('.rb-app')).getPropertyValue('--rb-accent').trim(),
      outline: getComputedStyle(root.querySelector('.rb-preview')).outlineColor,
    };
  });
  assertEqual(seen.accent, 'rgb(200, 0, 100)');
  assertEqual(seen.radius, '0px');
  assertEqual(seen.font, 'monospace');
  assertEqual(seen.outline, 'rgb(1, 2, 3)');
});
