// Issue 5: sending, tested against a real HTTP server on 127.0.0.1 that records what it gets.
import { test, assert, assertEqual, openApp } from './harness.mjs';
import { pick, set, previewText, withClipboard, fieldId } from './helpers.mjs';
import { apiServer, json, refusedPort } from './api-server.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Async: the recording server runs in this process, so a blocking call would deadlock it.
const run = promisify(execFile);
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOKEN = 'tok-secret-123';

/** An RDS MySQL single-instance form filled with valid example values, aimed at `endpoint`. */
async function ready(context, url, endpoint, { timeout } = {}) {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  await page.getByRole('button', { name: 'Fill with example values' }).click();
  await page.fill('#rb1-target-endpoint', endpoint);
  await page.fill('#rb1-target-project_id', 'proj-1');
  await page.fill('#rb1-token', TOKEN);
  if (timeout) await page.fill('#rb1-timeout', String(timeout));
  return page;
}

async function sendAndWait(page) {
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.locator('.rb-response').waitFor({ timeout: 15000 });
  return (await page.locator('.rb-response').innerText()).trim();
}

async function withServer(fn) {
  const api = await apiServer();
  try {
    await fn(api);
  } finally {
    await api.close();
  }
}

test('202: method, path, headers and the exact body arrive; the returned ids are highlighted', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, api.url);
    const shown = await previewText(page);
    const text = await sendAndWait(page);
    assert(text.includes('HTTP 202'), text);
    assertEqual(await page.locator('.rb-ids mark').allInnerTexts(), ['inst-1', 'job-1'], 'ids highlighted');
    const posts = api.posts();
    assertEqual(posts.length, 1, 'one request');
    const [r] = posts;
    assertEqual(r.method, 'POST');
    assertEqual(r.path, '/v3/proj-1/instances');
    assertEqual(r.headers['content-type'], 'application/json');
    assertEqual(r.headers['x-auth-token'], TOKEN);
    assertEqual(r.body, shown, 'the body is byte for byte what the preview shows');
    assert(!page.url().includes(TOKEN), 'the token is not in the page URL');
  }));

// The send panel is built again only when what it shows moves (docs/decisions.md #109): a
// key in a form field moves nothing there, so Send and the snippets must read the body when
// clicked, not the one the panel was last built with.
test('a value typed after the send panel last changed is what Send and a snippet carry', ({ browser, url }) =>
  withServer((api) => withClipboard(browser, url, async (context) => {
      const page = await ready(context, url, api.url);
      await set(page, 'name', 'typed-after-panel');
      const shown = await previewText(page);
      assert(shown.includes('"typed-after-panel"'), shown);
      await sendAndWait(page);
      const [r] = api.posts();
      assertEqual(r.body, shown, 'Send carries the body as typed last');
      await set(page, 'name', 'typed-after-send');
      await page.getByRole('button', { name: 'Copy as curl', exact: true }).click();
      await page.getByText('Copied a curl command').waitFor();
      const curl = await page.evaluate(() => navigator.clipboard.readText());
      assert(curl.includes('typed-after-send') && !curl.includes('typed-after-panel'), curl);
      // Copy masks the password and says so on its button; a snippet carries it, and says so
      // under the snippets (a newcomer expected every copy masked, 2026-12-08).
      const password = await page.inputValue('#' + fieldId('password'));
      assert(password && curl.includes(password), 'the snippet carries the password as sent');
      const note = page.locator('.rb-export .rb-hint');
      assertEqual(await note.innerText(), 'The snippets carry the body as it is sent: its password in plain text.');
      await set(page, 'password', '');
      assertEqual(await note.count(), 0, 'no password, no note');
  })));

test('RabbitMQ: the path carries the engine and the project ID', ({ context, url }) =>
  withServer(async (api) => {
    const page = await openApp(context, url);
    await pick(page, 'api', 'rabbitmq');
    await page.getByRole('button', { name: 'Fill with example values' }).click();
    await page.fill('#rb1-target-endpoint', api.url);
    await page.fill('#rb1-target-project_id', 'p-9');
    await page.fill('#rb1-token', TOKEN);
    await sendAndWait(page);
    assertEqual(api.posts()[0].path, '/v2/rabbitmq/p-9/instances', 'default engine');
    await page.fill('#rb1-target-engine', 'rabbitmq-x');
    await sendAndWait(page);
    assertEqual(api.posts()[1].path, '/v2/rabbitmq-x/p-9/instances');
  }));

