// What a page transfers before its form is usable: every file the browser requests from the
// moment it navigates until each <request-builder> on the page shows an input, each counted at
// its gzip -9 size (the budgets' measure; the test server itself sends files uncompressed).
// The moment is taken in the page (checked on every animation frame) and compared with each
// file's Resource Timing start: Playwright's own polling sees it tens of milliseconds late,
// after the chunks that load once the form is painted have started.
// The e2e size test and the benchmark both use it, on bench/rds.html (one API) and
// bench/five.html (all five).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip9 } from './size.mjs';

/** Resolves when every widget on the page has rendered an input (inside its shadow root) that
 * takes typing (not the inert form shown while a draft or the page's values are restored). */
export const USABLE = () => {
  const widgets = [...document.querySelectorAll('request-builder')];
  return widgets.length > 0 && widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('.rb-parts:not([inert]) .rb-form input'));
};

/** Resolves when every widget's rules have run: the issue summary stands where "Loading the
 * checks…" was (the rules and the summary come in a chunk after the form). */
export const CHECKED = () => {
  const widgets = [...document.querySelectorAll('request-builder')];
  return widgets.length > 0 && widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('section.rb-summary'));
};

/** Loads `page` (a path under `url`, served from the first of `dirs` that has it) in a fresh
 * context; returns the files it requested until `until` held (USABLE: every form shows an
 * input) and their gzip total. */
export async function transfer(browser, url, dirs, page, until = USABLE) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(`(() => {
    const usable = ${until.toString()};
    const tick = () => (usable() ? (window.__rbUsable = performance.now()) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  })()`);
  await tab.goto(`${url}/${page}`);
  await tab.waitForFunction(() => window.__rbUsable !== undefined);
  const started = await tab.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').filter((r) => r.startTime <= window.__rbUsable).map((r) => r.name),
  ]);
  const paths = new Set(started.map((u) => new URL(u)).filter((u) => u.origin === url).map((u) => decodeURIComponent(u.pathname)));
  const seen = [...paths].sort();
  await context.close();
  const files = [];
  for (const p of seen) {
    const found = dirs.map((d) => join(d, p === '/' ? 'index.html' : p)).find(existsSync);
    if (!found) continue; // a 404 (the browser's own /favicon.ico) transfers no file
    const bytes = readFileSync(found);
    files.push({ file: p, raw: bytes.length, gzip: gzip9(bytes) });
  }
  return { files, gzip: files.reduce((t, f) => t + f.gzip, 0) };
}
