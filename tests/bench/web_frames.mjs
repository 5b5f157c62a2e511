// The web app's frame cost and key-to-screen latency, at a 1x and a 3x pixel
// ratio (390x844, touch), in headless Chromium with software WebGL:
// - main-thread time of each drawn frame (the browser's animation-frame
//   callback that ran the app's frame: ImGui, the GL calls' submission, the
//   page's bookkeeping), apart from the wall time between drawn frames, which
//   includes the GPU process drawing the last one;
// - key to screen: from a key's keydown to the first animation frame after
//   the app's frame that drew the character (that frame is then on screen).
//   node tests/bench/web_frames.mjs [WEB_DIR]   (build/web/site by default)
import path from 'node:path';
import { serveSite, launchBrowser, phonePage, pinClock } from '../web/page_driver.mjs';

const webDir = path.resolve(process.argv[2] || 'build/web/site');
const site = await serveSite(webDir);
const browser = await launchBrowser();

// Times every animation-frame callback and notes when the app publishes a
// focused field's new text (at the end of the frame that drew it).
function instrument() {
  const raf = window.requestAnimationFrame.bind(window);
  window.rapportBench = { frames: [], draws: [], keys: [], vsyncs: [] };
  // WebGL's getParameter is a synchronous round trip to the GPU process, so
  // it waits for the GPU to finish what was sent before: time spent in it is
  // the GPU's, not the frame's own.
  let waited = 0;
  const getParameter = WebGL2RenderingContext.prototype.getParameter;
  WebGL2RenderingContext.prototype.getParameter = function (pname) {
    const start = performance.now();
    try { return getParameter.call(this, pname); } finally { waited += performance.now() - start; }
  };
  if (window.RAPPORT_BENCH_ATTRIBUTES) {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, attributes) {
      return getContext.call(this, kind, { ...attributes, ...window.RAPPORT_BENCH_ATTRIBUTES });
    };
  }
  window.requestAnimationFrame = (callback) => raf((stamp) => {
    const start = performance.now();
    window.rapportBench.vsyncs.push(start);
    waited = 0;
    callback(stamp);
    window.rapportBench.frames.push({ start, ms: performance.now() - start, gpu: waited });
  });
  window.addEventListener('keydown', (event) => window.rapportBench.keys.push({ key: event.key, at: performance.now() }),
                          true);
  const hook = setInterval(() => {
    if (!window.Module || !Module.rapportFocusedText || Module.rapportFocusedText.benched) return;
    const inner = Module.rapportFocusedText;
    Module.rapportFocusedText = (field) => {
      window.rapportBench.draws.push({ text: field && field.text, at: performance.now() });
      inner(field);
    };
    Module.rapportFocusedText.benched = true;
    clearInterval(hook);
  }, 1);
}

const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v) => v.toFixed(1);

async function measure(scale) {
  const { context, page } = await phonePage(browser, { deviceScaleFactor: scale, timezoneId: 'Europe/Lisbon' });
  await pinClock(context, Date.UTC(2026, 11, 8, 12, 0));
  if (process.env.ATTRS) await context.addInitScript(`window.RAPPORT_BENCH_ATTRIBUTES = ${process.env.ATTRS};`);
  await context.addInitScript(instrument);
  await page.goto(site.url);
  await page.waitForFunction(() => window.rapportReady === true, null, { timeout: 60000 });
  // Capture, the box focused: the screen a person types on most.
  await page.waitForFunction(() => (Module.rapportControls || []).some((c) => c.label === 'Capture'));
  const [x, y] = await page.evaluate(() => {
    const c = Module.rapportControls.filter((c) => c.label === 'Capture').pop();
    return [(c.x0 + c.x1) / 2 / devicePixelRatio, (c.y0 + c.y1) / 2 / devicePixelRatio];
  });
  await page.touchscreen.tap(x, y);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rapport-keyboard');
  await page.waitForTimeout(500); // the screen settles: only typing draws from here
  await page.evaluate(() => { const b = window.rapportBench; b.frames = []; b.draws = []; b.keys = []; b.vsyncs = []; });
  const text = 'Met the dean at noon';
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(150); // one key at a time, each drawn before the next
  }
  const bench = await page.evaluate(() => window.rapportBench);
  await context.close();

  // A drawn frame is one whose callback did real work (an idle tick returns
  // at once); the app draws only on an event or a timer.
  const drawn = bench.frames.filter((f) => f.ms > 0.5);
  const latencies = [];
  let typed = '';
  for (const key of bench.keys) {
    typed += key.key;
    const draw = bench.draws.find((d) => d.at > key.at && d.text && d.text.endsWith(typed));
    if (!draw) continue;
    const shown = bench.vsyncs.find((v) => v > draw.at);
    latencies.push({ drawn: draw.at - key.at, shown: (shown || draw.at) - key.at });
  }
  return {
    scale,
    frames: drawn.length,
    cpu50: percentile(drawn.map((f) => f.ms - f.gpu), 50),
    cpu95: percentile(drawn.map((f) => f.ms - f.gpu), 95),
    gpu50: percentile(drawn.map((f) => f.gpu), 50),
    gpu95: percentile(drawn.map((f) => f.gpu), 95),
    keys: latencies.length,
    drawn50: percentile(latencies.map((l) => l.drawn), 50),
    shown50: percentile(latencies.map((l) => l.shown), 50),
    shown95: percentile(latencies.map((l) => l.shown), 95),
  };
}

console.log('| pixel ratio | drawn frames | frame CPU p50 / p95 | waiting for the GPU p50 / p95 | keys | key to frame drawn p50 | key to screen p50 / p95 |');
console.log('|---|---|---|---|---|---|---|');
for (const scale of [1, 3]) {
  const r = await measure(scale);
  console.log(`| ${r.scale}x | ${r.frames} | ${ms(r.cpu50)} / ${ms(r.cpu95)} ms | ${ms(r.gpu50)} / ${ms(r.gpu95)} ms | ${r.keys} | ${ms(r.drawn50)} ms | ${ms(r.shown50)} / ${ms(r.shown95)} ms |`);
}
await browser.close();
site.close();
