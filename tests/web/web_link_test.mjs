// Links into the web app: "#capture=<conversation id>" (what a calendar
// alarm can carry) opens capture on that conversation with the keyboard
// input focused, "#capture" alone opens capture, and the manifest's
// "Capture a note" shortcut is that link. The link leaves the address once
// followed, so a reload does not capture again.
//   node web_link_test.mjs WEB_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { serveSite, launchBrowser, phonePage, checker, driver, pinClock } from './page_driver.mjs';

const [webArg, outDir] = process.argv.slice(2);
if (!webArg || !outDir) { console.error('usage: node web_link_test.mjs WEB_DIR OUT_DIR'); process.exit(2); }
const webDir = path.resolve(webArg);
fs.mkdirSync(outDir, { recursive: true });

const site = await serveSite(webDir);
const checks = checker(outDir, 'link');
const check = checks.check;
const browser = await launchBrowser();
// A person in Texas: the page fetches that zone's definition for libical.
const { context, page } = await phonePage(browser, { timezoneId: 'America/Chicago' });
await pinClock(context, Date.UTC(2027, 6, 15, 19, 32)); // a Thursday afternoon
const { frame, ready, query, onScreen, activate } = driver(page, context, site.url, outDir, 'link');
await ready();

// Calendar times: the person's zone (and only it) is where libical looks
// for it, so Rapport's events are written in local time on the phone too.
const zone = await page.evaluate(() => {
  const dir = '/usr/share/libical/zoneinfo/';
  try {
    return { table: FS.readFile(dir + 'zones.tab', { encoding: 'utf8' }),
             definition: FS.readFile(dir + 'America/Chicago.ics', { encoding: 'utf8' }) };
  } catch (e) { return { error: String(e) }; }
});
check(zone.table && zone.table.trim().endsWith('America/Chicago') && zone.table.trim().split('\n').length === 1,
      `the zone table names the person's zone alone (${JSON.stringify(zone.table || zone.error)})`);
check(zone.definition && zone.definition.includes('BEGIN:VTIMEZONE') && zone.definition.includes('America/Chicago'),
      `its definition is in place (${(zone.definition || zone.error || '').slice(0, 80)})`);

// The user guide Help shows: fetched beside the app (not built into the
// wasm) and put where the app reads it.
const guide = await page.evaluate(() => {
  try { return FS.readFile('/guide/user-guide.md', { encoding: 'utf8' }); }
  catch (e) { return 'error: ' + String(e); }
});
check(guide.startsWith('# Rapport — the user guide') && guide.includes('\n## Sync'),
      `the user guide is in place for Help (${guide.slice(0, 60)})`);

// Where this web app lives is kept for sync, so every device's events can
// link to its capture.
const shared = await query("SELECT value FROM shared_setting WHERE name = 'web_app'");
check(shared.length === 1 && shared[0].value === site.url,
      `the web app's address is kept for sync (${JSON.stringify(shared)}, page at ${site.url})`);

// The demo's people and conversations; one of its planned conversations.
await activate('button', 'Try demo data');
for (let i = 0; i < 5; ++i) await frame();
const [planned] = await query(
  "SELECT c.id, p.name FROM conversation c JOIN person p ON p.id = c.person_id " +
  "WHERE c.status = 'planned' AND c.deleted_at IS NULL ORDER BY c.when_at LIMIT 1");
check(Boolean(planned), `the demo has a planned conversation (${JSON.stringify(planned)})`);

// The link a calendar alarm carries: capture on that conversation.
await page.evaluate((id) => { window.location.hash = '#capture=' + id; }, planned.id);
await onScreen('Capture');
const words = await page.evaluate(() => Module.rapportScreen.nodes.map((n) => n.name).join(' | '));
check(words.includes(planned.name + ', your planned conversation'),
      `capture opened about ${planned.name}'s planned conversation (${words.slice(0, 200)})`);
const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
check(focused === 'rapport-keyboard', `the keyboard input has the focus, for the phone keyboard (${focused})`);
check(await page.evaluate(() => window.location.hash === ''), 'the link leaves the address once followed');
await page.keyboard.type('Came from the calendar alarm', { delay: 15 });
for (let i = 0; i < 3; ++i) await frame();
await page.screenshot({ path: path.join(outDir, 'link-capture.png') });
await activate('button', 'Done');
const notes = await query(
  `SELECT body FROM note WHERE conversation_id = '${planned.id}' AND deleted_at IS NULL`);
check(notes.length === 1 && notes[0].body === 'Came from the calendar alarm',
      `Done files the note as that conversation's debrief (${JSON.stringify(notes)})`);

// The home-screen icon's shortcut: the manifest names it, and its link opens capture.
const manifest = JSON.parse(fs.readFileSync(path.join(webDir, 'manifest.webmanifest'), 'utf8'));
const shortcut = (manifest.shortcuts || []).find((s) => s.name === 'Capture a note');
check(Boolean(shortcut) && shortcut.url === './#capture',
      `the manifest has a "Capture a note" shortcut to ./#capture (${JSON.stringify(manifest.shortcuts)})`);
await page.goto(site.url + '#capture');
await page.waitForFunction(() => window.rapportReady === true, null, { timeout: 60000 });
await onScreen('Capture');
check(await page.evaluate(() => document.activeElement && document.activeElement.id) === 'rapport-keyboard',
      'launched from the shortcut, capture opens with the keyboard input focused');

// Shared from another app (the manifest's share target): a link lands in the inbox.
check(manifest.share_target && manifest.share_target.method === 'GET' &&
      manifest.share_target.params.url === 'url' && manifest.share_target.params.text === 'text',
      `the manifest has a share target taking a title, text and link (${JSON.stringify(manifest.share_target)})`);
const inboxBefore = (await query('SELECT id FROM note WHERE person_id IS NULL AND deleted_at IS NULL')).length;
await page.goto(site.url + '?title=' + encodeURIComponent('Diary studies, done well') +
                '&text=' + encodeURIComponent('Worth reading before Thursday') +
                '&url=' + encodeURIComponent('https://example.org/diary-studies'));
await page.waitForFunction(() => window.rapportReady === true, null, { timeout: 60000 });
for (let i = 0; i < 5; ++i) await frame();
const inbox = await query('SELECT body FROM note WHERE person_id IS NULL AND deleted_at IS NULL ORDER BY created_at DESC');
check(inbox.length === inboxBefore + 1 &&
      inbox[0].body === 'Diary studies, done well\nWorth reading before Thursday\nhttps://example.org/diary-studies',
      `a shared link and its words land in the inbox (${JSON.stringify(inbox[0])})`);
check(await page.evaluate(() => window.location.search === ''), 'the share leaves the address once taken');

await browser.close();
site.close();
await checks.finish();
