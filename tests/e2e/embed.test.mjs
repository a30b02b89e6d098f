// Issue 6: embedding in docs pages, events for the host page, share links, drafts, no
// secrets anywhere but the request, and a strict Content-Security-Policy.
import { test, assert, assertEqual, openApp, serveDir } from './harness.mjs';
import { set, value, previewText, fieldId, eventually, withClipboard } from './helpers.mjs';
import { apiServer } from './api-server.mjs';
import { join } from 'node:path';

/** Reloads with the chunk `file` refused: the form still shows and `says` is on screen; then
 * the network is back for it (the caller presses "Try again"). */
async function refused(context, page, file, says) {
  await context.route(`**/${file}`, (route) => route.abort());
  await page.reload();
  await page.getByText(says).waitFor();
  assert((await page.locator('.rb-form input').count()) > 0, 'the form shows');
  await context.unroute(`**/${file}`);
}

/** Holds `file` back, as a slow network would: `until` milliseconds, or until a promise settles. */
async function held(context, file, until) {
  const wait = typeof until === 'number' ? () => new Promise((r) => setTimeout(r, until)) : () => until;
  await context.route(`**/${file}`, async (route) => {
    await wait();
    await route.continue();
  });
}

/** Opens the docs demo page and waits for both widgets. */
async function docsPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url + '/docs.html');
  await page.locator('#rds-ha .rb-form').waitFor();
  await page.locator('#mq-single .rb-form').waitFor();
  return page;
}

test('two widgets on a page with a hostile stylesheet: independent and untouched by it', async ({ context, url }) => {
  const page = await docsPage(context, url);
  const rds = page.locator('#rds-ha');
  const mq = page.locator('#mq-single');
  await rds.locator('#rb1-name, [id$="-name"]').first().fill('rds-from-docs');
  const mqName = mq.locator('[id$="-name"]').first();
  await eventually(async () => (await mqName.inputValue()) !== '', 'the values attribute arrives');
  assertEqual(await mqName.inputValue(), 'docs-demo', 'the other widget keeps its own value');
  const rdsBody = JSON.parse(await rds.locator('.rb-body').innerText());
  assertEqual(rdsBody.name, 'rds-from-docs');
  // The page styles every input and button with a dotted pink border, cursive, letter-spaced divs.
  const inner = await rds.locator('input.rb-control').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { border: s.borderTopStyle, font: s.fontFamily, spacing: getComputedStyle(e.closest('div')).letterSpacing };
  });
  assert(inner.border !== 'dotted' && !inner.font.includes('cursive') && inner.spacing === 'normal', `the page's CSS reached inside: ${JSON.stringify(inner)}`);
  // And the widget's CSS does not leak out: the page's own paragraphs and body keep theirs.
  const outside = await page.evaluate(() => ({ body: getComputedStyle(document.body).fontFamily, p: getComputedStyle(document.querySelector('p')).fontSize }));
  assert(outside.body.includes('Georgia') && outside.p === '17px', `the widget's CSS leaked out: ${JSON.stringify(outside)}`);
  assertEqual(page.errors, [], 'no console errors');
});

test('attribute presets: api, mode lock, hide-submit, theme, values, compact', async ({ context, url }) => {
  const page = await docsPage(context, url);
  const rds = page.locator('#rds-ha');
  assertEqual(await rds.locator('input[type=radio]').count(), 0, 'api and mode are locked: no pickers');
  assertEqual(JSON.parse(await rds.locator('.rb-body').innerText()).datastore.type, 'MySQL');
  assert(await rds.locator('[id$="-ha__replication_mode"]').count() === 1, 'the primary/standby mode is in force');
  assert(await rds.locator('.rb-compact-layout').count() === 1, 'compact layout');
  assert(await rds.locator('.rb-send').count() === 1, 'the send panel shows');
  const mq = page.locator('#mq-single');
  assertEqual(await mq.locator('.rb-send').count(), 0, 'hide-submit hides the send panel');
  assertEqual(await mq.locator('input[name$="api"]').count(), 0, 'the api attribute locks the service');
  assert(await mq.locator('input[name$="topology"]').count() === 2, 'mode is not locked: its pickers show');
  // The values attribute is imported with the importer's chunk, a moment after the form shows.
  await eventually(async () => JSON.parse(await mq.locator('.rb-body').innerText()).name !== undefined, 'the values attribute arrives');
  const body = JSON.parse(await mq.locator('.rb-body').innerText());
  assertEqual([body.name, body.storage_space], ['docs-demo', 100], 'values attribute');
  const bg = await mq.locator('.rb-app').evaluate((e) => getComputedStyle(e).backgroundColor);
  assertEqual(bg, 'rgb(13, 17, 23)', 'theme="dark" in a light page');
});

