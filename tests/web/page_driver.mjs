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
// counts the bytes each file took on the wire (`sent`).
export async function serveSite(webDir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
                  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };
  const sent = {};
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(webDir, path.normalize(name));
    if (!file.startsWith(path.resolve(webDir)) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
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
  return { url: `http://127.0.0.1:${server.address().port}/`, sent, close: () => server.close() };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
  });
}

// A phone: 390x844 at a 3x pixel ratio, with touch (and any more context
// `options`), a script run before the page's own (`initScript`, optional),
// and the page's errors printed.
export async function phonePage(browser, options = {}, initScript = undefined) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3,
                                             isMobile: true, hasTouch: true, ...options });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('page error:', m.text()); });
  page.on('pageerror', (e) => console.log('page exception:', e.stack || e.message));
  return { context, page };
}

// Prints each check; `checks.failed` tells the exit code.
export function checker() {
  const checks = { failed: false };
  checks.check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`); if (!ok) checks.failed = true; };
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
