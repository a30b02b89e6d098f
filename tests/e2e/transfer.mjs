// What a page transfers before its form is usable: every file the browser requests from the
// moment it navigates until each <request-builder> on the page shows an input, each counted at
// its gzip -9 size (the budgets' measure; the test server itself sends files uncompressed).
// The e2e size test and the benchmark both use it, on bench/rds.html (one API) and
// bench/five.html (all five).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip9 } from './size.mjs';

/** Resolves when every widget on the page has rendered an input (inside its shadow root). */
export const USABLE = () => {
  const widgets = [...document.querySelectorAll('request-builder')];
  return widgets.length > 0 && widgets.every((w) => w.shadowRoot && w.shadowRoot.querySelector('.rb-form input'));
};

/** Loads `page` (a path under `url`, served from the first of `dirs` that has it) in a fresh
 * context; returns the files it requested and their gzip total. */
export async function transfer(browser, url, dirs, page) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const paths = new Set();
  tab.on('request', (req) => {
    const u = new URL(req.url());
    if (u.origin === url) paths.add(decodeURIComponent(u.pathname));
  });
  await tab.goto(`${url}/${page}`);
  await tab.waitForFunction(USABLE);
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