test('with the service picker, every service\'s texts are fetched once the shown one\'s are here, so a first switch shows its hints in the render it makes; widgets with a fixed api fetch their own only', async ({ context, url }) => {
  const texts = (into) => (r) => {
    const m = new URL(r.url()).pathname.match(/texts\/([a-z-]+)\.json$/);
    if (m) into.push(m[1]);
  };
  const asked = [];
  const done = [];
  context.on('request', texts(asked));
  context.on('requestfinished', texts(done));
  const page = await openApp(context, url);
  await eventually(async () => done.length === 5, `every service's texts arrive (${done})`);
  assertEqual(asked[0], 'geminidb', 'the shown service\'s first');
  assertEqual([...asked].sort(), ['ddm', 'geminidb', 'geminidb-cassandra', 'rabbitmq', 'rds'], 'each service\'s once');
  // Read by the importer's chunk: give the last one a moment to be parsed.
  await page.waitForTimeout(300);
  // The first switch to each: by the next task its form shows its hints, and no line is held
  // for hints on their way (which would mean a second build of the form when they arrive).
  for (const api of ['ddm', 'rds', 'rabbitmq', 'geminidb-cassandra']) {
    const after = await page.evaluate(async (api) => {
      document.querySelector(`input[name="rb1-api"][value="${api}"]`).click();
      await new Promise((r) => setTimeout(r, 0));
      return { held: document.querySelectorAll('.rb-form .rb-hint[aria-hidden="true"]').length, hints: document.querySelectorAll('.rb-form .rb-hint[id$="-hint"]').length };
    }, api);
    assertEqual(after.held, 0, `${api}: no hint line held for texts on their way`);
    assert(after.hints > 0, `${api}: its hints show at once`);
  }
  assertEqual(asked.length, 5, 'nothing fetched again');
  // The docs page's two widgets have a fixed api each: their own texts only.
  const docs = [];
  const other = await context.browser().newContext();
  other.on('request', texts(docs));
  const tab = await other.newPage();
  await tab.goto(url + '/docs.html');
  await tab.locator('#rds-ha .rb-form .rb-hint[id$="-hint"]').first().waitFor();
  await tab.locator('#mq-single .rb-form .rb-hint[id$="-hint"]').first().waitFor();
  await tab.waitForTimeout(500);
  assertEqual([...docs].sort(), ['rabbitmq', 'rds'], 'the docs page fetches its two services\' texts only');
  await other.close();
});

test('a first render builds the form\'s first section, painted before the rest is built a frame later; a widget added after that builds its whole form at once', async ({ context, url }) => {
  // Seen from the page: the sections when the first input appears, at the next frame's start
  // (before it paints), and once the rest is there.
  await context.addInitScript(() => {
    window.__seen = {};
    const count = () => document.querySelectorAll('.rb-form .rb-section').length;
    const obs = new MutationObserver(() => {
      if (window.__seen.first !== undefined || !document.querySelector('.rb-form input')) return;
      window.__seen.first = count();
      requestAnimationFrame(() => { window.__seen.frame = count(); });
    });
    obs.observe(document, { subtree: true, childList: true });
  });
  const page = await openApp(context, url);
  await eventually(async () => (await page.evaluate(() => document.querySelectorAll('.rb-form .rb-section').length)) > 1, 'the rest of the form arrives');
  const seen = await page.evaluate(() => window.__seen);
  assertEqual(seen.first, 1, 'the first render builds the first section');
  assertEqual(seen.frame, 1, 'the rest waits for the frame that paints it');
  const total = await page.evaluate(() => document.querySelectorAll('.rb-form .rb-section').length);
  assert(total >= 4, `GeminiDB's form has its sections (${total})`);
  // A widget added to the page later builds every section in its first render.
  const later = await page.evaluate(async () => {
    const el = document.createElement('request-builder');
    el.setAttribute('api', 'ddm');
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.rb-form input'); i++) await new Promise((r) => setTimeout(r, 5));
    return el.shadowRoot.querySelectorAll('.rb-form .rb-section').length;
  });
  assert(later > 1, `the later widget's first render has all its sections (${later})`);
});