test('400 shows the service error code and message', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => json(res, 400, { externalMessage: 'Parameter error.', errCode: 'DBS.280001' }) });
    const page = await ready(context, url, api.url);
    const text = await sendAndWait(page);
    assert(text.includes('HTTP 400') && text.includes('rejected'), text);
    assertEqual((await page.locator('.rb-service-error').innerText()).trim(), 'DBS.280001 Parameter error.');
  }));

test('500 shows the status and error_code/error_msg', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => json(res, 500, { error_code: 'DBS.200412', error_msg: 'Server failure.' }) });
    const page = await ready(context, url, api.url);
    const text = await sendAndWait(page);
    assert(text.includes('HTTP 500'), text);
    assertEqual((await page.locator('.rb-service-error').innerText()).trim(), 'DBS.200412 Server failure.');
  }));

test('a body that is not JSON is shown as received', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => { res.writeHead(502, { 'content-type': 'text/html' }); res.end('<html><b>Bad gateway</b></html>'); } });
    const page = await ready(context, url, api.url);
    const text = await sendAndWait(page);
    assert(text.includes('HTTP 502') && text.includes('not JSON'), text);
    assertEqual((await page.locator('.rb-response-body').innerText()).trim(), '<html><b>Bad gateway</b></html>', 'raw text, not markup');
    assertEqual(await page.locator('.rb-response b').count(), 0);
  }));

test('a response slower than the timeout gives a clear message, and sending works again', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => setTimeout(() => json(res, 202, { id: 'late' }), 3000) });
    const page = await ready(context, url, api.url, { timeout: 1 });
    const text = await sendAndWait(page);
    assert(text.includes('No response within 1 second.'), text);
    assert(await page.getByRole('button', { name: 'Send request' }).isEnabled(), 'the button is back');
  }));

test('cancel stops waiting', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => setTimeout(() => json(res, 202, { id: 'late' }), 5000) });
    const page = await ready(context, url, api.url);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.rb-response').waitFor();
    assert((await page.locator('.rb-response').innerText()).includes('Cancelled.'));
  }));

test('connection refused explains the likely cause', async ({ context, url }) => {
  const port = await refusedPort();
  const page = await ready(context, url, `http://127.0.0.1:${port}`);
  const text = await sendAndWait(page);
  assert(text.includes('The browser got no response') && text.includes('unreachable') && text.includes('CORS'), text);
  assert(text.includes('proxy'), 'offers the proxy setting');
});

test('a server without CORS headers: explained, and no POST gets through', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ cors: false });
    const page = await ready(context, url, api.url);
    const text = await sendAndWait(page);
    assert(text.includes('CORS'), text);
    assertEqual(api.posts().length, 0, 'the browser stopped at the preflight');
    assertEqual(api.requests.filter((r) => r.method === 'OPTIONS').length, 1, 'the preflight reached the server');
  }));

test('a proxy base URL replaces the endpoint', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, 'dms.example.invalid');
    await page.getByText('Behind a proxy?').click();
    await page.fill('#rb1-proxy', `${api.url}/proxy/`);
    await sendAndWait(page);
    assertEqual(api.posts()[0].path, '/proxy/v3/proj-1/instances');
  }));

test('20 rapid clicks send exactly 1 request', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => setTimeout(() => json(res, 202, { id: 'one' }), 1500) });
    const page = await ready(context, url, api.url);
    // All twenty in one task, before the widget can re-render the button as disabled.
    await page.getByRole('button', { name: 'Send request' }).evaluate((b) => { for (let i = 0; i < 20; i++) b.click(); });
    await page.locator('.rb-response').waitFor({ timeout: 15000 });
    await page.waitForTimeout(300);
    assertEqual(api.posts().length, 1);
  }));

