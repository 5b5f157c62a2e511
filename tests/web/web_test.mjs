// The web build on a phone-sized headless Chromium with touch: it loads, a
// tap opens capture, typed text arrives, a reload shows it kept (IndexedDB),
// and a 390x844 screenshot is saved. Prints wasm size and time to first frame.
//   node web_test.mjs WEB_DIR OUT_DIR
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const [webArg, outDir] = process.argv.slice(2);
const webDir = webArg && path.resolve(webArg);
if (!webArg || !outDir) { console.error('usage: node web_test.mjs WEB_DIR OUT_DIR'); process.exit(2); }
fs.mkdirSync(outDir, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.join(webDir, path.normalize(name));
  if (!file.startsWith(path.resolve(webDir)) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

let failed = false;
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`); if (!ok) failed = true; };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3,
                                           isMobile: true, hasTouch: true });
const page = await context.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('page error:', m.text()); });
page.on('pageerror', (e) => console.log('page exception:', e.message));

const ready = async () => {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.rapportReady === true, null, { timeout: 60000 });
  return Date.now() - start;
};
const dbText = () => page.evaluate(() => {
  const bytes = Module.FS.readFile('/data/rapport.db');
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
});
const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const firstLoad = await ready();
const wasm = fs.statSync(path.join(webDir, 'rapport.wasm')).size;
console.log(`wasm: ${(wasm / 1048576).toFixed(2)} MB; page load to first frame: ${firstLoad} ms`);
check(true, 'the app loads in a 390x844 phone viewport at 3x');

// "Capture notes", the wide button under the counts on Today.
await frame();
await page.touchscreen.tap(195, 195);
// The tap itself focuses the input (a phone raises its keyboard only then),
// and typing starts at once: keys wait in the app until the box is ready.
const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
check(focused === 'rapport-keyboard', `the tap on Capture focuses the keyboard input during the tap (focus: ${focused})`);

const typed = 'Met Dana at the fair, café chat';
await page.keyboard.type(typed, { delay: 15 });
await page.keyboard.press('Backspace');
await page.keyboard.type('t!');
await page.keyboard.press('Enter');
await page.keyboard.type('Second line', { delay: 15 });
const expected = typed.slice(0, -1) + 't!\nSecond line';
for (let i = 0; i < 5; ++i) await frame();
await page.screenshot({ path: path.join(outDir, 'phone-capture.png') });

// Reload at once, well inside the autosave pause: leaving the page saves
// what was typed and keeps it.
const reload = await ready();
const afterReload = await dbText();
check(afterReload.includes(expected),
      `typed straight after the tap and reloaded at once, every character is kept, one Enter one line break: "${expected.replace('\n', '⏎')}" (reload to first frame ${reload} ms)`);
check(!afterReload.includes('t!\n\nSecond'), 'one Enter is one line break, not two');
await frame();
await page.screenshot({ path: path.join(outDir, 'phone.png') });
console.log(`screenshots: ${path.join(outDir, 'phone.png')}, phone-capture.png`);

// Import as a phone does it: a file from the picker (here handed straight to
// the page's own handler), a preview, one tap on Import.
await page.evaluate(() => {
  const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zeynep Yılmaz\r\nORG:Irrigation Co\r\nEND:VCARD\r\n';
  openFile(new File([card], 'contact.vcf'));
});
for (let i = 0; i < 10; ++i) await frame();
await page.screenshot({ path: path.join(outDir, 'phone-import.png') });
await page.touchscreen.tap(195, 223); // "Import 1 person", under the counts
for (let i = 0; i < 10; ++i) await frame();
await page.waitForFunction((n) => (window.rapportSynced || 0) > n, await page.evaluate(() => window.rapportSynced || 0) - 1, { timeout: 10000 });
check((await dbText()).includes('Zeynep Yılmaz'), 'a vCard picked on the phone is previewed and imported with one tap');

// Offline after the first visit: the service worker serves the app.
await page.evaluate(() => navigator.serviceWorker.ready);
await page.waitForFunction(async () => (await caches.keys()).length > 0 &&
  (await (await caches.open((await caches.keys())[0])).keys()).length >= 5, null, { timeout: 20000 });
await context.setOffline(true);
const offline = await ready();
check((await dbText()).includes('Zeynep Yılmaz'), `offline, the app starts from its cache with the data (first frame ${offline} ms)`);
await context.setOffline(false);

await browser.close();
server.close();
process.exit(failed ? 1 : 0);
