// The web build syncs through Radicale with CORS headers on, started here on
// a free port of 127.0.0.1 behind a small proxy that can hold an answer:
// - set up in Settings → Sync by taps and typing;
// - frames go on while a request is out (the proxy holds the first sync's
//   report until a frame has shown "Syncing…");
// - people another device put on the server come in;
// - a note captured on the phone goes up by itself a few seconds later, and
//   the desktop's `rapport sync` receives it;
// - the password is kept for the session only (a reload asks for it) unless
//   "Remember on this device" is ticked.
//   node web_sync_test.mjs WEB_DIR OUT_DIR RAPPORT_BINARY
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveSite, launchBrowser, phonePage, checker, driver, keepLog } from './page_driver.mjs';

const [webArg, outDir, rapport] = process.argv.slice(2);
if (!webArg || !outDir || !rapport) {
  console.error('usage: node web_sync_test.mjs WEB_DIR OUT_DIR RAPPORT_BINARY');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const checks = checker(outDir, 'sync');
const check = checks.check;

// Radicale in a private folder: password auth, CORS as the README says.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-web-sync-'));
const user = 'ana', password = 'correct horse';
fs.writeFileSync(path.join(folder, 'users'), `${user}:${password}\n`);
fs.writeFileSync(path.join(folder, 'config'), `[auth]
type = htpasswd
htpasswd_filename = ${path.join(folder, 'users')}
htpasswd_encryption = plain
[rights]
type = owner_only
[storage]
filesystem_folder = ${path.join(folder, 'collections')}
[web]
type = none
[logging]
level = info
[headers]
Access-Control-Allow-Origin = *
Access-Control-Allow-Methods = GET, POST, PUT, DELETE, PROPFIND, REPORT, MKCOL, MKCALENDAR, OPTIONS
Access-Control-Allow-Headers = Authorization, Content-Type, Depth, If-Match, If-None-Match
Access-Control-Expose-Headers = ETag
`);
const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
});
const radicalePort = await freePort();
const radicale = spawn('/usr/bin/python3', ['-m', 'radicale', '--config', path.join(folder, 'config'),
                                            '--server-hosts', `127.0.0.1:${radicalePort}`],
                       { stdio: ['ignore', 'pipe', 'pipe'] });
// Radicale's log (every request at level info), kept for a failure.
let radicaleLog = '';
radicale.stdout.on('data', (c) => { radicaleLog += c; });
radicale.stderr.on('data', (c) => { radicaleLog += c; });
keepLog('radicale', () => radicaleLog);
const cleanUp = () => { radicale.kill(); fs.rmSync(folder, { recursive: true, force: true }); };
process.on('exit', cleanUp);
// Ready when it accepts a connection: the condition itself, polled.
for (let tries = 0; ; ++tries) {
  const up = await new Promise((resolve) => {
    const socket = net.connect(radicalePort, '127.0.0.1', () => { socket.end(); resolve(true); });
    socket.on('error', () => resolve(false));
  });
  if (up) break;
  if (tries > 600 || radicale.exitCode !== null) { console.error('Radicale did not start'); process.exit(1); }
  await new Promise((r) => setTimeout(r, 100));
}

