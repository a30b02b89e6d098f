// Issue 4: each API's form, filled through the UI, previews exactly the expected body; an
// invalid value shows its message under the field, which clears once the value is fixed.
import { test, assert, assertEqual, openApp } from './harness.mjs';
import { pick, set, message, preview, addRow, fieldId } from './helpers.mjs';

/** Types a bad value, checks its message and ARIA state, fixes it, checks it cleared. */
async function badThenGood(page, path, bad, expectInMessage, good) {
  await set(page, path, bad);
  const msg = await message(page, path);
  assert(msg && msg.includes(expectInMessage), `${path}=${bad}: message ${JSON.stringify(msg)} should mention ${expectInMessage}`);
  const input = page.locator('#' + fieldId(path));
  assertEqual(await input.getAttribute('aria-invalid'), 'true', `${path} aria-invalid`);
  assert((await input.getAttribute('aria-describedby')).includes(fieldId(path) + '-msg'), `${path} aria-describedby`);
  await set(page, path, good);
  assertEqual(await message(page, path), null, `${path}: message cleared after fixing`);
  assertEqual(await input.getAttribute('aria-invalid'), 'false', `${path} aria-invalid after fixing`);
}

async function noIssues(page) {
  assert(await page.getByText('The body is valid').isVisible(), 'the summary says the body is valid');
}

test('GeminiDB Redis, cloud native, yearly/monthly: exact body', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'geminidb');
  await pick(page, 'engine', 'redis');
  await pick(page, 'type', 'cloudnative');
  await pick(page, 'billing', 'prepaid');
  for (const [p, v] of [
    ['name', 'redis-prod-1'], ['region', 'cn-north-4'], ['availability_zone', 'cn-north-4a'], ['vpc_id', 'vpc-1'],
    ['subnet_id', 'subnet-1'], ['security_group_id', 'sg-1'], ['password', 'Redis_pass1'], ['product_type', 'Capacity'],
    ['flavor[0].num', '3'], ['flavor[0].size', '16'], ['flavor[0].spec_code', 'geminidb.redis.large.4'],
    ['charge_info.period_type', 'month'], ['charge_info.period_num', '2'],
  ]) await set(page, p, v);
  await badThenGood(page, 'port', '6380', 'cannot be 6380', '6379');
  await noIssues(page);
  const body = await preview(page);
  assertEqual(body, {
    name: 'redis-prod-1',
    datastore: { type: 'redis', version: '5.0', storage_engine: 'rocksDB' },
    region: 'cn-north-4', availability_zone: 'cn-north-4a', vpc_id: 'vpc-1', subnet_id: 'subnet-1', security_group_id: 'sg-1',
    password: 'Redis_pass1', mode: 'CloudNativeCluster', product_type: 'Capacity',
    flavor: [{ num: '3', size: '16', storage: 'ULTRAHIGH', spec_code: 'geminidb.redis.large.4' }],
    charge_info: { charge_mode: 'prePaid', period_type: 'month', period_num: '2' },
    port: '6379',
  });
});

test('GeminiDB Cassandra (OTC): exact body', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'geminidb-cassandra');
  for (const [p, v] of [
    ['region', 'eu-de'], ['availability_zone', 'eu-de-01'], ['vpc_id', 'v'], ['subnet_id', 's'], ['security_group_id', 'g'],
    ['password', 'Cassandra_1!'], ['flavor[0].num', '3'], ['flavor[0].size', '500'], ['flavor[0].spec_code', 'geminidb.cassandra.xlarge.4'],
  ]) await set(page, p, v);
  await badThenGood(page, 'name', '1abc', 'must start with a letter', 'cass-1');
  await noIssues(page);
  assertEqual(await preview(page), {
    name: 'cass-1',
    datastore: { type: 'cassandra', version: '3.11', storage_engine: 'rocksDB' },
    region: 'eu-de', availability_zone: 'eu-de-01', vpc_id: 'v', subnet_id: 's', security_group_id: 'g',
    password: 'Cassandra_1!', mode: 'Cluster',
    flavor: [{ num: '3', size: '500', storage: 'ULTRAHIGH', spec_code: 'geminidb.cassandra.xlarge.4' }],
  });
});

