// Issue 4: accessibility (axe-core, light and dark), screenshots at two widths, hostile
// text stays inert, and the bundle stays within its size budget.
import { test, assert, assertEqual, openApp, serveDir } from './harness.mjs';
import { transfer } from './transfer.mjs';
import { pick, set, value, previewText, message, fieldId } from './helpers.mjs';
import { bundleSizes, WIDGET } from './size.mjs';
import { join } from 'node:path';

const APIS = ['geminidb', 'geminidb-cassandra', 'ddm', 'rds', 'rabbitmq'];

async function axe(page, root) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// Issue 11: the docs page with several widgets has no duplicate or unnamed landmarks.
for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on the docs page with several widgets (${scheme})`, async ({ browser, url, root }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/docs.html`);
      for (const id of ['rds-ha', 'mq-single']) await page.locator(`request-builder#${id} .rb-parts:not([inert]) .rb-form input`).first().waitFor();
      assertEqual(await axe(page, root), [], 'violations');
    } finally {
      await context.close();
    }
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on any API's form (${scheme})`, async ({ browser, url, root }) => {
    const context = await browser.newContext({ colorScheme: scheme });
    try {
      const page = await openApp(context, url);
      const all = [];
      for (const api of APIS) {
        await pick(page, 'api', api);
        all.push(...(await axe(page, root)).map((v) => `${api}: ${v}`));
        // Again with every message showing (after an attempt to copy) and the help open.
        await page.getByRole('button', { name: 'Copy', exact: true }).click();
        await page.locator('.rb-help-toggle').first().click();
        all.push(...(await axe(page, root)).map((v) => `${api} (messages shown): ${v}`));
      }
      assert(all.length === 0, `violations:\n${all.join('\n')}`);
    } finally {
      await context.close();
    }
  });
}

test('screenshots of every API at 1280x800 and 375x800', async ({ browser, url, artifacts }) => {
  for (const [w, h] of [[1280, 800], [375, 800]]) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await openApp(context, url);
    for (const api of APIS) {
      await pick(page, 'api', api);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifacts, `${api}-${w}x${h}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 0, `${api} at ${w}px scrolls sideways by ${overflow}px`);
    }
    await context.close();
  }
});

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  `quote " and 'single' and \\ backslash \\" mixed`,
  '\u202Eright-to-left override \u05E9\u05DC\u05D5\u05DD',
  'emoji 😀👩‍💻 and zero\u200Bwidth',
  '</script><script>alert(2)</script>',
];

test('hostile text stays inert in the field, its message and the preview', async ({ context, url }) => {
  const page = await openApp(context, url);
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await pick(page, 'api', 'rabbitmq');
  for (const text of HOSTILE) {
    await set(page, 'name', text);
    await set(page, 'description', text);
    assertEqual(await value(page, 'name'), text, 'the field holds the text as typed');
    const msg = await message(page, 'name');
    assert(msg && msg.includes('can contain only'), `the name's message shows: ${msg}`);
    const body = JSON.parse(await previewText(page));
    assertEqual(body.name, text, 'the preview carries it, escaped');
    assertEqual(body.description, text, 'the description too');
  }
  const long = 'x'.repeat(10000);
  const started = Date.now();
  await set(page, 'vpc_id', long);
  await set(page, 'name', '<b>' + long);
  assertEqual((await value(page, 'vpc_id')).length, 10000);
  const msg = await message(page, 'name');
  assert(msg.includes('it has 10003'), `the length message counts: ${msg.slice(0, 120)}`);
  assert(msg.length < 400, 'the message does not repeat the whole value');
  assertEqual(JSON.parse(await previewText(page)).vpc_id.length, 10000);
  // Still responsive: a click answers.
  await pick(page, 'topology', 'cluster');
  assert(await page.locator('input[name="rb1-topology"][value="cluster"]').isChecked(), 'the page still answers');
  assert(Date.now() - started < 30000, 'no hang');
  assertEqual(await page.locator('.rb-app img, .rb-app script, .rb-app b').count(), 0, 'no markup was created from the text');
  assertEqual(dialogs, 0, 'no script ran');
});

test('the widget\'s files before its form is usable are at most 100 KB gzip -9, the one-API page transfers at most 100 KB and the five-API page at most 140 KB (issue 13\'s budgets) before their forms are usable; the chunks (the rules among them) and texts load after the form shows', async ({ browser, root }) => {
  const dist = join(root, 'dist');
  const { files, widget, chunks } = bundleSizes(dist);
  for (const name of WIDGET) assert(files.some((f) => f.file === name), `${name} is in dist/`);
  for (const name of ['split_import.wasm', 'split_send.wasm', 'split_rules.wasm']) assert(chunks.some((c) => c.file === name), `the wasm is split: ${name}`);
  assert(widget.gzip <= 100 * 1024, `the files before the form are ${(widget.gzip / 1024).toFixed(1)} KB gzip (at most 100 KB)`);
  // Measured as the browser loads the pages: what it requests until every form shows an input.
  const bench = join(root, 'bench');
  const { server, url } = await serveDir(dist, () => ({}), [bench]);
  try {
    // The benchmark prints the same figures beside the budgets.
    const budget = { 'rds.html': 100, 'five.html': 140 };
    for (const page of ['rds.html', 'five.html']) {
      const t = await transfer(browser, url, [dist, bench], page);
      assert(!t.files.some((f) => /(split|chunk)_|texts\//.test(f.file)), `${page}: no chunk and no texts were needed for the form (${t.files.map((f) => f.file)})`);
      assert(t.gzip <= budget[page] * 1024, `${page} transfers ${(t.gzip / 1024).toFixed(1)} KB gzip before its forms are usable (at most ${budget[page]} KB)`);
    }
    // Then the chunks arrive: the send panel replaces its loading line.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${url}/rds.html`);
    const send = tab.locator('request-builder .rb-send h2');
    await send.waitFor({ timeout: 15000 });
    assertEqual(await send.textContent(), 'Send');
    // And the rules: the summary stands where "Loading the checks…" was.
    await tab.locator('request-builder section.rb-summary').waitFor({ timeout: 15000 });
    assertEqual(await tab.getByText('Loading the checks…').count(), 0, 'the checks\' loading line is gone');
    await context.close();
  } finally {
    server.close();
  }
});
