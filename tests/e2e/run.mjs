// Runs every tests/e2e/*.test.mjs against the release bundle in dist/, served on 127.0.0.1.
// Prints one line per test and closes with "N passed, N failed". Exits 1 on any failure or
// when no test ran.
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { tests, serveDir, launch } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist');
const only = process.argv[2];
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: build the release bundle first (trunk build --release).');
  process.exit(1);
}
mkdirSync(join(root, 'test-artifacts'), { recursive: true });

for (const f of readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) {
  await import(join(here, f));
}

const { server, url } = await serveDir(dist);
const browser = await launch();
let passed = 0;
let failed = 0;
for (const t of tests) {
  if (only && !t.name.includes(only)) continue;
  const context = await browser.newContext();
  const started = Date.now();
  try {
    await t.fn({ browser, context, url, root, artifacts: join(root, 'test-artifacts') });
    passed++;
    console.log(`  ok    ${t.name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`  FAIL  ${t.name}\n        ${String(e.stack || e).split('\n').slice(0, 6).join('\n        ')}`);
  } finally {
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
