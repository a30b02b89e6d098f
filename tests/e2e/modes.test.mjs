// Issue 4: nothing typed is lost across mode and service switches; every seed example loads
// as a preset whose preview equals `request-builder normalize`.
import { test, assert, assertEqual, openApp } from './harness.mjs';
import { pick, set, value, previewText, fieldId, message } from './helpers.mjs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

test('a round trip through mode and service switches keeps every value', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  const typed = [['name', 'keep-me-1'], ['password', 'Keep_me_123'], ['port', '3307'], ['region', 'eu-de'], ['datastore.version', '8.0'], ['volume.size', '120']];
  for (const [p, v] of typed) await set(page, p, v);
  await pick(page, 'topology', 'ha');
  await set(page, 'ha.replication_mode', 'semisync');
  await pick(page, 'topology', 'replica');
  assertEqual(await page.locator('#' + fieldId('password')).count(), 0, 'a replica has no password field');
  assertEqual(await value(page, 'name'), 'keep-me-1');
  await set(page, 'replica_of_id', 'primary-1');
  await pick(page, 'engine', 'postgresql');
  await pick(page, 'topology', 'single');
  const stray = await page.locator('#' + fieldId('datastore.version') + ' option:checked').innerText();
  assert(stray.includes('8.0') && stray.includes('not allowed'), `PostgreSQL shows MySQL's 8.0 as not allowed, got ${stray}`);
  await pick(page, 'api', 'ddm');
  await set(page, 'instance.name', 'ddm-keep');
  await pick(page, 'api', 'rds');
  await pick(page, 'engine', 'mysql');
  for (const [p, v] of typed) assertEqual(await value(page, p), v, `${p} after the round trip`);
  await pick(page, 'topology', 'ha');
  assertEqual(await value(page, 'ha.replication_mode'), 'semisync');
  await pick(page, 'topology', 'replica');
  assertEqual(await value(page, 'replica_of_id'), 'primary-1');
  await pick(page, 'api', 'ddm');
  assertEqual(await value(page, 'instance.name'), 'ddm-keep');
});

test('fields that no longer apply are not sent', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  await set(page, 'password', 'Keep_me_123');
  await set(page, 'vpc_id', 'vpc-9');
  await pick(page, 'topology', 'replica');
  const body = JSON.parse(await previewText(page));
  assert(!('password' in body) && !('vpc_id' in body), `a replica body carries neither: ${JSON.stringify(body)}`);
  await pick(page, 'topology', 'single');
  const again = JSON.parse(await previewText(page));
  assertEqual([again.password, again.vpc_id], ['Keep_me_123', 'vpc-9'], 'they come back with the mode');
});

const examples = {
  geminidb: 4, 'geminidb-cassandra': 1, ddm: 2, rds: 3, rabbitmq: 2,
};

