// The benchmark (./dev bench): the release bundle in dist/, served on 127.0.0.1, measured in
// headless Chromium with playwright-core. Every time is taken inside the page with
// performance.now(): from the input (or change) event to the moment a MutationObserver sees
// the preview change (mode switches: to the next macrotask, when the render is done). Prints a
// table and writes bench/results.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir, launch } from '../tests/e2e/harness.mjs';
import { bundleSizes } from '../tests/e2e/size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const BUDGETS = {
  transfer_gzip_kb: 100,
  startup_median_ms: 150,
  keystroke_p95_ms: 4,
  mode_switch_p95_ms: 8,
  keystroke_100_tags_p95_ms: 8,
  memory_growth_mb: 1,
};

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x) => Math.round(x * 100) / 100;

// In the page: the time a MutationObserver on `selector` first fires after `act` runs.
const MEASURE = `
window.__rbMeasure = (selector, act) => new Promise((resolve) => {
  const target = document.querySelector(selector);
  let start;
  const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - start); });
  obs.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
  start = performance.now();
  act();
});
// Until the next macrotask: Yew renders on microtasks, so by then the switch is rendered, even
// when it changes nothing visible (an RDS replica's engine).
window.__rbSettled = (act) => new Promise((resolve) => {
  const channel = new MessageChannel();
  const start = performance.now();
  channel.port1.onmessage = () => resolve(performance.now() - start);
  act();
  channel.port2.postMessage(0);
});
window.__rbType = (input, text) => {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
};
document.addEventListener('request-builder:ready', (e) => { window.__rbWasm = e.detail; });
`;

async function open(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(MEASURE);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.rb-form');
  await page.waitForFunction(() => window.__rbWasm);
  return { context, page };
}

async function startup(browser, url) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    await context.addInitScript(`
      new MutationObserver((_, obs) => {
        if (document.querySelector('.rb-form input')) { window.__rbReady = performance.now(); obs.disconnect(); }
      }).observe(document, { subtree: true, childList: true });`);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__rbReady);
    times.push(await page.evaluate(() => window.__rbReady));
    await context.close();
  }
  return times;
}

/** Types `count` characters into the input, one input event each, timing each render. */
async function typing(page, inputSelector, count) {
  return page.evaluate(async ({ inputSelector, count }) => {
    const input = document.querySelector(inputSelector);
    const times = [];
    let text = input.value;
    for (let i = 0; i < count; i++) {
      text += String.fromCharCode(97 + (i % 26));
      times.push(await window.__rbMeasure('.rb-body', () => window.__rbType(input, text)));
    }
    return times;
  }, { inputSelector, count });
}

async function largestForm(page) {
  await page.check('input[name="rb1-api"][value="geminidb"]');
  for (const [axis, v] of [['engine', 'redis'], ['type', 'cloudnative'], ['billing', 'prepaid'], ['restore', 'backup']]) {
    await page.check(`input[name="rb1-${axis}"][value="${v}"]`);
  }
  await page.getByRole('button', { name: 'Fill with example values' }).click();
}

async function modeSwitches(page) {
  return page.evaluate(async () => {
    const times = [];
    for (const api of ['geminidb', 'geminidb-cassandra', 'ddm', 'rds', 'rabbitmq']) {
      const apiRadio = document.querySelector(`input[name="rb1-api"][value="${api}"]`);
      times.push(await window.__rbSettled(() => apiRadio.click()));
      // Every choice on every axis of this API, twice round.
      for (let round = 0; round < 2; round++) {
        const radios = [...document.querySelectorAll('input[type=radio]:not([name="rb1-api"])')].map((r) => [r.name, r.value]);
        for (const [name, value] of radios) {
          const r = document.querySelector(`input[name="${name}"][value="${value}"]`);
          if (!r || r.checked) continue;
          times.push(await window.__rbSettled(() => r.click()));
        }
      }
    }
    return times;
  });
}

async function hundredTags(page) {
  await page.check('input[name="rb1-api"][value="rabbitmq"]');
  const tags = Array.from({ length: 100 }, (_, i) => ({ key: `key-${i}`, value: `value ${i}` }));
  const body = { name: 'scale-test', engine: 'rabbitmq', engine_version: '3.8.35', storage_space: 100, tags };
  await page.getByText('Paste a JSON body').click();
  await page.fill('#rb1-paste', JSON.stringify(body));
  await page.getByRole('button', { name: 'Import' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.rb-row').length === 100);
  return typing(page, '#rb1-tags_99__value', 200);
}

async function memory(page, context) {
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__rbWasm.memory.buffer.byteLength);
    return { js: usedSize, wasm };
  };
  await typing(page, '#rb1-name', 50); // warm up
  const before = await measure();
  await page.evaluate(async () => {
    const input = document.querySelector('#rb1-name');
    for (let i = 0; i < 1000; i++) {
      await window.__rbMeasure('.rb-body', () => window.__rbType(input, `edit-${i % 97}-${'x'.repeat(i % 13)}`));
    }
  });
  const after = await measure();
  return { before, after, growth: after.js - before.js + (after.wasm - before.wasm) };
}

