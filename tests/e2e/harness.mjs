// A small end-to-end harness: a static server for dist/, Debian's Chromium through
// playwright-core, and a registry of tests. Each test gets a fresh browser context.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

export const tests = [];

/** Registers a test: `test('name', async ({ page, url, browser }) => { ... })`. */
export function test(name, fn) {
  tests.push({ name, fn });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message || 'assertion failed');
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message || 'not equal'}\n  actual:   ${a}\n  expected: ${e}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** Serves a directory on 127.0.0.1 at a free port. `headers` adds response headers per path. */
export async function serveDir(root, headers = () => ({}), more = []) {
  // A path is looked up in `root`, then in each of `more` (the benchmark's pages live in bench/).
  const find = async (path) => {
    for (const dir of [root, ...more]) {
      let file = normalize(join(dir, path));
      if (!file.startsWith(normalize(dir))) continue;
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
        return file;
      } catch {}
    }
    throw new Error('not found');
  };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const file = await find(path);
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.env.CHROMIUM_FLAGS ? process.env.CHROMIUM_FLAGS.split(' ') : []),
    ],
  });
}

/** Opens the widget and waits until it has rendered. Collects console errors and page errors. */
export async function openApp(context, url, path = '/') {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url + path);
  await page.waitForSelector('.rb-app', { timeout: 15000 });
  return page;
}