// The proxy: passes everything on, keeps what was PUT, and holds REPORT
// answers while `holding` is set. Its log (each request, Radicale's answer
// and when) is kept for a failure.
const puts = [];
const proxyLog = [];
keepLog('proxy', () => proxyLog.join('\n') + '\n');
const stamp = () => new Date().toISOString().slice(11, 23);
let holding = false, held = [];
const proxy = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.method === 'PUT') puts.push(body.toString('utf8'));
    proxyLog.push(`${stamp()} ${req.method} ${req.url} (${body.length} bytes)`);
    const forward = () => {
      const out = http.request({ host: '127.0.0.1', port: radicalePort, method: req.method, path: req.url,
                                 headers: { ...req.headers, host: `127.0.0.1:${radicalePort}` } }, (answer) => {
        proxyLog.push(`${stamp()} ${req.method} ${req.url} -> ${answer.statusCode}`);
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      out.on('error', (e) => proxyLog.push(`${stamp()} ${req.method} ${req.url} failed: ${e.message}`));
      out.end(body);
    };
    if (holding && req.method === 'REPORT') held.push(forward); else forward();
  });
});
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const dav = `http://127.0.0.1:${proxy.address().port}/`;
const radicaleUrl = `http://127.0.0.1:${radicalePort}/`;
const request = (method, url, body = '', headers = {}) => new Promise((resolve, reject) => {
  const r = http.request(url, { method, auth: `${user}:${password}`, headers }, (answer) => {
    let text = '';
    answer.on('data', (c) => { text += c; });
    answer.on('end', () => resolve({ status: answer.statusCode, text }));
  });
  r.on('error', reject);
  r.end(body);
});

// Another device's address book "Rapport", with people in it.
const book = `${radicaleUrl}${user}/rapport-contacts/`;
const made = await request('MKCOL', book, `<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/><C:addressbook/></resourcetype><displayname>Rapport</displayname></prop></set></mkcol>`,
                           { 'Content-Type': 'application/xml' });
check(made.status === 201, `another device's address book is on the server (${made.status})`);
const people = 40;
for (let i = 0; i < people; ++i) {
  const card = `BEGIN:VCARD\r\nVERSION:4.0\r\nUID:other-${i}\r\nFN:Amara Nwosu ${i}\r\nN:Nwosu ${i};Amara;;;\r\nX-OTHER-APP:kept ${i}\r\nEND:VCARD\r\n`;
  await request('PUT', `${book}other-${i}.vcf`, card, { 'Content-Type': 'text/vcard' });
}

const site = await serveSite(path.resolve(webArg));
const browser = await launchBrowser();
const { context, page } = await phonePage(browser);
const { frame, ready, query, waitForControl, tapControl, scrollTo, shows } =
  driver(page, context, site.url, outDir, 'sync');
const typeInto = async (label, text) => {
  await tapControl(label);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 5 });
};
const openSync = async () => {
  await tapControl('Today');
  await tapControl('Settings');
  const card = await scrollTo(/^Sync\b/);
  await tapControl(card);
  await waitForControl('Back');
};

await ready();
await openSync();
await page.screenshot({ path: path.join(outDir, 'sync-setup.png') });
await typeInto('Server address', dav);
await typeInto('User name', user);
await typeInto('Password', password);
holding = true;
await tapControl('Set up sync');
// While the first sync's report is held at the proxy, the page answers taps:
// Back shows Settings, the Sync card opens Sync again, still syncing.
for (let i = 0; held.length === 0; ++i) {
  if (i > 600) break;
  await new Promise((r) => setTimeout(r, 50));
}
check(held.length > 0, `the first sync asked what changed (${held.length} report held at the proxy)`);
await tapControl('Back');
const card = await scrollTo(/^Sync\b/);
await tapControl(card);
await waitForControl('Syncing…');
check(held.length > 0 && (await shows('Syncing…')),
      'while a sync request is out the page takes taps and draws frames (Back, then Sync again: "Syncing…")');
await page.screenshot({ path: path.join(outDir, 'sync-running.png') });
holding = false;
for (const go of held.splice(0)) go();
await page.waitForFunction(() => (Module.rapportControls || []).some((c) => c.label === 'Sync now'), null,
                           { timeout: 60000 });
const arrived = await query("SELECT count(*) AS n FROM person WHERE name LIKE 'Amara Nwosu %' AND deleted_at IS NULL");
check(arrived[0].n === people, `the first sync brings in the ${people} people another device put on the server (${arrived[0].n})`);
const account = await query('SELECT last_synced_at, last_problem, last_summary FROM sync_account');
check(account.length === 1 && account[0].last_synced_at > 0 && account[0].last_problem === '',
      `the account records a good sync ("${account[0] && account[0].last_summary}")`);
