// The web app on a slow phone link (200 KB/s down, 150 ms each way), as a
// person meets it: the first visit shows its progress and downloads the app
// once (the page keeps the wasm for the offline worker, which does not fetch
// it again); every later launch starts from the worker's cache without asking
// the network; a new version is fetched in the background and announced, and
// Reload switches to it keeping what was typed; offline, it still starts; a
// note filed with Done as the page closed is filed at the next start.
// Prints the first frame on that link, first visit and reload.
//   node web_offline_test.mjs WEB_DIR OUT_DIR
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveSite, launchBrowser, phonePage, checker, driver, pinClock, keepConsole } from './page_driver.mjs';

const zone = 'Europe/Lisbon';
const tuesdayNoon = Date.UTC(2026, 11, 8, 12, 0); // the day this test is about: Tue 2026-12-08 12:00
process.env.TZ = zone;

const [webArg, outDir] = process.argv.slice(2);
if (!webArg || !outDir) { console.error('usage: node web_offline_test.mjs WEB_DIR OUT_DIR'); process.exit(2); }
fs.mkdirSync(outDir, { recursive: true });

// A copy of the site, so a "new version" can be published into it.
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-site-'));
fs.cpSync(path.resolve(webArg), siteDir, { recursive: true });
const site = await serveSite(siteDir);
const { url, sent, asked } = site;
const checks = checker(outDir, 'offline');
const check = checks.check;
const browser = await launchBrowser();
const { context, page } = await phonePage(browser, { timezoneId: zone });
await pinClock(context, tuesdayNoon);
const { frame, ready, dbText, tapControl } = driver(page, context, url, outDir, 'offline');

const slowLink = async () => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150,
    downloadThroughput: 200 * 1024, uploadThroughput: 100 * 1024 });
};
await slowLink();
const wasm = fs.statSync(path.join(siteDir, 'rapport.wasm')).size;
const wasmGz = fs.statSync(path.join(siteDir, 'rapport.wasm.gz')).size;
const versionOf = (dir) => /rapportVersion = '([^']+)'/.exec(fs.readFileSync(path.join(dir, 'rapport-files.js'), 'utf8'))[1];
const firstVersion = versionOf(siteDir);
const cacheState = () => page.evaluate(async () => {
  const result = {};
  for (const key of await caches.keys()) {
    result[key] = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname.replace(/^\//, ''));
  }
  return result;
});
const cacheFull = (version) => page.waitForFunction(async (v) => {
  if (!(await caches.has('rapport-' + v))) return false;
  const names = (await (await caches.open('rapport-' + v)).keys()).map((r) => new URL(r.url).pathname);
  return names.length >= 10 && names.some((n) => n.endsWith('/rapport.wasm'));
}, version, { timeout: 60000 });

// The first visit: progress while the app downloads, then the worker fills
// its cache without downloading the app a second time.
const firstStart = Date.now();
await page.goto(url);
let midway = '';
try {
  await page.waitForFunction(() => /Loading Rapport… [1-9]\d?%/.test(document.getElementById('status-text').textContent),
                             null, { timeout: 60000 });
  midway = await page.evaluate(() => document.getElementById('status-text').textContent);
  await page.screenshot({ path: path.join(outDir, 'phone-loading.png') });
} catch (e) { /* reported below */ }
await page.waitForFunction(() => window.rapportReady === true, null, { timeout: 120000 });
const firstFrame = Date.now() - firstStart;
const steps = await page.evaluate(() => window.rapportLoadProgress || []);
check(midway !== '' && steps.length > 10 && steps[steps.length - 1] >= 95,
      `the first load shows its progress ("${midway}", ${steps.length} steps, last ${steps[steps.length - 1]}%)`);
check(sent['rapport.wasm'] === wasmGz,
      `rapport.wasm goes out precompressed: ${(wasmGz / 1048576).toFixed(2)} MB of ${(wasm / 1048576).toFixed(2)} MB`);
await page.evaluate(() => navigator.serviceWorker.ready);
await cacheFull(firstVersion);
check(asked['rapport.wasm'] === 1,
      `the first visit downloads the app once: rapport.wasm asked for ${asked['rapport.wasm']} time(s), the worker kept the page's copy`);
const firstBytes = Object.values(sent).reduce((a, b) => a + b, 0);
console.log(`first visit at 200 KB/s and 150 ms: first frame ${firstFrame} ms; ${(firstBytes / 1048576).toFixed(2)} MB on the wire`);

// Every later launch starts from the cache: nothing of the app is asked for.
const askedBefore = { ...asked };
const reloadFrame = await ready();
const askedAgain = Object.keys(asked).filter((name) => name !== 'service-worker.js' && asked[name] !== askedBefore[name]);
check(askedAgain.length === 0,
      `a reload on that link starts from the cache, asking the network for none of the app's files (asked: ${JSON.stringify(askedAgain)}); first frame ${reloadFrame} ms`);
console.log(`reload at 200 KB/s and 150 ms: first frame ${reloadFrame} ms`);

// Something typed, and not yet filed, when a new version arrives.
await frame();
await tapControl('Capture');
const typed = 'Kept across the update';
await page.keyboard.type(typed, { delay: 10 });
for (let i = 0; i < 3; ++i) await frame();

// A new version is published. The next look (the browser checks the worker
// on each launch; the page, when it comes back into view) fetches it in the
// background while this version keeps running, and the page says so.
const secondVersion = firstVersion.split('').reverse().join('');
const publish = (name, edit) => {
  const file = path.join(siteDir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file)));
};
publish('service-worker.js', (text) => text.replace(`const VERSION = '${firstVersion}';`, `const VERSION = '${secondVersion}';`));
publish('rapport-files.js', (text) => text.replace(firstVersion, secondVersion));
const wasmAskedBeforeUpdate = asked['rapport.wasm'];
await page.evaluate(() => window.rapportRegistration.update());
await page.waitForSelector('#rapport-update', { timeout: 60000 });
const bar = await page.evaluate(() => {
  const bar = document.getElementById('rapport-update').getBoundingClientRect();
  const canvas = document.getElementById('canvas').getBoundingClientRect();
  return { text: document.getElementById('rapport-update').textContent, barBottom: bar.bottom, canvasTop: canvas.top,
           canvasHeight: canvas.height, live: document.getElementById('rapport-live').textContent };
});
check(bar.text.includes('A new version is ready') && bar.live.includes('A new version'),
      `a new version fetched in the background is announced: "${bar.text}" (read out: "${bar.live}")`);