test('the host page receives change and send-result events', async ({ context, url }) =>
  (async () => {
    const api = await apiServer();
    try {
      const page = await docsPage(context, url);
      await page.evaluate(() => {
        window.seen = [];
        document.addEventListener('rb-change', (e) => window.seen.push({ type: 'change', target: e.target.id, ...e.detail }));
        document.addEventListener('rb-send-result', (e) => window.seen.push({ type: 'send', target: e.target.id, ok: e.detail.ok, status: e.detail.status }));
      });
      const rds = page.locator('#rds-ha');
      await rds.getByRole('button', { name: 'Fill with example values' }).click();
      await rds.locator('[id$="-name"]').first().fill('evented-1');
      const changes = await page.evaluate(() => window.seen.filter((s) => s.type === 'change'));
      const last = changes[changes.length - 1];
      assertEqual([last.target, last.api, last.mode, last.valid], ['rds-ha', 'rds', 'mysql/ha', true]);
      const body = JSON.parse(last.body);
      assertEqual(body.name, 'evented-1');
      assertEqual(body.password, '********', 'the event carries secrets masked');
      await rds.locator('[id$="-target-endpoint"]').fill(api.url);
      await rds.locator('[id$="-target-project_id"]').fill('p1');
      await rds.locator('[id$="-token"]').fill('tok-ev');
      await rds.getByRole('button', { name: 'Send request' }).click();
      await rds.locator('.rb-response').waitFor();
      const sends = await page.evaluate(() => window.seen.filter((s) => s.type === 'send'));
      assertEqual(sends, [{ type: 'send', target: 'rds-ha', ok: true, status: 202 }]);
    } finally {
      await api.close();
    }
  })());

test('a share link carries service, mode and values but no secret, and restores them', ({ browser, url }) => withClipboard(browser, url, async (context) => {
    const page = await openApp(context, url);
    await page.check('input[name="rb1-api"][value="rds"]');
    await page.check('input[name="rb1-topology"][value="ha"]');
    await set(page, 'name', 'shared-db');
    await set(page, 'password', 'Secret_Pass1');
    await set(page, 'volume.size', '120');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Copied a link').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert(!link.includes('Secret_Pass1') && !decodeURIComponent(link).includes('Secret_Pass1'), 'no password in the link');
    const other = await (await browser.newContext()).newPage();
    await other.goto(link);
    await other.waitForSelector('.rb-form');
    await other.getByText('Restored the saved service').waitFor();
    assert(await other.locator('input[name="rb1-api"][value="rds"]').isChecked(), 'service restored');
    assert(await other.locator('input[name="rb1-topology"][value="ha"]').isChecked(), 'mode restored');
    assertEqual(await value(other, 'name'), 'shared-db');
    assertEqual(await value(other, 'volume.size'), '120');
    assertEqual(await value(other, 'password'), '', 'the password is not shared');
    await other.context().close();
}));