await page.screenshot({ path: path.join(outDir, 'sync-status.png') });
const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rapport-sync-password')));
check(stored.length === 0, 'the password is kept for the session only: nothing in localStorage');

// A note captured on the phone goes up by itself a few seconds later.
const noteText = 'Amara said the irrigation team hires in spring';
await tapControl('Back');
await tapControl('Back');
await tapControl('Capture');
await page.keyboard.type(noteText, { delay: 10 });
await tapControl('Done');
const pushedAt = Date.now();
// What the user relies on is the note stored on the server, not a request
// on its way there: ask Radicale itself (each collection of hers, read
// whole) until it has it. This process also runs the proxy, so nothing
// below may block its event loop: the desktop's sync runs asynchronously.
// (The flake this replaces: the test saw the PUT's body at the proxy, then
// ran the desktop's sync with execFileSync, which froze this process, and
// with it the proxy, before it had passed the PUT on to Radicale; the
// desktop asked a server that did not have the note yet.)
const noteOnServer = async () => {
  const listing = await request('PROPFIND', `${radicaleUrl}${user}/`, '', { Depth: '1' });
  const hrefs = [...listing.text.matchAll(/<href>([^<]+)<\/href>/g)].map((m) => m[1])
    .filter((h) => h !== `/${user}/`);
  for (const href of hrefs) {
    const whole = await request('GET', `${radicaleUrl.replace(/\/$/, '')}${href}`);
    if (whole.text.includes('irrigation team hires')) return whole.text;
  }
  return '';
};
let onServer = '';
for (let i = 0; !onServer; ++i) {
  if (i > 600) break;
  onServer = await noteOnServer();
  if (!onServer) await new Promise((r) => setTimeout(r, 100));
}
check(onServer.includes('BEGIN:VJOURNAL') && puts.some((p) => p.includes('irrigation team hires')),
      `the captured note is stored on the server as a VJOURNAL ${((Date.now() - pushedAt) / 1000).toFixed(1)} s after Done, without a tap`);

// The desktop syncs with the same server and has the note and the people.
const desktopDb = path.join(folder, 'desktop.db');
await promisify(execFile)(rapport, ['sync', '--setup', radicaleUrl, '--user', user, '--db', desktopDb],
                          { env: { ...process.env, RAPPORT_SYNC_PASSWORD: password }, encoding: 'utf8' });
const sqlite = async (sql) => (await promisify(execFile)('sqlite3', ['-json', desktopDb, sql], { encoding: 'utf8' })).stdout;
const desktop = async (sql) => JSON.parse((await sqlite(sql)) || '[]');
check((await desktop("SELECT body FROM note WHERE deleted_at IS NULL")).some((n) => n.body.includes('irrigation team hires')),
      'the desktop\'s `rapport sync` receives the note typed on the phone');
check((await desktop("SELECT count(*) AS n FROM person WHERE name LIKE 'Amara Nwosu %'"))[0].n === people,
      'and the same people');

// A reload forgets the password: the launch sync waits for it.
await ready();
await openSync();
await waitForControl('Use this password', 30000);
check(true, 'after a reload the Sync screen asks for the password (kept for the session only)');
await typeInto('Password', password);
await tapControl('Remember on this device');
await page.screenshot({ path: path.join(outDir, 'sync-password.png') });
await tapControl('Use this password');
await page.waitForFunction(() => (Module.rapportControls || []).some((c) => c.label === 'Sync now'), null,
                           { timeout: 60000 });
const remembered = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rapport-sync-password')));
check(remembered.length === 1, 'ticked "Remember on this device": the browser keeps it');
await ready();
await openSync();
await frame();
check(!(await shows('Use this password')), 'after another reload it syncs without asking');

await browser.close();
site.close();
proxy.close();
await checks.finish();