check(Math.abs(bar.canvasTop - bar.barBottom) < 1 && bar.canvasHeight < 844 - 50,
      `the notice takes its own room above the app, covering nothing (app from ${bar.canvasTop} px, ${bar.canvasHeight} px tall)`);
check(asked['rapport.wasm'] === wasmAskedBeforeUpdate + 1,
      `the new version's app is downloaded once, in the background (${asked['rapport.wasm'] - wasmAskedBeforeUpdate})`);
await frame();
await page.screenshot({ path: path.join(outDir, 'phone-update-ready.png') });
check(await page.evaluate(() => !!document.getElementById('rapport-keyboard')) && (await dbText()) !== '',
      'the old version keeps running while the new one waits');

// Reload: what was typed is kept, the new version runs, the old cache goes.
await page.getByRole('button', { name: 'Reload' }).tap();
await page.waitForFunction((v) => window.rapportReady === true && window.rapportVersion === v, secondVersion,
                           { timeout: 60000 });
await page.waitForFunction(async (v) => (await caches.keys()).every((k) => k === 'rapport-' + v), secondVersion,
                           { timeout: 30000 });
const caches2 = await cacheState();
check(Object.keys(caches2).length === 1 && caches2['rapport-' + secondVersion].length >= 10,
      `after Reload the new version runs from its own cache and the old one is gone (${Object.keys(caches2)})`);
check(!(await page.evaluate(() => !!document.getElementById('rapport-update'))), 'the notice is gone after the update');
check((await dbText()).includes(typed), `what was typed before Reload is kept: "${typed}"`);

// Offline, the app still starts, from the new version's cache.
await context.setOffline(true);
const offlineFrame = await ready();
check(await page.evaluate(() => window.rapportReady === true), `offline, the app starts from its cache (first frame ${offlineFrame} ms)`);
await context.setOffline(false);

// Done, and the page goes away before the browser has stored the filing (a
// phone closing the tab at once): the next start files the note, once.
{
  const { context: done, page: first } = await phonePage(browser, { timezoneId: zone });
  await pinClock(done, tuesdayNoon);
  const d = driver(first, done, url, outDir, 'done');
  await d.ready();
  await d.tapControl('Capture');
  const note = 'Filed as the tab closed';
  await first.keyboard.type(note, { delay: 10 });
  await first.evaluate(() => { Module.FS.syncfs = () => { /* IndexedDB never gets it */ }; });
  await d.tapControl('Done');
  await first.close({ runBeforeUnload: true });

  const again = await done.newPage();
  keepConsole(again);
  const a = driver(again, done, url, outDir, 'done-again');
  await a.ready();
  // The confirmation first: it leaves by itself after its few seconds, and
  // the database reads below take longer than that on a loaded machine.
  const said = await again.waitForFunction(() => (Module.rapportScreen || { nodes: [] }).nodes
    .some((n) => n.name === 'Your last note was filed in your inbox'), null, { timeout: 15000 })
    .then(() => true, () => false);
  const filed = await a.query(`SELECT count(*) AS n FROM note WHERE body = '${note}'`);
  const draft = await a.query('SELECT count(*) AS n FROM capture_draft');
  check(filed[0].n === 1 && draft[0].n === 0,
        `a note filed with Done just before the page closed is filed at the next start (${filed[0].n} note, ${draft[0].n} draft left)`);
  check(said, 'and the app says so');
  await again.waitForFunction(() => (window.rapportSynced || 0) > 0, null, { timeout: 30000 }).catch(() => {});
  await a.ready();
  const once = await a.query(`SELECT count(*) AS n FROM note WHERE body = '${note}'`);
  check(once[0].n === 1, `once stored, the next start does not file it again (${once[0].n})`);
  await done.close();
}

await browser.close();
site.close();
fs.rmSync(siteDir, { recursive: true, force: true });
await checks.finish();
