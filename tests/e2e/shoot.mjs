// Developer aid: screenshots of the served bundle. node tests/e2e/shoot.mjs [api] [width] [out.png] [scheme]
import { serveDir, launch } from './harness.mjs';
const [api = 'geminidb', width = '1280', out = '/tmp/shot.png', scheme = 'light'] = process.argv.slice(2);
const { server, url } = await serveDir(new URL('../../dist', import.meta.url).pathname);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url);
await page.waitForSelector('.rb-form');
await page.click(`input[value="${api}"]`);
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
console.log('errors', errors);
await browser.close();
server.close();