test('a reload restores the draft; reset clears it', async ({ context, url }) => {
  const page = await openApp(context, url);
  // Untouched, the widget keeps no draft (it would say "Restored" on the next visit).
  await page.locator('.rb-send h2').waitFor();
  await page.waitForTimeout(400);
  assertEqual(await page.evaluate(() => localStorage.getItem('request-builder:draft')), null, 'no draft before anything was done');
  await page.check('input[name="rb1-api"][value="ddm"]');
  await set(page, 'instance.name', 'draft-me');
  await page.check('input[name="rb1-api"][value="rabbitmq"]');
  await set(page, 'name', 'mq-draft');
  await page.reload();
  await page.waitForSelector('.rb-form');
  // The draft is read with the importer's chunk, a moment after the form shows.
  await page.getByText('Restored the saved service').waitFor();
  assert(await page.locator('input[name="rb1-api"][value="rabbitmq"]').isChecked(), 'back on the same service');
  assertEqual(await value(page, 'name'), 'mq-draft');
  await page.check('input[name="rb1-api"][value="ddm"]');
  assertEqual(await value(page, 'instance.name'), 'draft-me', 'every service\'s values come back');
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.reload();
  await page.waitForSelector('.rb-form');
  await page.getByText('Restored the saved service').waitFor();
  assert(await page.locator('input[name="rb1-api"][value="ddm"]').isChecked());
  assertEqual(await value(page, 'instance.name'), '', 'reset cleared the draft');
});

test('a value typed before the importer\'s chunk arrives (it carries the draft\'s writer) is still saved, once the chunk is here', async ({ context, url }) => {
  // The chunk held back 1.5 s, as on a slow network.
  await held(context, 'split_import.wasm', 1500);
  const page = await openApp(context, url);
  await page.check('input[name="rb1-api"][value="rabbitmq"]');
  await set(page, 'name', 'typed-early');
  assertEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('request-builder')).length), 0, 'nothing saved without the writer');
  await eventually(async () => (await page.evaluate(() => localStorage.getItem('request-builder:draft')))?.includes('typed-early'), 'the draft is saved once the chunk is here', 5000);
  await context.unroute('**/split_import.wasm');
  await page.reload();
  await page.getByText('Restored the saved service').waitFor();
  assertEqual(await value(page, 'name'), 'typed-early');
  assertEqual(page.errors, [], 'no console error');
});

test('the UTC picker beside restore_time comes with the importer\'s chunk: until then the field is the number alone, and typing it works', async ({ context, url }) => {
  await held(context, 'split_import.wasm', 1500);
  const page = await openApp(context, url);
  await page.check('input[name="rb1-api"][value="geminidb"]');
  await page.check('input[name="rb1-restore"][value="pitr"]');
  const picker = page.locator('#' + fieldId('restore_info.restore_time') + '-utc');
  assertEqual(await picker.count(), 0, 'no picker before the chunk');
  await set(page, 'restore_info.restore_time', '1607731200000');
  await picker.waitFor({ timeout: 5000 });
  assertEqual(await picker.inputValue(), '2020-12-12T00:00', 'the picker shows the number typed meanwhile');
  await picker.fill('2020-12-12T00:00:01');
  assertEqual(await value(page, 'restore_info.restore_time'), '1607731201000');
  assertEqual(page.errors, [], 'no console error');
});

test('after a reload with a draft the widget says it is restoring until the draft is read, instead of showing a fresh form first', async ({ context, url }) => {
  const page = await openApp(context, url);
  await page.check('input[name="rb1-api"][value="rabbitmq"]');
  await set(page, 'name', 'kept-over-reload');
  await eventually(async () => (await page.evaluate(() => localStorage.getItem('request-builder:draft')))?.includes('kept-over-reload'), 'the draft is saved');
  // The reader comes with the importer's chunk: held back 1 s, as on a slow network.
  await held(context, 'split_import.wasm', 1000);
  await page.reload();
  await page.getByText('Restoring your saved form…').waitFor();
  // The fresh form shows beneath the line, dimmed and inert: nothing can be typed into it.
  assertEqual(await page.locator('.rb-parts[inert] .rb-form').count(), 1, 'the fresh form is inert meanwhile');
  assertEqual(await page.evaluate(() => { document.querySelector('#rb1-name').focus(); return document.activeElement?.id ?? ''; }), '', 'its fields take no focus');
  await page.getByText('Restored the saved service').waitFor();
  assertEqual(await value(page, 'name'), 'kept-over-reload');
  assertEqual(await page.getByText('Restoring your saved form…').count(), 0, 'the line is gone');
  await context.unroute('**/split_import.wasm');
  // A chunk that cannot load leaves the fresh form and says why.
  await refused(context, page, 'split_import.wasm', 'The tools could not be loaded (the network failed)');
  // Once the network is back, Try again brings the tools, and the draft with them.
  await page.locator('.rb-tools').getByRole('button', { name: 'Try again' }).click();
  await page.getByText('Restored the saved service').waitFor();
  assertEqual(await value(page, 'name'), 'kept-over-reload');
  await page.locator('.rb-tools:not([inert]) .rb-toolbar').waitFor();
});