test('DDM yearly/monthly with two AZs: exact body', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'ddm');
  await pick(page, 'billing', 'prepaid');
  for (const [p, v] of [
    ['instance.name', 'ddm-prod'], ['instance.flavor_id', 'f1'], ['instance.node_num', '2'], ['instance.engine_id', 'e1'],
    ['instance.available_zones[0]', 'az1'], ['instance.vpc_id', 'v'], ['instance.security_group_id', 'g'], ['instance.subnet_id', 's'],
    ['extend_param.period_type', 'year'], ['extend_param.is_auto_pay', 'true'],
  ]) await set(page, p, v);
  await addRow(page, 'Availability zones');
  await set(page, 'instance.available_zones[1]', 'az2');
  await badThenGood(page, 'extend_param.period_num', '2', 'must be 1 for yearly', '1');
  await noIssues(page);
  assertEqual(await preview(page), {
    instance: { name: 'ddm-prod', flavor_id: 'f1', node_num: 2, engine_id: 'e1', available_zones: ['az1', 'az2'], vpc_id: 'v', security_group_id: 'g', subnet_id: 's' },
    extend_param: { charge_mode: 'prePaid', period_type: 'year', period_num: 1, is_auto_pay: 'true' },
  });
});

test('RDS SQL Server primary/standby: exact body', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  await pick(page, 'engine', 'sqlserver');
  await pick(page, 'topology', 'ha');
  for (const [p, v] of [
    ['name', 'mssql-ha-1'], ['datastore.version', '2019_EE'], ['password', 'Sql_Server1+'], ['backup_strategy.start_time', '23:00-00:00'],
    ['flavor_ref', 'rds.mssql.large.ha'], ['volume.type', 'ULTRAHIGH'], ['volume.size', '100'], ['region', 'eu-de'],
    ['availability_zone', 'eu-de-01,eu-de-02'], ['vpc_id', 'v'], ['subnet_id', 's'], ['security_group_id', 'g'], ['collation', 'Chinese_PRC_CI_AS'],
  ]) await set(page, p, v);
  await badThenGood(page, 'backup_strategy.keep_days', '0', 'cannot be 0', '7');
  await noIssues(page);
  assertEqual(await preview(page), {
    name: 'mssql-ha-1',
    datastore: { type: 'SQLServer', version: '2019_EE' },
    ha: { mode: 'Ha', replication_mode: 'sync' },
    password: 'Sql_Server1+',
    backup_strategy: { start_time: '23:00-00:00', keep_days: 7 },
    flavor_ref: 'rds.mssql.large.ha',
    volume: { type: 'ULTRAHIGH', size: 100 },
    region: 'eu-de', availability_zone: 'eu-de-01,eu-de-02', vpc_id: 'v', subnet_id: 's', security_group_id: 'g',
    collation: 'Chinese_PRC_CI_AS',
  });
});

test('RabbitMQ cluster, yearly/monthly, public access, with a tag: exact body', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rabbitmq');
  await pick(page, 'topology', 'cluster');
  await pick(page, 'billing', 'prepaid');
  await pick(page, 'public', 'public');
  for (const [p, v] of [
    ['name', 'mq-prod'], ['engine_version', '3.8.35'], ['storage_space', '300'], ['access_user', 'admin-1'], ['password', 'Rabbit_2024'],
    ['vpc_id', 'v'], ['security_group_id', 'g'], ['subnet_id', 's'], ['available_zones[0]', 'az1'], ['product_id', 'c6.4u8g.cluster'],
    ['broker_num', '3'], ['maintain_begin', '22:00'], ['publicip_id', 'eip-1'], ['ssl_enable', 'true'],
    ['storage_spec_code', 'dms.physical.storage.ultra.v2'], ['bss_param.is_auto_renew', 'true'], ['bss_param.period_type', 'month'], ['bss_param.period_num', '3'],
  ]) await set(page, p, v);
  await addRow(page, 'Tags');
  await set(page, 'tags[0].key', 'env');
  await set(page, 'tags[0].value', 'prod');
  await badThenGood(page, 'maintain_end', '03:00', '4 hours after', '02:00');
  await noIssues(page);
  assertEqual(await preview(page), {
    name: 'mq-prod', engine: 'rabbitmq', engine_version: '3.8.35', storage_space: 300, access_user: 'admin-1', password: 'Rabbit_2024',
    vpc_id: 'v', security_group_id: 'g', subnet_id: 's', available_zones: ['az1'], product_id: 'c6.4u8g.cluster', broker_num: 3,
    maintain_begin: '22:00', maintain_end: '02:00', enable_publicip: true, publicip_id: 'eip-1', ssl_enable: true,
    storage_spec_code: 'dms.physical.storage.ultra.v2', tags: [{ key: 'env', value: 'prod' }],
    bss_param: { is_auto_renew: true, charging_mode: 'prePaid', period_type: 'month', period_num: 3 },
  });
});

