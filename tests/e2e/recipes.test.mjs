// Issue 12: the npm package as docs sites use it, each built from its real packages: a plain
// HTML site (served from node_modules with the SRI hashes the package publishes), a React site
// built with Vite, and an MkDocs Material site. Each has two widgets, switches theme, goes away
// and back, and shows no console error; the widgets it leaves are freed.
import { test, assert, assertEqual, serveDir } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const quiet = { stdio: 'pipe' };

/** The package built from dist/ into a fresh folder: its tarball's path. */
function pack(root, dir) {
  execFileSync('node', [join(root, 'tools', 'package.mjs'), join(root, 'dist'), join(dir, 'npm')], quiet);
  const version = JSON.parse(readFileSync(join(dir, 'npm', 'package.json'), 'utf8')).version;
  return join(dir, `request-builder-${version}.tgz`);
}

/** Records console errors, page errors and failed responses. */
function watch(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  return errors;
}

/** Both widgets (#one, #two) show inputs; #one's texts and send panel (a chunk) arrived. */
async function usable(page) {
  await page.locator('#one .rb-parts:not([inert]) .rb-form input').first().waitFor();
  await page.locator('#two .rb-parts:not([inert]) .rb-form input').first().waitFor();
  await page.locator('#one .rb-send h2').waitFor();
  await page.locator('#one .rb-help-toggle').first().click();
  const help = page.locator('#one .rb-help p').first();
  await page.waitForFunction((el) => !el.textContent.includes('Loading help'), await help.elementHandle());
  assert(!(await help.textContent()).includes('could not be loaded'), `the help text loads: ${await help.textContent()}`);
}

/** Opens a fresh context on the site `server` serves, runs `visit(page, errors)`, then closes
 * the context and the server, pass or fail. */
async function onSite(browser, server, visit) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await visit(page, watch(page));
  } finally {
    await context.close();
    server.close();
  }
}

/** Keeps the page's widgets, to ask after leaving whether each was freed. */
const keep = (page) => page.evaluate(() => (window.__left = [...document.querySelectorAll('request-builder')]).length);
const freed = (page) => page.evaluate(() => window.__left.map((el) => !el.isConnected && el.widget === null && el.shadowRoot.childElementCount === 0));

test('recipe, plain HTML: the npm package installed from its tarball, loaded with SRI, two widgets, theme switch, away and back, no console error', async ({ browser, root }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-recipe-'));
  const tarball = pack(root, dir);
  const site = join(dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), '{"name": "site", "private": true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: site, ...quiet });
  const pkg = join(site, 'node_modules', 'request-builder');
  const sri = JSON.parse(readFileSync(join(pkg, 'integrity.json'), 'utf8'));
  for (const f of ['request-builder.js', 'widget.js', '__wasm_split.js', 'widget_bg.wasm', 'split_send.wasm', 'split_import.wasm', 'style.css', 'texts/rds.json']) {
    assert(sri[f]?.startsWith('sha384-'), `integrity.json has ${f}`);
  }
  const base = 'node_modules/request-builder';
  writeFileSync(join(site, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'">
<link rel="modulepreload" href="${base}/widget.js" integrity="${sri['widget.js']}">
<link rel="modulepreload" href="${base}/__wasm_split.js" integrity="${sri['__wasm_split.js']}">
<script type="module" src="${base}/request-builder.js" integrity="${sri['request-builder.js']}"></script>
</head><body><main><h1>API docs</h1>
<request-builder id="one" api="rds" mode="mysql/single"></request-builder>
<request-builder id="two" api="rabbitmq" hide-submit></request-builder>
<a id="away" href="other.html">Next page</a></main></body></html>
`);
  writeFileSync(join(site, 'favicon.ico'), '');
  writeFileSync(join(site, 'other.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title></head><body><main><p>Another page.</p></main></body></html>\n');
  const { server, url } = await serveDir(site);
  await onSite(browser, server, async (page, errors) => {
    await page.goto(`${url}/index.html`);
    await usable(page);
    await page.locator('#one [id$="-name"]').first().fill('from-npm');
    assertEqual(JSON.parse(await page.locator('#one').evaluate((e) => e.body)).name, 'from-npm');
    for (const theme of ['dark', 'light']) {
      await page.evaluate((t) => document.querySelectorAll('request-builder').forEach((e) => e.setAttribute('theme', t)), theme);
      await page.locator(`#one .rb-app.rb-${theme}`).waitFor();
      await page.locator(`#two .rb-app.rb-${theme}`).waitFor();
    }
    await page.click('#away');
    await page.waitForURL('**/other.html');
    await page.goBack();
    await usable(page);
    assertEqual(await page.locator('request-builder .rb-app').count(), 2, 'two widgets, once each');
    assertEqual(errors, [], 'no console error');
  });
});