test('an invalid body is sent only after "send anyway" is confirmed', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, api.url);
    await set(page, 'name', '');
    assert(await page.getByRole('button', { name: 'Send request' }).isDisabled(), 'plain send is disabled');
    await page.getByRole('button', { name: 'Send anyway…' }).click();
    assert(await page.getByRole('alertdialog').isVisible(), 'asks first');
    assertEqual(api.posts().length, 0, 'nothing sent yet');
    await page.getByRole('button', { name: 'Yes, send anyway' }).click();
    await page.locator('.rb-response').waitFor();
    const posts = api.posts();
    assertEqual(posts.length, 1);
    assert(!('name' in JSON.parse(posts[0].body)), 'the invalid body went as shown');
  }));

test('every snippet (curl, fetch, Python, HTTPie, Go, Java), run for real, sends the same request as the browser', ({ browser, url }) =>
  withServer((api) => withClipboard(browser, url, async (context) => {
      const page = await ready(context, url, api.url);
      await sendAndWait(page);
      const dir = mkdtempSync(join(tmpdir(), 'rb-snippets-'));
      const env = { ...process.env, TOKEN, GOCACHE: join(dir, 'gocache') };
      // What each snippet is saved as and run with; the token comes from $TOKEN / TOKEN.
      const runs = [
        ['curl', 'a curl command', (t) => run('bash', ['-c', t], { env, timeout: 20000 })],
        ['fetch()', 'a fetch() snippet', (t) => {
          assert(!t.includes(TOKEN), 'the fetch() snippet leaves the token to fill in');
          writeFileSync(join(dir, 'send.mjs'), t.replace('"<your X-Auth-Token>"', JSON.stringify(TOKEN)));
          return run('node', [join(dir, 'send.mjs')], { timeout: 20000 });
        }],
        ['Python', 'a Python (requests) snippet', (t) => (writeFileSync(join(dir, 'send.py'), t), run('python3', [join(dir, 'send.py')], { env, timeout: 20000 }))],
        ['HTTPie', 'an HTTPie command', (t) => run('bash', ['-c', t], { env, timeout: 20000 })],
        ['Go', 'a Go (net/http) program', (t) => (writeFileSync(join(dir, 'send.go'), t), run('go', ['run', join(dir, 'send.go')], { env, timeout: 120000 }))],
        ['Java', 'a Java (java.net.http) program', (t) => (writeFileSync(join(dir, 'Send.java'), t), run('java', [join(dir, 'Send.java')], { env, timeout: 60000 }))],
      ];
      for (const [title, what, go] of runs) {
        await page.getByRole('button', { name: `Copy as ${title}`, exact: true }).click();
        await page.getByText(`Copied ${what}`).waitFor();
        const text = await page.evaluate(() => navigator.clipboard.readText());
        assert(!text.includes(TOKEN), `${title}: the token is not in the snippet unless asked`);
        await go(text);
      }
      const [browserSent, ...sent] = api.posts();
      assertEqual(sent.length, runs.length, 'one request per snippet');
      sent.forEach((r, i) => {
        const who = runs[i][0];
        assertEqual(r.method, browserSent.method, `${who} method`);
        assertEqual(r.path, browserSent.path, `${who} path`);
        assertEqual(r.headers['content-type'], 'application/json', `${who} content-type`);
        assertEqual(r.headers['x-auth-token'], TOKEN, `${who} token`);
        assert(r.bytes.equals(browserSent.bytes), `${who} body is byte for byte the same`);
      });
  })));

test('the snippets attribute chooses which snippets show, and in what order', async ({ context, url }) => {
  const page = await context.newPage();
  await page.goto(`${url}/docs.html`);
  await page.evaluate(() => {
    const el = document.createElement('request-builder');
    el.setAttribute('api', 'rds');
    el.setAttribute('snippets', 'python, go, curl');
    el.id = 'picked';
    document.body.append(el);
  });
  const panel = page.locator('#picked .rb-export');
  await panel.locator('button').first().waitFor({ timeout: 15000 });
  assertEqual(await panel.locator('button').allInnerTexts(), ['Copy as Python', 'Copy as Go', 'Copy as curl']);
});

