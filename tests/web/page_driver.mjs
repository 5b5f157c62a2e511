// What every web test needs: the site served as a static server with
// precompressed files serves it, Debian's Chromium, and a driver that taps
// controls by the names the app publishes each frame (Module.rapportControls).
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';

// Serves the site as a static server with precompressed files does (nginx
// gzip_static): the .gz copy beside a file when the browser takes gzip. It
// counts the bytes each file took on the wire (`sent`) and how many times
// each was asked for (`asked`).
export async function serveSite(webDir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
                  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };
  const sent = {};
  const asked = {};
  const log = [];
  keepLog('site', () => log.join('\n') + '\n');
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(webDir, path.normalize(name));
    const found = file.startsWith(path.resolve(webDir)) && fs.existsSync(file);
    log.push(`${new Date().toISOString().slice(11, 23)} ${req.method} ${req.url} ${found ? 200 : 404}`);
    asked[name] = (asked[name] || 0) + 1;
    if (!found) { res.writeHead(404); res.end(); return; }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '') && fs.existsSync(file + '.gz');
    const body = gzip ? file + '.gz' : file;
    const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream',
                      'Content-Length': fs.statSync(body).size };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    sent[name] = fs.statSync(body).size;
    fs.createReadStream(body).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, sent, asked, close: () => server.close() };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
}

// What a failing test leaves behind, so the failure explains itself: a
// screenshot of every page still open, each page's console, and the log of
// any server the test ran (`keepLog`). Written by `checker`'s finish and on
// an uncaught error.
const trail = { pages: [], logs: [] };
export function keepLog(name, text) { trail.logs.push({ name, text }); }
async function leaveEvidence(outDir, name) {
  fs.mkdirSync(outDir, { recursive: true });
  const left = [];
  for (const [i, { page, lines }] of trail.pages.entries()) {
    const base = path.join(outDir, `${name}-failed-${i + 1}`);
    fs.writeFileSync(`${base}-console.txt`, lines.join('\n') + '\n');
    left.push(`${base}-console.txt`);
    if (!page.isClosed()) {
      try {
        await page.screenshot({ path: `${base}.png`, timeout: 10000 });
        left.push(`${base}.png`);
      } catch (error) { /* a page that cannot draw any more: its console says why */ }
    }
  }
  for (const { name: log, text } of trail.logs) {
    const file = path.join(outDir, `${name}-failed-${log}.log`);
    fs.writeFileSync(file, text());
    left.push(file);
  }
  console.log(`what the failed test saw: ${left.join(', ')}`);
}

// The browser's clock, set by the test: the pages of `context` start at
// `at` (ms since the epoch) and time runs on from there, reloads included,
// so a test states the day it is about and passes on every other. Place it
// with the context's `timezoneId` (and TZ for this process's own Date).
// Returns this clock's `now()` for the test's own checks.
export async function pinClock(context, at) {
  const shift = at - Date.now();
  await context.addInitScript((shift) => {
    const RealDate = Date;
    class TestDate extends RealDate {
      constructor(...args) { super(...(args.length ? args : [RealDate.now() + shift])); }
      static now() { return RealDate.now() + shift; }
    }
    globalThis.Date = TestDate;
  }, shift);
  return { now: () => Date.now() + shift };
}

// A phone: 390x844 at a 3x pixel ratio, with touch (and any more context
// `options`), a script run before the page's own (`initScript`, optional),
// and the page's errors printed; its whole console is kept for a failure.
export async function phonePage(browser, options = {}, initScript = undefined) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3,
                                             isMobile: true, hasTouch: true, ...options });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  keepConsole(page);
  return { context, page };
}

// Keeps `page`'s console for the evidence of a failure, and prints its errors.
export function keepConsole(page) {
  const lines = [];
  trail.pages.push({ page, lines });
  const stamp = () => new Date().toISOString().slice(11, 23);
  page.on('console', (m) => {
    lines.push(`${stamp()} ${m.type()}: ${m.text()}`);
    if (m.type() === 'error') console.log('page error:', m.text());
  });
  page.on('pageerror', (e) => {
    lines.push(`${stamp()} exception: ${e.stack || e.message}`);
    console.log('page exception:', e.stack || e.message);
  });
}