test('the rules and the preview arrive in a chunk after the form: until then the form takes typing, says its checks and its preview are loading and calls nothing valid; the body then holds what was typed; a chunk that fails says so and Try again loads it', async ({ context, url }) => {
  // The rules' chunk held back 1.5 s, as on a slow network.
  let release;
  await held(context, 'split_rules.wasm', new Promise((r) => { release = r; }));
  await context.addInitScript(() => {
    window.__changes = [];
    document.addEventListener('rb-change', (e) => window.__changes.push(e.detail.valid));
  });
  const page = await openApp(context, url);
  const summary = page.locator('.rb-summary');
  await page.getByText('Loading the checks…').waitFor();
  assertEqual(await page.locator('.rb-dock span').textContent(), 'Checking…', 'the phone bar says so too');
  // A name the rules refuse (it must start with a letter), typed before they are here.
  await set(page, 'name', '9-early');
  assertEqual(await value(page, 'name'), '9-early', 'the form takes the typing meanwhile');
  assertEqual(await page.locator('.rb-preview').textContent(), 'RequestLoading the request preview…', 'the preview\'s place says it is loading');
  assertEqual(await page.locator('.rb-body').count(), 0, 'no body is shown before its writer is here');
  assertEqual(await page.locator('.rb-msg').count(), 0, 'no message before the rules ran');
  assertEqual(await page.evaluate(() => window.__changes), [], 'no rb-change calls the body valid (or invalid) before the rules ran');
  assertEqual(await page.getByRole('button', { name: 'Send request' }).count(), 0, 'no send before the checks');
  release();
  await eventually(async () => (await summary.textContent()).includes('issue'), 'the summary counts the issues once the rules are here');
  assertEqual(JSON.parse(await previewText(page)).name, '9-early', 'the body holds what was typed before it showed');
  const msg = await page.locator(`#${'rb1-name'}-msg`).textContent();
  assert(msg.length > 0, 'the early value is checked when the rules arrive');
  await eventually(async () => (await page.evaluate(() => window.__changes)).length > 0, 'the page hears the first rb-change then');
  assertEqual(await page.evaluate(() => window.__changes[0]), false, 'and it says the body is not valid');
  await context.unroute('**/split_rules.wasm');
  // A chunk that cannot load: the form stays, the summary says why, and Try again loads it.
  await refused(context, page, 'split_rules.wasm', 'The checks could not be loaded (the network failed).');
  await summary.getByRole('button', { name: 'Try again' }).click();
  await eventually(async () => /to fill|to fix/.test(await summary.textContent()), 'the checks run after Try again');
  assertEqual(page.errors.filter((e) => !/net::ERR_FAILED|split_rules|Failed to fetch/.test(e)), [], 'no console error but the refused chunk');
});