// Issue 11: "A second click cannot cancel."
test('a second click where "Send request" was cannot cancel the request in flight', ({ context, url }) =>
  withServer(async (api) => {
    api.set({ respond: (req, res) => setTimeout(() => json(res, 202, { id: 'kept' }), 1500) });
    const page = await ready(context, url, api.url);
    const send = page.getByRole('button', { name: 'Send request' });
    await send.scrollIntoViewIfNeeded();
    const box = await send.boundingBox();
    await send.click();
    const cancel = page.getByRole('button', { name: 'Cancel request' });
    await cancel.waitFor();
    const c = await cancel.boundingBox();
    const apart = c.x >= box.x + box.width || c.x + c.width <= box.x || c.y >= box.y + box.height || c.y + c.height <= box.y;
    assert(apart, `Cancel ${JSON.stringify(c)} overlaps where Send was ${JSON.stringify(box)}`);
    // The second click of a double click, on either end of the spot just pressed.
    for (const x of [box.x + 4, box.x + box.width - 4]) await page.mouse.click(x, box.y + box.height / 2);
    await page.locator('.rb-response').waitFor({ timeout: 15000 });
    const text = await page.locator('.rb-response').innerText();
    assert(text.includes('HTTP 202') && !text.includes('Cancelled'), text);
  }));

// Issue 11, "The endpoint" and "The result".
test('the endpoint says its scheme, and a region picker fills the host from the cloud\'s list', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  const hint = page.locator('.rb-send-grid .rb-hint').first();
  assert((await hint.innerText()).includes('HTTPS'), await hint.innerText());
  await page.fill('#rb1-target-endpoint', 'http://127.0.0.1:9');
  assertEqual(await hint.innerText(), 'Sent over plain HTTP, as typed.');
  await page.selectOption('#rb1-target-region', 'rds.eu-nl.otc.t-systems.com');
  assertEqual(await page.inputValue('#rb1-target-endpoint'), 'rds.eu-nl.otc.t-systems.com');
  assert((await page.locator('.rb-url').innerText()).startsWith('https://rds.eu-nl.otc.t-systems.com/v3/'));
  // The body's region against the endpoint's (a newcomer sent eu-nl's body to eu-de unawares).
  const mismatch = page.locator('.rb-send-grid .rb-msg', { hasText: "The body's region" });
  await set(page, 'region', 'eu-nl');
  assertEqual(await mismatch.count(), 0, 'the same region: nothing to say');
  await page.selectOption('#rb1-target-region', 'rds.eu-de.otc.t-systems.com');
  assertEqual(await mismatch.innerText(), "The body's region is eu-nl, and the endpoint is eu-de's.");
  await set(page, 'region', 'eu-de');
  assertEqual(await mismatch.count(), 0, 'fixed in the form: gone');
  await page.fill('#rb1-target-endpoint', 'rds.example.com');
  await set(page, 'region', 'eu-nl');
  assertEqual(await mismatch.count(), 0, 'a host not in the cloud\'s list: its region is unknown, nothing said');
  await pick(page, 'api', 'geminidb');
  assert((await page.locator('#rb1-target-region option').count()) > 10, 'GeminiDB: the Huawei Cloud regions');
});

// What a newcomer typed (2026-12-08): each of these was built into a URL nobody meant
// (`https://ftp://example.com/v3/...`, a query before the API's path) or failed only at Send.
test('a wrong endpoint, proxy or timeout is said under it, and nothing is sent', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, api.url);
    const send = page.getByRole('button', { name: 'Send request' });
    const blocked = page.locator('.rb-send > .rb-hint').last();
    for (const [typed, says] of [
      ['ftp://example.com', 'The endpoint starts with "ftp://": type a host'],
      ['http://', 'The endpoint has no host'],
      [`${api.url}/path?x=1`, 'The endpoint holds "?x=1"'],
      ['https://example.com:99999', 'port must be a number from 1 to 65535; it is "99999"'],
    ]) {
      await page.fill('#rb1-target-endpoint', typed);
      const msg = page.locator('#rb1-target-endpoint-msg');
      assert((await msg.innerText()).includes(says), `${typed}: ${await msg.innerText()}`);
      assertEqual(await page.getAttribute('#rb1-target-endpoint', 'aria-invalid'), 'true', `${typed}: aria-invalid`);
      assertEqual(await page.getAttribute('#rb1-target-endpoint', 'aria-describedby'), 'rb1-target-endpoint-msg', typed);
      assert(await send.isDisabled(), `${typed}: Send is off`);
      assert((await blocked.innerText()).includes(says), `${typed}: the line under Send says it too`);
      assert((await page.locator('.rb-url').innerText()).startsWith('https://{endpoint}/v3/'), `${typed}: no URL is made of it`);
    }
    await page.fill('#rb1-target-endpoint', api.url);
    assertEqual(await page.locator('#rb1-target-endpoint-msg').count(), 0, 'fixed: the message is gone');
    assertEqual(await page.getAttribute('#rb1-target-endpoint', 'aria-invalid'), 'false');
    for (const bad of ['abc', '0', '-5', '3601']) {
      await page.fill('#rb1-timeout', bad);
      assertEqual(await page.locator('#rb1-timeout-msg').innerText(), `The timeout must be a whole number of seconds from 1 to 3600; it is "${bad}".`);
      assert(await send.isDisabled(), `timeout ${bad}: Send is off`);
    }
    await page.fill('#rb1-timeout', '5');
    await page.getByText('Behind a proxy?').click();
    await page.fill('#rb1-proxy', '127.0.0.1:8010/proxy');
    assert((await page.locator('#rb1-proxy-msg').innerText()).startsWith('The proxy base URL must start with http:// or https://'));
    assert(await send.isDisabled(), 'a relative proxy: Send is off');
    await page.fill('#rb1-proxy', '');
    assert(await send.isEnabled(), 'all fixed: Send is on');
    assertEqual(api.requests.length, 0, 'nothing reached the server');
    await sendAndWait(page);
    assertEqual(api.posts().length, 1, 'and the fixed request goes');
  }));