const dist = join(root, 'dist');
const sizes = bundleSizes(dist);
const { server, url } = await serveDir(dist);
const browser = await launch();
try {
  const startupTimes = await startup(browser, url);

  let { context, page } = await open(browser, url);
  await largestForm(page);
  const keys = await typing(page, '#rb1-name', 200);
  const switches = await modeSwitches(page);
  await context.close();

  ({ context, page } = await open(browser, url));
  const tagKeys = await hundredTags(page);
  await context.close();

  ({ context, page } = await open(browser, url));
  await largestForm(page);
  const mem = await memory(page, context);
  await context.close();

  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    bundle: { files: sizes.files, widget_gzip_bytes: sizes.widget.gzip, widget_raw_bytes: sizes.widget.raw, all_files_gzip_bytes: sizes.total.gzip },
    startup_ms: { median: round(pct(startupTimes, 50)), samples: startupTimes.map(round) },
    keystroke_ms: { p50: round(pct(keys, 50)), p95: round(pct(keys, 95)), max: round(Math.max(...keys)), samples: keys.length },
    mode_switch_ms: { p50: round(pct(switches, 50)), p95: round(pct(switches, 95)), max: round(Math.max(...switches)), samples: switches.length },
    keystroke_100_tags_ms: { p50: round(pct(tagKeys, 50)), p95: round(pct(tagKeys, 95)), samples: tagKeys.length },
    memory_bytes: mem,
    budgets: BUDGETS,
  };
  const rows = [
    ['total transfer, gzip -9 (html+js+wasm+css)', `${(sizes.widget.gzip / KB).toFixed(1)} KB`, `<= ${BUDGETS.transfer_gzip_kb} KB`, sizes.widget.gzip / KB <= BUDGETS.transfer_gzip_kb],
    ['startup, median of 10 cold loads', `${results.startup_ms.median} ms`, `<= ${BUDGETS.startup_median_ms} ms`, results.startup_ms.median <= BUDGETS.startup_median_ms],
    [`keystroke latency p50 / p95 (${keys.length} keys, largest form)`, `${results.keystroke_ms.p50} / ${results.keystroke_ms.p95} ms`, `p95 <= ${BUDGETS.keystroke_p95_ms} ms`, results.keystroke_ms.p95 <= BUDGETS.keystroke_p95_ms],
    [`mode switch p50 / p95 (${switches.length} switches, all APIs)`, `${results.mode_switch_ms.p50} / ${results.mode_switch_ms.p95} ms`, `p95 <= ${BUDGETS.mode_switch_p95_ms} ms`, results.mode_switch_ms.p95 <= BUDGETS.mode_switch_p95_ms],
    ['keystroke p50 / p95 with 100 RabbitMQ tags', `${results.keystroke_100_tags_ms.p50} / ${results.keystroke_100_tags_ms.p95} ms`, `p95 <= ${BUDGETS.keystroke_100_tags_p95_ms} ms`, results.keystroke_100_tags_ms.p95 <= BUDGETS.keystroke_100_tags_p95_ms],
    ['memory growth over 1,000 edits (JS heap + wasm)', `${(mem.growth / (KB * KB)).toFixed(3)} MB (JS ${((mem.after.js - mem.before.js) / KB).toFixed(0)} KB, wasm ${((mem.after.wasm - mem.before.wasm) / KB).toFixed(0)} KB)`, `<= ${BUDGETS.memory_growth_mb} MB`, mem.growth / (KB * KB) <= BUDGETS.memory_growth_mb],
  ];
  console.log('\nBundle (gzip -9):');
  for (const f of sizes.files) console.log(`  ${f.file.padEnd(22)} ${String(f.raw).padStart(8)} B raw  ${String(f.gzip).padStart(8)} B gzip`);
  console.log(`  ${'widget total'.padEnd(22)} ${String(sizes.widget.raw).padStart(8)} B raw  ${String(sizes.widget.gzip).padStart(8)} B gzip\n`);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'measure'.padEnd(w)}  ${'result'.padEnd(44)}  ${'budget'.padEnd(14)}  met`);
  for (const [name, value, budget, ok] of rows) console.log(`${name.padEnd(w)}  ${value.padEnd(44)}  ${budget.padEnd(14)}  ${ok ? 'yes' : 'NO'}`);
  results.met = Object.fromEntries(rows.map((r, i) => [Object.keys(BUDGETS)[i], r[3]]));
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench/results.json');
} finally {
  await browser.close();
  server.close();
}
