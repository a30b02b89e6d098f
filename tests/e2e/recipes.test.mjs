// Issue 12: the npm package as a plain HTML site uses it: built from dist/ by
// tools/package.mjs, npm-installed from its tarball, served from node_modules with the SRI
// hashes the package publishes, two widgets, a theme switch, away and back.
import { test, assert, assertEqual, serveDir } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('recipe, plain HTML: the npm package installed from its tarball, loaded with SRI, two widgets, theme switch, away and back, no console error', async ({ browser, root }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-recipe-'));
  execFileSync('node', [join(root, 'tools', 'package.mjs'), join(root, 'dist'), join(dir, 'npm')], { stdio: 'pipe' });
  const version = JSON.parse(readFileSync(join(dir, 'npm', 'package.json'), 'utf8')).version;
  const site = join(dir, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), '{"name": "site", "private": true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, `request-builder-${version}.tgz`)], { cwd: site, stdio: 'pipe' });
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
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    const both = async () => {
      await page.locator('#one .rb-form input').first().waitFor();
      await page.locator('#two .rb-form input').first().waitFor();
    };
    await page.goto(`${url}/index.html`);
    await both();
    await page.locator('#one .rb-send h2').waitFor();
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
    await both();
    assertEqual(await page.locator('request-builder .rb-app').count(), 2, 'two widgets, once each');
    assertEqual(errors, [], 'no console error');
  } finally {
    await context.close();
    server.close();
  }
});