test('the summary counts issues and each entry moves focus to its field', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  const summary = page.locator('.rb-summary summary');
  assert(/^\d+ fields to fill$/.test((await summary.innerText()).trim()), 'a fresh form says what is needed');
  const before = Number((await summary.innerText()).match(/\d+/)[0]);
  await set(page, 'name', 'my-db-1');
  assertEqual(Number((await summary.innerText()).match(/\d+/)[0]), before - 1, 'one fewer after filling a mandatory field');
  await page.locator('.rb-summary details').evaluate((d) => (d.open = true));
  await page.locator('.rb-issue', { hasText: 'password' }).first().click();
  assertEqual(await page.evaluate(() => document.activeElement.id), fieldId('password'), 'focus moved to the password field');
  assert(await message(page, 'password'), 'its message now shows');
});

test('the mandatory marker follows the mode: period_num only when yearly/monthly', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rabbitmq');
  assertEqual(await page.locator('#' + fieldId('bss_param.period_num')).count(), 0, 'not shown for pay-per-use');
  await pick(page, 'billing', 'prepaid');
  const label = page.locator(`label[for="${fieldId('bss_param.period_num')}"]`);
  assert((await label.innerText()).includes('(required)') || (await label.locator('.rb-req').count()) === 1, 'marked required');
  assertEqual(await page.locator('#' + fieldId('broker_num')).getAttribute('aria-required'), 'false', 'broker_num optional for single-node');
  await pick(page, 'topology', 'cluster');
  assertEqual(await page.locator('#' + fieldId('broker_num')).getAttribute('aria-required'), 'true', 'broker_num required for a cluster');
});

// The summary's element keeps its class as the body turns valid, invalid and valid again
// (Yew dropped it when the valid summary's `class` attribute gave way to the invalid one's
// `className` property: the section lost its frame, and `section.rb-summary` found nothing).
test('the summary keeps its class and frame as the body goes valid, invalid, valid', async ({ context, url }) => {
  const page = await openApp(context, url);
  await pick(page, 'api', 'rds');
  await page.getByRole('button', { name: 'Fill with example values' }).click();
  await page.locator('section.rb-summary.rb-ok').waitFor();
  await set(page, 'name', '-bad');
  await page.locator('section.rb-summary:not(.rb-ok)').waitFor({ timeout: 5000 });
  assert((await page.locator('section.rb-summary').innerText()).includes('1 issue to fix'), await page.locator('.rb-side').innerText());
  const border = await page.locator('section.rb-summary').evaluate((e) => getComputedStyle(e).borderTopStyle);
  assertEqual(border, 'solid', 'the summary has its frame');
  await set(page, 'name', 'good-name');
  await page.locator('section.rb-summary.rb-ok').waitFor({ timeout: 5000 });
});

// Names, ids and passwords are no prose: no control of the form is spell checked. The form
// says so once (spellcheck="false"), and each control inherits it; the test reads what the
// browser applies, each control's own `spellcheck`, on every service's form.
test('no field of any form is spell checked', async ({ context, url }) => {
  const page = await openApp(context, url);
  for (const api of ['geminidb', 'geminidb-cassandra', 'ddm', 'rds', 'rabbitmq']) {
    await pick(page, 'api', api);
    const checked = await page.evaluate(() => [...document.querySelectorAll('.rb-form input, .rb-form textarea')].map((c) => [c.id, c.spellcheck]));
    assert(checked.length > 5, `${api}: the form has controls (${checked.length})`);
    assertEqual(checked.filter(([, on]) => on).map(([id]) => id), [], `${api}: controls spell checked`);
  }
});

// The summary lists the issues in the form's order (a newcomer found the password, the form's
// second field, listed after every Network field: the documents' table order, 2026-12-08).
test('the summary lists the issues in the order of the form\'s fields', async ({ context, url }) => {
  const page = await openApp(context, url);
  for (const api of ['rds', 'geminidb', 'rabbitmq']) {
    await pick(page, 'api', api);
    await page.locator('.rb-summary details').evaluate((d) => (d.open = true));
    const listed = await page.locator('.rb-issue code').allInnerTexts();
    assert(listed.length > 3, `${api}: issues listed (${listed.length})`);
    const ids = await page.evaluate(() => [...document.querySelectorAll('.rb-form [id]')].map((e) => e.id));
    const at = listed.map((path) => ids.indexOf(fieldId(path)));
    assert(at.every((i) => i >= 0), `${api}: every listed path has a field: ${listed}`);
    assertEqual(at, [...at].sort((a, b) => a - b), `${api}: listed in the form's order: ${listed}`);
    assert(listed.indexOf('password') < listed.indexOf('vpc_id') || !listed.includes('password'), `${api}: password before vpc_id: ${listed}`);
  }
});