// Prints each check; `checks.finish()` ends the test, leaving under
// OUT_DIR what it saw when anything failed (as an uncaught error does too).
export function checker(outDir, name) {
  const checks = { failed: false };
  checks.check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`); if (!ok) checks.failed = true; };
  checks.finish = async () => {
    if (checks.failed) await leaveEvidence(outDir, name);
    process.exit(checks.failed ? 1 : 0);
  };
  process.on('uncaughtException', async (error) => {
    console.error(error);
    await leaveEvidence(outDir, name);
    process.exit(1);
  });
  return checks;
}

// Drives one page of the app at `url`; a failed wait leaves OUT_DIR/NAME-failed.png.
export function driver(page, context, url, outDir, name = 'phone') {
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
  // The database as the app wrote it, queried with Debian's sqlite3.
  const query = async (sql) => {
    const bytes = await page.evaluate(() => Array.from(Module.FS.readFile('/data/rapport.db')));
    const file = path.join(os.tmpdir(), `rapport-web-${process.pid}.db`);
    fs.writeFileSync(file, Buffer.from(bytes));
    try {
      const out = execFileSync('sqlite3', ['-json', file, sql], { encoding: 'utf8' });
      return out.trim() ? JSON.parse(out) : [];
    } finally {
      fs.rmSync(file, { force: true });
    }
  };
  const labels = () => page.evaluate(() => (Module.rapportControls || []).map((c) => c.label));
  // A generous limit: a loaded CI machine draws slowly, and a pass never waits it out.
  const waitForControl = async (label, timeout = 30000) => {
    try {
      await page.waitForFunction((l) => (Module.rapportControls || []).some((c) => c.label === l), label, { timeout });
    } catch (error) {
      const seen = await labels();
      await page.screenshot({ path: path.join(outDir, `${name}-failed.png`) });
      throw new Error(`no control "${label}" on screen after ${timeout} ms; it shows: ${JSON.stringify(seen)}`);
    }
  };
  const tapControl = async (label) => {
    await waitForControl(label);
    const [x, y] = await page.evaluate((l) => {
      const c = (Module.rapportControls || []).filter((c) => c.label === l).pop();
      const dpr = window.devicePixelRatio;
      return [(c.x0 + c.x1) / 2 / dpr, (c.y0 + c.y1) / 2 / dpr];
    }, label);
    await page.touchscreen.tap(x, y);
    for (let i = 0; i < 3; ++i) await frame();
  };
  // A finger drag up the middle of the screen, as the browser's touch input.
  const swipeUp = async (down = false) => {
    const cdp = await context.newCDPSession(page);
    const [from, to, step] = down ? [300, 600, 20] : [600, 300, -20];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 195, y: from }] });
    for (let y = from + step; down ? y <= to : y >= to; y += step) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 195, y }] });
      await frame();
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    for (let i = 0; i < 10; ++i) await frame(); // the fling settles
  };
  // Scrolls the screen down, a wheel step at a time, until a control whose label
  // matches appears; returns that label.
  const scrollTo = async (pattern, up = false) => {
    for (let step = 0; step < 20; ++step) {
      const found = (await labels()).find((l) => pattern.test(l));
      if (found) return found;
      await swipeUp(up);
    }
    return undefined;
  };
  const shows = async (label) => (await labels()).includes(label);
  // The accessible mirror (rapport-page.js): the app has drawn the screen
  // titled `title` and the page mirrors it.
  const onScreen = async (title) => {
    try {
      await page.waitForFunction((t) => Module.rapportScreen &&
        Module.rapportScreen.nodes.some((n) => n.role === 'heading' && n.level === 1 && n.name === t),
        title, { timeout: 30000 });
    } catch (error) {
      await page.screenshot({ path: path.join(outDir, `${name}-failed.png`) });
      throw new Error(`the screen "${title}" did not come; the mirror has: ${await page.evaluate(() =>
        JSON.stringify((Module.rapportScreen || { nodes: [] }).nodes.map((n) => n.role + ':' + n.name).slice(0, 30)))}`);
    }
    for (let i = 0; i < 3; ++i) await frame();
  };
  // A screen reader's "activate" on the mirror's node with this role and
  // name (a string exactly, or a pattern): Chromium clicks it.
  const activate = async (role, accessibleName) => {
    await page.getByRole(role, { name: accessibleName, exact: typeof accessibleName === 'string' })
      .first().dispatchEvent('click');
    for (let i = 0; i < 4; ++i) await frame();
  };
  return { frame, ready, dbText, query, labels, waitForControl, tapControl, swipeUp, scrollTo, shows,
           onScreen, activate };
}