test('the tools row comes with the importer\'s chunk: until then an inert row of the same size holds its place, so the form does not move when it arrives', async ({ browser, url }) => {
  for (const width of [1200, 800, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    let release;
    await held(context, 'split_import.wasm', new Promise((r) => { release = r; }));
    const page = await openApp(context, url);
    await page.locator('.rb-parts:not([inert]) .rb-form input').first().waitFor();
    const place = () => page.evaluate(() => [document.querySelector('.rb-tools').getBoundingClientRect().height, document.querySelector('.rb-form').getBoundingClientRect().top]);
    const before = await place();
    assert(before[0] > 40, `${width}px: the row's place is held (${before[0]} px)`);
    assertEqual(await page.locator('.rb-tools[inert]').count(), 1, `${width}px: the waiting row is inert`);
    release();
    await page.locator('.rb-tools:not([inert]) .rb-toolbar').waitFor();
    await page.getByText('Start from a document example…').first().waitFor({ state: 'attached' });
    assertEqual(await place(), before, `${width}px: the form stays where it was when the tools and the examples arrive`);
    await context.close();
  }
});

test('a widget with the page\'s values shows them before it can be typed in, even when the importer\'s chunk is slow; its links to the request stay inside the page', async ({ context, url }) => {
  await held(context, 'split_import.wasm', 1500);
  const page = await context.newPage();
  await page.goto(`${url}/docs.html`);
  const mq = page.locator('request-builder[api="rabbitmq"]');
  await mq.getByText("Loading the page's values…").waitFor();
  assertEqual(await mq.locator('.rb-parts[inert] .rb-form input').count(), await mq.locator('.rb-form input').count(), 'no form to type into before the values: it is inert');
  await mq.locator('.rb-parts:not([inert]) .rb-form input').first().waitFor();
  const body = JSON.parse(await mq.evaluate((e) => e.body));
  assertEqual(body.name, 'docs-demo', 'the author\'s values');
  // "To the request" scrolls to the preview inside the shadow root; the page's URL keeps no fragment.
  await page.setViewportSize({ width: 600, height: 800 });
  await mq.locator('.rb-dock a').click();
  await page.waitForFunction(() => document.querySelector('request-builder[api="rabbitmq"]').shadowRoot.activeElement?.classList.contains('rb-preview'));
  assert(!page.url().includes('#'), `no fragment: ${page.url()}`);
});

test('no secret in the URL, localStorage, sessionStorage or console output', async ({ context, url }) => {
  const page = await openApp(context, url);
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  const PASSWORD = 'Pw_secret_9876';
  const TOKEN = 'token-secret-5432';
  await page.check('input[name="rb1-api"][value="rds"]');
  await page.getByRole('button', { name: 'Fill with example values' }).click();
  await set(page, 'password', PASSWORD);
  await page.fill('#rb1-token', TOKEN);
  await page.getByRole('button', { name: 'Copy (password masked)', exact: true }).click();
  await page.check('input[name="rb1-api"][value="ddm"]');
  await set(page, 'instance.admin_user_password', 'Adm_secret_1?');
  await page.waitForTimeout(300);
  const stored = await page.evaluate(() => {
    const all = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k)).join('\n');
    return { local: all(localStorage), session: all(sessionStorage), url: location.href };
  });
  assert(stored.local.includes('request-builder'), 'a draft was saved (so the check means something)');
  for (const secret of [PASSWORD, TOKEN, 'Adm_secret_1?']) {
    for (const [where, text] of [['URL', stored.url], ['localStorage', stored.local], ['sessionStorage', stored.session], ['console', logs.join('\n')]]) {
      assert(!text.includes(secret), `${secret} found in ${where}`);
    }
  }
});

test('under a strict CSP (script-src self wasm-unsafe-eval) both pages work with no violations', async ({ browser, root }) => {
  const csp = {
    '/': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'",
    '/index.html': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'",
    // The demo docs page has its own inline <style>, as docs sites do; scripts stay strict.
    '/docs.html': "script-src 'self' 'wasm-unsafe-eval'",
  };
  const { server, url } = await serveDir(join(root, 'dist'), (path) => (csp[path] ? { 'content-security-policy': csp[path] } : {}));
  const context = await browser.newContext();
  try {
    for (const path of ['/', '/docs.html']) {
      const page = await context.newPage();
      const messages = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
      await page.goto(url + path);
      await page.locator('.rb-form').first().waitFor({ timeout: 15000 });
      const name = page.locator('[id$="-name"]').first();
      await name.fill('csp-ok');
      assert((await page.locator('.rb-body').first().innerText()).includes('"name": "csp-ok"'), `${path}: the widget works`);
      const violations = messages.filter((m) => /Content Security Policy|CSP/i.test(m) || m.startsWith('error'));
      assertEqual(violations, [], `${path}: console`);
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
});