test('HTTPS against a plain-HTTP server is called a TLS failure, not CORS', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, `https://${api.host}`);
    const text = await sendAndWait(page);
    assert(text.includes('speaks plain HTTP') && text.includes(`http://${api.host}`) && !text.includes('CORS'), text);
  }));

test('the result takes the focus and shows duration, status, headers and body', ({ context, url }) =>
  withServer(async (api) => {
    const page = await ready(context, url, api.url);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.locator('.rb-response').waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.activeElement?.id === 'rb1-result');
    const inView = await page.$eval('#rb1-result', (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; });
    assert(inView, 'scrolled into view');
    const line = await page.locator('.rb-status-line').innerText();
    assert(/HTTP 202 · accepted · \d+ ms/.test(line), line);
    await page.locator('.rb-response-headers summary').click();
    const headers = await page.locator('.rb-response-headers').innerText();
    assert(headers.includes('content-type: application/json'), headers);
    assert(headers.includes('Access-Control-Expose-Headers'), 'says which headers CORS hides');
  }));

// Issue 12: "One token for the page, opt-in."
test('share-token: the token typed once serves every widget that opts in, and no other; it is never stored', ({ browser, url }) =>
  withServer(async (api) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${url}/docs.html`);
      await page.evaluate(() => {
        for (const old of document.querySelectorAll('request-builder')) old.remove();
        for (const [id, share] of [['a', true], ['b', true], ['c', false]]) {
          const el = document.createElement('request-builder');
          el.id = id;
          el.setAttribute('api', 'rabbitmq');
          if (share) el.setAttribute('share-token', '');
          document.body.append(el);
        }
      });
      for (const id of ['a', 'b', 'c']) await page.locator(`#${id} .rb-send h2`).waitFor();
      await page.locator('#a [id$="-token"]').fill(TOKEN);
      // Widget b is used: it sends with the token typed into a.
      const b = page.locator('#b');
      await b.locator('[id$="-target-endpoint"]').fill(api.url);
      await b.locator('[id$="-target-project_id"]').fill('p1');
      assertEqual(await b.locator('[id$="-token"]').inputValue(), TOKEN, 'b took the page\'s token when used');
      // (The empty form is invalid: sent anyway, to see the header arrive.)
      await b.getByRole('button', { name: 'Send anyway…' }).click();
      await b.getByRole('button', { name: 'Yes, send anyway' }).click();
      await b.locator('.rb-response').waitFor({ timeout: 15000 });
      assertEqual(api.posts()[0].headers['x-auth-token'], TOKEN);
      // Widget c did not opt in.
      await page.locator('#c [id$="-target-endpoint"]').fill(api.url);
      assertEqual(await page.locator('#c [id$="-token"]').inputValue(), '', 'c keeps its own (empty) token');
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
      assert(!stored.includes(TOKEN), 'the token is in no storage and no URL');
    } finally {
      await context.close();
    }
  }));