test('recipe, React (Vite): `import "request-builder"` in a Vite build, two widgets in React, theme from React state, client-side away and back five times, every widget left freed, no console error', async ({ browser, root }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-recipe-vite-'));
  const tarball = pack(root, dir);
  const site = join(dir, 'site');
  // The recipe as committed (its own lockfile pins React and Vite), then the package from its tarball.
  cpSync(join(root, 'tests', 'recipes', 'vite'), site, { recursive: true, filter: (p) => !/[\\/](node_modules|dist)$/.test(p) });
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: site, ...quiet });
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: site, ...quiet });
  execFileSync(join(site, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: site, ...quiet });
  const { server, url } = await serveDir(join(site, 'dist'));
  await onSite(browser, server, async (page, errors) => {
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${url}/`);
    await usable(page);
    // Vite copied and renamed the package's files: they come from its assets folder.
    for (const f of ['widget_bg', 'split_send', 'style', 'rds']) assert(fetched.some((p) => p.startsWith('/assets/') && p.includes(f)), `${f} from Vite's assets: ${fetched}`);
    // Both status lines leave "Loading…" without a keystroke (the first rb-change may come
    // before React's effect listens; the recipe starts from the element's properties).
    await page.locator('.status[data-for="one"]', { hasText: 'The body has issues.' }).waitFor();
    await page.locator('.status[data-for="two"]', { hasText: 'The body has issues.' }).waitFor();
    await page.locator('#one [id$="-name"]').first().fill('from-react');
    assertEqual(JSON.parse(await page.locator('#one').evaluate((e) => e.body)).name, 'from-react');
    await page.click('#theme');
    await page.locator('#one .rb-app.rb-dark').waitFor();
    await page.locator('#two .rb-app.rb-dark').waitFor();
    await page.evaluate(() => (window.__stayed = true));
    for (let i = 0; i < 5; i++) {
      assertEqual(await keep(page), 2, 'two widgets on the page');
      await page.click('#away');
      await page.locator('#other').waitFor();
      assertEqual(await freed(page), [true, true], `round ${i + 1}: the widgets left behind are freed`);
      await page.goBack();
      await page.locator('#one .rb-parts:not([inert]) .rb-form input').first().waitFor();
      await page.locator('#two .rb-parts:not([inert]) .rb-form input').first().waitFor();
      await page.locator('#two .rb-app.rb-dark').waitFor();
    }
    assert(await page.evaluate(() => window.__stayed), 'the navigation stayed on the client');
    assertEqual(await page.locator('request-builder .rb-app').count(), 2, 'two widgets, once each');
    await usable(page);
    assertEqual(errors, [], 'no console error');
  });
});

test('recipe, MkDocs Material: the package copied into docs/, two widgets, Material\'s palette toggle followed, instant navigation away and back, every widget left freed, no console error', async ({ browser, root }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-recipe-mkdocs-'));
  const tarball = pack(root, dir);
  const site = join(dir, 'site');
  cpSync(join(root, 'tests', 'recipes', 'mkdocs'), site, { recursive: true, filter: (p) => !/[\\/](site|request-builder)$/.test(p) });
  // The files as a site takes them from npm: installed, then copied beside the pages.
  writeFileSync(join(site, 'package.json'), '{"name": "docs", "private": true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: site, ...quiet });
  // The widget's files only: the package's README.md would become a page of the site.
  cpSync(join(site, 'node_modules', 'request-builder'), join(site, 'docs', 'request-builder'), { recursive: true, filter: (p) => !/(README\.md|package\.json)$/.test(p) });
  // Served first: the site is built for the address it is served at (Material's instant
  // navigation follows only links its sitemap lists, port included).
  const { server, url } = await serveDir(join(site, 'site'));
  const config = join(site, 'mkdocs.yml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^site_url: .*$/m, `site_url: ${url}/`));
  execFileSync('python3', ['-m', 'mkdocs', 'build', '--quiet', '--site-dir', join(site, 'site')], { cwd: site, ...quiet, env: { ...process.env, NO_MKDOCS_2_WARNING: '1' } });
  await onSite(browser, server, async (page, errors) => {
    await page.goto(`${url}/`);
    await usable(page);
    assertEqual(await page.locator('request-builder .rb-app.rb-light').count(), 2, 'both light, as the page');
    // Material's own toggle: data-md-color-scheme="slate" on <body>.
    await page.locator('label[for="__palette_1"]').click();
    await page.locator('#one .rb-app.rb-dark').waitFor();
    await page.locator('#two .rb-app.rb-dark').waitFor();
    await page.evaluate(() => (window.__stayed = true));
    for (let i = 0; i < 3; i++) {
      assertEqual(await keep(page), 2, 'two widgets on the page');
      await page.locator('a.md-nav__link', { hasText: 'Another page' }).first().click();
      await page.locator('h1', { hasText: 'Another page' }).waitFor();
      await page.waitForFunction(() => window.__left.every((el) => el.widget === null));
      assertEqual(await freed(page), [true, true], `round ${i + 1}: the widgets left behind are freed`);
      await page.locator('a.md-nav__link', { hasText: 'Examples' }).first().click();
      await page.locator('#one .rb-parts:not([inert]) .rb-form input').first().waitFor();
      await page.locator('#two .rb-app.rb-dark').waitFor();
    }
    assert(await page.evaluate(() => window.__stayed), 'instant navigation stayed on the client');
    // "Jump to the request" scrolls inside the widget; Material does not take it for a page load.
    await page.setViewportSize({ width: 700, height: 700 });
    const jump = page.locator('#one .rb-jump');
    await jump.click();
    await page.waitForFunction(() => document.querySelector('#one').shadowRoot.activeElement?.classList.contains('rb-preview'));
    assert(await page.evaluate(() => window.__stayed), 'the jump did not reload the page');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('label[for="__palette_0"]').click();
    await page.locator('#one .rb-app.rb-light').waitFor();
    await usable(page);
    assertEqual(errors, [], 'no console error');
  });
});
