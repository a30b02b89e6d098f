// Where the time goes (./dev profile): Chromium's sampling profiler (CDP Profiler, 50 µs) over
// the widget's own work, on a bundle built with the wasm functions' names kept.
//   node bench/profile.mjs [dist]
// Three phases, each profiled on its own: mode switches (every choice of every axis of every
// API, twice), service switches, and 200 keys typed into RDS MySQL's name. For each it prints
// the functions with the most self time, and the self time summed by where it is spent: our
// code (request_builder), Yew, serde_json, the allocator, the JS glue and the browser's DOM
// calls it makes, and the rest.
import { join } from 'node:path';
import { serveDir, launch } from '../tests/e2e/harness.mjs';
import { USABLE } from '../tests/e2e/transfer.mjs';

const dist = process.argv[2] || 'dist';
const TOP = 25;

/** Self time (ms) per function, from a CDP profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = f.functionName || `(anonymous ${f.url.split('/').pop()}:${f.lineNumber})`;
    self.set(name, (self.get(name) || 0) + (profile.timeDeltas[i] || 0) / 1000);
  });
  return self;
}

/** Inclusive time (ms) per function: samples with it anywhere on the stack. */
function inclusiveTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const incl = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = byId.get(n).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      incl.set(name, (incl.get(name) || 0) + (profile.timeDeltas[i] || 0) / 1000);
    }
  });
  return incl;
}

const shorten = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/^<?(.{0,150}).*$/, '$1');

function where(name) {
  if (name === '(idle)' || name === '(program)' || name === '(garbage collector)' || name === '(root)') return name;
  if (/^__wbg_|^__wbindgen|widget\.js/.test(name) || /^[a-zA-Z_$][\w$]*$/.test(name) && !name.includes('::')) return 'JS glue and DOM calls';
  if (/talc|alloc::|dlmalloc|__rust_alloc|__rust_dealloc|memcpy|memmove|memset/.test(name)) return 'allocator and memory';
  if (/^<?request_builder|request_builder\[/.test(name)) return 'request_builder (ours)';
  if (/yew|implicit_clone|indexmap|hashbrown/.test(name)) return 'yew (and its maps)';
  if (/serde_json|serde_core|serde::/.test(name)) return 'serde_json';
  if (/wasm-function/.test(name)) return 'wasm (unnamed)';
  return 'other wasm (core, std, web-sys)';
}

function report(title, profile, wall) {
  const self = selfTimes(profile);
  const busy = [...self].filter(([n]) => n !== '(idle)' && n !== '(root)');
  const total = busy.reduce((t, [, v]) => t + v, 0);
  console.log(`\n## ${title}: ${total.toFixed(1)} ms sampled busy, ${wall.toFixed(1)} ms wall\n`);
  const groups = new Map();
  for (const [n, v] of busy) groups.set(where(n), (groups.get(where(n)) || 0) + v);
  for (const [g, v] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${g}`);
  console.log('');
  for (const [n, v] of busy.sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${v.toFixed(2).padStart(8)} ms  ${shorten(n)}`);
  console.log('\ninclusive, our code and Yew\'s (time with the function on the stack):');
  const incl = [...inclusiveTimes(profile)].filter(([n]) => /request_builder|yew/.test(n)).sort((a, b) => b[1] - a[1]);
  for (const [n, v] of incl.slice(0, TOP)) console.log(`${v.toFixed(2).padStart(8)} ms  ${shorten(n)}`);
}

async function profiled(page, cdp, fn) {
  await cdp.send('Profiler.start');
  const t = Date.now();
  await fn();
  const wall = Date.now() - t;
  const { profile } = await cdp.send('Profiler.stop');
  return { profile, wall };
}

/** The renderer's main-thread work by kind (the timeline's top-level events: script, style, layout, paint...), in ms. */
async function timeline(browser, page, fn) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await fn();
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const kinds = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    if (!/^(FunctionCall|EventDispatch|TimerFire|RunMicrotasks|UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|ParseHTML|HitTest|V8\.GC.*|MajorGC|MinorGC|ScheduleStyleRecalculation|IntersectionObserverController::computeIntersections|v8\.compile.*|FireAnimationFrame|Commit)$/.test(e.name)) continue;
    kinds.set(e.name, (kinds.get(e.name) || 0) + e.dur / 1000);
  }
  return [...kinds].sort((a, b) => b[1] - a[1]);
}

function printTimeline(rows) {
  console.log('\nthe renderer main thread by event (nested events, such as a GC inside a script call, count in both):');
  for (const [name, ms] of rows.slice(0, 12)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const { server, url } = await serveDir(join(process.cwd(), dist), () => ({}), [join(process.cwd(), 'bench')]);
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await page.goto(url);
  await page.waitForSelector('.rb-form input');
  await page.waitForTimeout(500); // the chunks and texts are here
  const names = await page.evaluate(() => fetch('widget_bg.wasm').then((r) => r.arrayBuffer()).then((b) => WebAssembly.Module.customSections(new WebAssembly.Module(b), 'name').length));
  if (!names) console.log('note: widget_bg.wasm has no name section; build with ./dev profile');

  const apis = ['geminidb', 'geminidb-cassandra', 'ddm', 'rds', 'rabbitmq'];
  const modeLoop = async (apis) => {
    const settle = () => new Promise((r) => setTimeout(r));
    for (const api of apis) {
      document.querySelector(`input[name="rb1-api"][value="${api}"]`).click();
      await settle();
      for (let twice = 0; twice < 2; twice++) {
        for (const [name, value] of [...document.querySelectorAll('input[type=radio]:not([name="rb1-api"])')].map((x) => [x.name, x.value])) {
          const x = document.querySelector(`input[name="${name}"][value="${value}"]`);
          if (!x || x.checked) continue;
          x.click();
          await settle();
        }
      }
    }
  };
  const modes = await profiled(page, cdp, () => page.evaluate(modeLoop, apis));
  report('mode switches (every choice, twice, in each API)', modes.profile, modes.wall);
  printTimeline(await timeline(browser, page, () => page.evaluate(modeLoop, apis)));

  const services = await profiled(page, cdp, () =>
    page.evaluate(async (apis) => {
      for (let r = 0; r < 10; r++) {
        for (const api of apis) {
          document.querySelector(`input[name="rb1-api"][value="${api}"]`).click();
          await new Promise((res) => setTimeout(res));
        }
      }
    }, apis),
  );
  report('service switches (50)', services.profile, services.wall);
  printTimeline(await timeline(browser, page, () => page.evaluate(async (apis) => {
    for (let r = 0; r < 10; r++) for (const api of apis) {
      document.querySelector(`input[name="rb1-api"][value="${api}"]`).click();
      await new Promise((res) => setTimeout(res));
    }
  }, apis)));

  const rds = await context.newPage();
  const cdp2 = await context.newCDPSession(rds);
  await cdp2.send('Profiler.enable');
  await cdp2.send('Profiler.setSamplingInterval', { interval: 50 });
  await rds.goto(`${url}/rds.html`);
  await rds.waitForFunction(USABLE);
  await rds.waitForTimeout(500);
  await rds.evaluate(() => document.querySelector('request-builder').shadowRoot.querySelector('#rb1-name').focus());
  const keys = await profiled(rds, cdp2, async () => {
    for (let i = 0; i < 200; i++) await rds.keyboard.press(String.fromCharCode(97 + (i % 26)));
  });
  report('200 keys into RDS MySQL single name', keys.profile, keys.wall);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