test('every seed example loads as a preset and previews what `request-builder normalize` prints', async ({ context, url, root }) => {
  const cli = join(root, 'target', 'debug', 'request-builder');
  assert(existsSync(cli), 'the CLI is built (the test command runs cargo test first)');
  const page = await openApp(context, url);
  let count = 0;
  for (const [api, n] of Object.entries(examples)) {
    await pick(page, 'api', api);
    for (let i = 0; i < n; i++) {
      await page.selectOption('#rb1-examples', String(i));
      const shown = await previewText(page);
      const file = join(root, 'src', 'catalog', 'examples', `${api}-${i + 1}.json`);
      const expected = execFileSync(cli, ['normalize', '--api', api, file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
      assertEqual(shown, expected, `${api} example ${i + 1}`);
      assert(await page.locator('.rb-notes').count() || api === 'rds' || api === 'ddm', `${api} example ${i + 1} shows import notes`);
      // The documents mask their examples' passwords: the note says so (#125).
      const masked = (await page.locator('.rb-notes li', { hasText: 'a mask, not a value' }).allInnerTexts()).map((t) => t.split(' ')[0]);
      const want = { rabbitmq: ['access_user', 'password'], geminidb: ['password'], 'geminidb-cassandra': ['password'] }[api] || [];
      assertEqual(masked, want, `${api} example ${i + 1}: masked values noted`);
      // Reveal is per widget; mask again for the next one.
      const mask = page.getByRole('button', { name: 'Mask secrets' });
      if (await mask.count()) await mask.click();
      count++;
    }
  }
  assertEqual(count, 12, 'all twelve seed examples');
});

test('pasting a body fills the form, detects the mode and lists notes; undo restores', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'geminidb');
  await set(page, 'name', 'before-paste');
  await page.getByText('Paste a JSON body').click();
  const body = { name: 'pasted-1', datastore: { type: 'influxdb', version: '1.8', storage_engine: 'rocksDB' }, mode: 'EnhancedCluster', flavor: [{ num: 4 }], port: '6379', colour: 'red' };
  await page.fill('#rb1-paste', JSON.stringify(body, null, 2));
  await page.getByRole('button', { name: 'Import' }).click();
  assertEqual(await value(page, 'name'), 'pasted-1');
  assertEqual(await value(page, 'flavor[0].num'), '4');
  assert(await page.locator(`input[name="rb1-engine"][value="influxdb"]`).isChecked(), 'engine detected');
  assert(await page.locator(`input[name="rb1-type"][value="enhanced"]`).isChecked(), 'instance type detected');
  const notes = await page.locator('.rb-notes').innerText();
  for (const want of ['converted to the string "4"', 'colour is not a field', 'port']) assert(notes.includes(want), `notes mention ${want}: ${notes}`);
  const heading = page.locator('.rb-notes h3');
  assert(/^\d+ notes on the imported body, \d+ to fix$/.test(await heading.innerText()), await heading.innerText());
  await page.fill('#rb1-paste', '{\n  "name": "x",\n  oops\n}');
  await page.getByRole('button', { name: 'Import' }).click();
  const err = await page.locator('.rb-import-error').innerText();
  assert(err.includes('line 3, column 3'), `syntax error names line and column: ${err}`);
  assertEqual(await value(page, 'name'), 'pasted-1', 'a failed import changes nothing');
  // The notes under the refusal are the form's, from the body before: they say so.
  assert(/^\d+ notes on the body imported before this paste, \d+ to fix$/.test(await heading.innerText()), await heading.innerText());
  await page.getByRole('button', { name: 'Undo' }).click();
  assertEqual(await value(page, 'name'), 'before-paste');
  const label = page.locator('label[for="rb1-paste"]');
  assert((await label.textContent()).startsWith('A GeminiDB create-instance body'), await label.textContent());
  await pick(page, 'api', 'rds');
  assert((await label.textContent()).startsWith('An RDS create-instance body'), await label.textContent());
});

// A newcomer pasted a body with two wrong values: the summary said "2 issues to fix", and no
// field was marked (2026-12-08). Each value the body gave now shows its message at its field;
// a field the body left out stays quiet until touched.
test('a pasted body\'s wrong values are marked at their fields', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  await page.getByText('Paste a JSON body').click();
  const body = { name: 'pg-1', datastore: { type: 'PostgreSQL', version: '14' }, ha: { mode: 'Ha', replication_mode: 'async' }, availability_zone: 'eu-de-01', volume: { type: 'CLOUDSSD', size: 40 }, flavor_ref: 'rds.pg.c2.large.ha' };
  await page.fill('#rb1-paste', JSON.stringify(body));
  await page.getByRole('button', { name: 'Import' }).click();
  for (const [path, says] of [['volume.type', 'COMMON'], ['availability_zone', '2']]) {
    const m = await message(page, path);
    assert(m && m.includes(says), `${path}: ${m}`);
    assertEqual(await page.locator('#' + fieldId(path)).getAttribute('aria-invalid'), 'true', `${path} aria-invalid`);
  }
  assertEqual(await message(page, 'name'), null, 'a right value: no message');
  assertEqual(await message(page, 'password'), null, 'left out of the body: quiet until touched');
});
