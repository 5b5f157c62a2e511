// The page around the app: the database in IndexedDB, the phone keyboard,
// the canvas following the visible viewport, and the offline service worker.
'use strict';

const statusLine = document.getElementById('status');
const statusText = document.getElementById('status-text');
const progress = document.getElementById('progress');
const keyboard = document.getElementById('rapport-keyboard');

// The first load is mostly rapport.wasm: its bytes are counted as they
// arrive, so a slow connection shows how far it has got instead of a still
// "Loading". Its size comes from rapport-files.js (written by the build),
// as a compressing server's Content-Length counts the compressed bytes.
function showProgress(received, total) {
  const done = total > 0 ? Math.min(99, Math.floor((received * 100) / total)) : 0;
  statusText.textContent = total > 0 ? `Loading Rapport… ${done}%`
                                     : `Loading Rapport… ${(received / 1048576).toFixed(1)} MB`;
  document.getElementById('progress-done').style.width = done + '%';
  progress.setAttribute('aria-valuenow', String(done));
  window.rapportLoadProgress = (window.rapportLoadProgress || []).concat([done]);
}
function instantiateCounted(imports, receive) {
  const total = typeof rapportWasmBytes === 'number' ? rapportWasmBytes : 0;
  fetch('rapport.wasm', { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error('rapport.wasm: HTTP ' + response.status);
    keepForOffline(response);
    const reader = response.body.getReader();
    let received = 0;
    const counted = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) { controller.close(); return; }
        received += value.byteLength;
        showProgress(received, total);
        controller.enqueue(value);
      },
    });
    // Compiled while it downloads, as instantiateStreaming does for a plain fetch.
    return WebAssembly.instantiateStreaming(
      new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }), imports);
  }).then((result) => {
    statusText.textContent = 'Starting Rapport…';
    receive(result.instance, result.module);
  }).catch((error) => Module.rapportFailed('the app did not download (' + (error.message || error) +
                                           '). Check the connection and reload.'));
  return {}; // the exports arrive through receive()
}

var Module = {
  canvas: document.getElementById('canvas'),
  print: (text) => console.log(text),
  printErr: (text) => console.error(text),
  // The database lives in IndexedDB, mounted at /data before main() runs.
  preRun: [() => {
    FS.mkdir('/data');
    FS.mount(IDBFS, {}, '/data');
    addRunDependency('rapport-data');
    FS.syncfs(true, (error) => {
      if (error) console.error('rapport: reading saved data failed', error);
      removeRunDependency('rapport-data');
    });
    addRunDependency('rapport-zone');
    loadZone().catch((error) => console.error('rapport: no time zone file', error))
              .finally(() => removeRunDependency('rapport-zone'));
    addRunDependency('rapport-guide');
    loadGuide().catch((error) => console.error('rapport: no user guide', error))
               .finally(() => removeRunDependency('rapport-guide'));
  }],
  rapportStarted: () => {
    statusLine.remove();
    window.rapportReady = true;
    startOffline();
    followLink();
  },
  rapportFailed: (message) => { statusLine.textContent = 'Rapport cannot start: ' + message; },
  instantiateWasm: (imports, receive) => instantiateCounted(imports, receive),
};

// The person's time zone for libical, which reads calendar times and writes
// Rapport's events in it: its definition from the zone files served beside
// the app (libical's own, cmake/web-sources), put where libical looks. Only
// that zone is fetched, while the wasm downloads; the worker keeps it for
// offline starts. Without it (offline on a first visit) events are written
// in UTC, still at the right instant.
async function loadZone() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return;
  const [table, definition] = await Promise.all(
    [fetch('zoneinfo/zones.tab'), fetch('zoneinfo/' + zone + '.ics')]);
  if (!table.ok || !definition.ok) return;
  const line = (await table.text()).split('\n').find((l) => l.split(' ')[2] === zone);
  if (!line) return;
  const dir = '/usr/share/libical/zoneinfo';
  FS.mkdirTree(dir + '/' + zone.split('/').slice(0, -1).join('/'));
  FS.writeFile(dir + '/zones.tab', line + '\n');
  FS.writeFile(dir + '/' + zone + '.ics', await definition.text());
}

// The user guide, which Help shows: fetched beside the app (kept offline by
// the worker) rather than built into the wasm, and put where the app reads it.
async function loadGuide() {
  const response = await fetch('user-guide.md');
  if (!response.ok) return;
  FS.mkdirTree('/guide');
  FS.writeFile('/guide/user-guide.md', await response.text());
}

// A link into the app: "#capture" opens capture, "#capture=<conversation
// id>" opens it on that conversation (the link a calendar alarm carries,
// the home-screen icon's "Capture a note" shortcut). The box is focused so
// the phone keyboard comes up; the link is then taken off the address, so a
// reload does not capture again.
function followLink() {
  // Shared from another app (the manifest's share_target): its title, text
  // and link go to the app as one request, then leave the address.
  const query = new URLSearchParams(window.location.search);
  if (query.has('text') || query.has('url') || query.has('title')) {
    const shared = ['title', 'text', 'url'].map((key) => query.get(key) || '').join('\x1f');
    Module.ccall('rapport_web_request', null, ['number', 'string'], [Module.rapportApp, 'share:' + shared]);
    history.replaceState(null, '', window.location.pathname);
    if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
    return;
  }
  const link = /^#capture(?:=([A-Za-z0-9_-]+))?$/.exec(window.location.hash);
  if (!link) return;
  const request = link[1] ? 'capture:' + link[1] : 'capture';
  Module.ccall('rapport_web_request', null, ['number', 'string'], [Module.rapportApp, request]);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
  keyboard.focus({ preventScroll: true });
}
window.addEventListener('hashchange', () => { if (window.rapportReady) followLink(); });

const DRAFT_KEY = 'rapport-unsynced-draft';
const FILED_KEY = 'rapport-unsynced-filed';
// Writes the database back to IndexedDB; a change during a sync runs one
// more. What localStorage holds for a page that goes away first (below) is
// let go once a run that started after it was kept has finished: a run
// already under way when it was kept does not have it.
let syncing = false, again = false, syncRuns = 0;
const keptUntilRun = { [DRAFT_KEY]: 1, [FILED_KEY]: 1 }; // a new page's first run has what it took back
Module.rapportSync = () => {
  if (syncing) { again = true; return; }
  syncing = true;
  const run = ++syncRuns;
  FS.syncfs(false, (error) => {
    syncing = false;
    if (error) console.error('rapport: saving to the browser failed', error);
    window.rapportSynced = (window.rapportSynced || 0) + 1;
    if (!error) {
      keepStorage();
      for (const key of [DRAFT_KEY, FILED_KEY]) {
        if (run >= keptUntilRun[key]) { try { localStorage.removeItem(key); } catch (e) { /* private mode */ } }
      }
    }
    if (again) { again = false; Module.rapportSync(); }
  });
};
function keepUntilStored(key, value) {
  try {
    if (value) localStorage.setItem(key, value); else localStorage.removeItem(key);
  } catch (error) {
    console.warn('rapport: could not keep it in localStorage', error);
  }
  keptUntilRun[key] = syncRuns + 1;
}
// Once there is data, ask the browser to keep it under storage pressure
// (otherwise it may clear the site's IndexedDB). Asked once a page load;
// the answer is in window.rapportPersisted.
let persistAsked = false;
function keepStorage() {
  if (persistAsked || !navigator.storage || !navigator.storage.persist) return;
  persistAsked = true;
  navigator.storage.persisted()
    .then((already) => already || navigator.storage.persist())
    .then((granted) => { window.rapportPersisted = granted; })
    .catch((e) => console.warn('rapport: could not ask to keep storage', e));
}
// Leaving the page (reload, closed tab, another app on a phone): what was
// typed in the last moments is saved at once, not after the autosave pause,
// and written to IndexedDB. That write may not finish before the page goes,
// so the capture draft is also put in localStorage, which is synchronous;
// the next start takes it back if IndexedDB did not get it.
function saveBeforeLeaving() {
  if (!Module.rapportWeb) return;
  const draft = Module.ccall('rapport_web_save_now', 'string', ['number'], [Module.rapportWeb]);
  keepUntilStored(DRAFT_KEY, draft);
  Module.rapportSync();
}
const keptValue = (key) => { try { return localStorage.getItem(key) || ''; } catch (error) { return ''; } };
Module.rapportUnsyncedDraft = () => keptValue(DRAFT_KEY);
// A capture filed (Done) moments before the page goes is kept the same way,
// and filed again at the next start if IndexedDB did not get it
// (app/shell/web_durability.hpp).
Module.rapportKeepFiled = (json) => keepUntilStored(FILED_KEY, json);
Module.rapportFiledCapture = () => keptValue(FILED_KEY);
Module.rapportForgetFiled = () => keepUntilStored(FILED_KEY, '');
window.addEventListener('pagehide', saveBeforeLeaving);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') { saveBeforeLeaving(); remindNow(); }
});

// Reminders while the page is open but not looked at (Settings turns them
// on): a hidden tab draws no frames, so the app is asked to look each minute
// and when the page is left. It shows nothing while the page is in view.
function remindNow() {
  if (Module.rapportApp) Module._rapport_web_remind(Module.rapportApp);
}
setInterval(remindNow, 60 * 1000);
window.addEventListener('blur', remindNow);

// The canvas cannot raise a phone keyboard; the hidden text area can. It
// holds exactly what the app's focused field holds, its text, caret and
// selection, kept in step both ways (app/ui/text_bridge.hpp): the phone
// keyboard's corrections, suggestions, swipe words, dictation, paste and
// emoji replace the very characters they mean, and each change reaches the
// app as a splice of the field's text. Until the app has said which field
// has the keyboard (the few frames while one opens), typing goes as text and
// editing keys, in order, and is held for the field as it lands.
const KEYS = { Backspace: 259, Enter: 257, Tab: 258, Escape: 256, Delete: 261, ArrowRight: 262,
               ArrowLeft: 263, ArrowDown: 264, ArrowUp: 265, PageUp: 266, PageDown: 267, Home: 268,
               End: 269 };
function sendKey(code, ctrl, shift) {
  if (!Module.rapportState) return;
  Module._rapport_web_key(Module.rapportState, code, 1, ctrl ? 1 : 0, shift ? 1 : 0);
  Module._rapport_web_key(Module.rapportState, code, 0, ctrl ? 1 : 0, shift ? 1 : 0);
}
function sendText(text) {
  if (!Module.rapportState || !text) return;
  Module.ccall('rapport_web_text', null, ['number', 'string'], [Module.rapportState, text]);
}
// Typing bridges: the hidden text area, and the mirror's labelled fields (below).
const isBridge = (element) => element === keyboard || (element && element.rapportField === true);

// UTF-8 byte offsets (the app's) and UTF-16 indices (the page's), without
// ever splitting a surrogate pair: an emoji is one character to both.
function utf8Length(text, end) {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < end) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}
function indexAtUtf8(text, offset) {
  let bytes = 0, i = 0;
  while (i < text.length && bytes < offset) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length) { bytes += 4; i++; }
    else bytes += 3;
    i++;
  }
  return i;
}
const isLowSurrogate = (unit) => unit >= 0xDC00 && unit <= 0xDFFF;

const bridge = {
  field: 0,          // the app's field the text area holds; 0: not known yet
  multiline: false,
  sent: 0,           // the serial of the last splice sent
  composing: false,  // the keyboard is composing a word: the page must not touch the text
  latest: null,      // what the app last said its focused field holds
  before: { value: '', start: 0, end: 0 }, // the text area as the app last had it
};
window.rapportBridge = bridge; // for tests
function selectionOf(input) {
  return { value: input.value, start: input.selectionStart, end: input.selectionEnd,
           backward: input.selectionDirection === 'backward' };
}
// The change from what the app had to what the text area holds now, as one
// splice: the common start and end stay, the middle is replaced.
function sendSplice() {
  const before = bridge.before.value, now = keyboard.value;
  let head = 0;
  while (head < before.length && head < now.length && before[head] === now[head]) head++;
  if (head > 0 && isLowSurrogate(before.charCodeAt(head)) ) head--; // never half an emoji
  let tail = 0;
  while (tail < before.length - head && tail < now.length - head &&
         before[before.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  if (tail > 0 && isLowSurrogate(now.charCodeAt(now.length - tail))) tail--;
  const selection = selectionOf(keyboard);
  if (head === before.length && head === now.length && selection.start === bridge.before.start &&
      selection.end === bridge.before.end) return; // nothing changed
  bridge.sent += 1;
  const caret = selection.backward ? selection.start : selection.end;
  Module.ccall('rapport_web_edit', null,
               ['number', 'number', 'number', 'number', 'number', 'string', 'number', 'number', 'number'],
               [Module.rapportState, bridge.sent, bridge.field, utf8Length(before, head),
                utf8Length(before, before.length - tail), now.slice(head, now.length - tail),
                utf8Length(now, selection.start), utf8Length(now, selection.end), utf8Length(now, caret)]);
  bridge.before = selection;
}
// Until the field is known: what the text area gained goes as text, what it
// lost as Backspaces (it started empty, with the caret at its end).
function sendDifference(input) {
  const now = input.value;
  const shown = input.shown || '';
  let same = 0;
  while (same < shown.length && same < now.length && shown[same] === now[same]) same++;
  for (let i = shown.length; i > same; i--) {
    if (!isLowSurrogate(shown.charCodeAt(i - 1)) || i - 1 === same) sendKey(KEYS.Backspace, false, false);
  }
  sendText(now.slice(same));
  input.shown = now;
}
function unbind() {
  bridge.field = 0;
  keyboard.value = '';
  keyboard.shown = '';
  bridge.before = { value: '', start: 0, end: 0 };
}
// The app's field, taken into the text area once the page has caught up:
// every splice applied, no key still queued, no word being composed.
function adoptField() {
  const field = bridge.latest;
  if (!field || document.activeElement !== keyboard) return;
  if (field.field === 0) { if (bridge.field !== 0) unbind(); return; }
  if (!field.settled || field.applied < bridge.sent || bridge.composing) return;
  if (bridge.field !== field.field) {
    bridge.field = field.field;
    keyboard.setAttribute('enterkeyhint', field.multiline ? 'enter' : 'done');
  }
  bridge.multiline = field.multiline;
  const start = indexAtUtf8(field.text, field.start), end = indexAtUtf8(field.text, field.end);
  const backward = field.caret === field.start && field.start !== field.end;
  if (keyboard.value !== field.text) keyboard.value = field.text;
  if (keyboard.selectionStart !== start || keyboard.selectionEnd !== end)
    keyboard.setSelectionRange(start, end, backward ? 'backward' : 'forward');
  keyboard.shown = keyboard.value;
  bridge.before = selectionOf(keyboard);
}
Module.rapportFocusedText = (field) => { bridge.latest = field; adoptField(); };
keyboard.addEventListener('focus', () => { unbind(); adoptField(); });
keyboard.addEventListener('compositionstart', () => { bridge.composing = true; });
keyboard.addEventListener('compositionend', () => { bridge.composing = false; adoptField(); });
keyboard.addEventListener('input', () => {
  if (bridge.field !== 0) sendSplice(); else sendDifference(keyboard);
});
// A caret moved in the text area (arrows, a keyboard's cursor control).
document.addEventListener('selectionchange', () => {
  if (document.activeElement === keyboard && bridge.field !== 0 && !bridge.composing &&
      keyboard.value === bridge.before.value) sendSplice();
});
// One-line fields take no line break: Enter submits them, however the
// keyboard sends it (some send only this event).
keyboard.addEventListener('beforeinput', (event) => {
  const lineBreak = event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph';
  if (lineBreak && (bridge.field === 0 || !bridge.multiline)) {
    event.preventDefault();
    sendKey(KEYS.Enter, false, false);
  }
});
// The app asks for the keyboard once a text box is active; a tap on a
// control that opens one has usually focused the text area already (below),
// and then what was typed since must not be reset.
Module.rapportKeyboard = (show) => {
  if (!show) { if (document.activeElement === keyboard) keyboard.blur(); return; }
  // Someone reading the page's mirror types in its field for the box that
  // opened (focused once the mirror shows it), not in the hidden text area.
  if (readingMirror()) { if (!focusMirrorField()) typeInMirror = true; return; }
  if (document.activeElement !== keyboard) keyboard.focus({preventScroll: true});
};
// Phones raise their keyboard only for a focus inside the tap's own event:
// a tap on a text field or a capture button focuses the text area here, so
// the first letters typed after it reach the app (held until the box is ready).
function tapOpensKeyboard(clientX, clientY) {
  const targets = Module.rapportKeyboardTargets || [];
  const box = Module.canvas.getBoundingClientRect();
  const x = (clientX - box.left) * window.devicePixelRatio;
  const y = (clientY - box.top) * window.devicePixelRatio;
  for (let i = 0; i + 3 < targets.length; i += 4)
    if (x >= targets[i] && x <= targets[i + 2] && y >= targets[i + 1] && y <= targets[i + 3]) return true;
  return false;
}
Module.canvas.addEventListener('touchend', (event) => {
  const touch = event.changedTouches[0];
  if (touch && tapOpensKeyboard(touch.clientX, touch.clientY)) keyboard.focus({preventScroll: true});
});
Module.canvas.addEventListener('mouseup', (event) => {
  if (tapOpensKeyboard(event.clientX, event.clientY)) keyboard.focus({preventScroll: true});
});
// The keys the app acts on itself go to it as keys; the text area edits
// with the rest (Backspace, Delete, the caret along a line, select all, cut,
// copy, paste, undo) and sends the result as a splice.
const EDITED_HERE_WITH_CTRL = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
function keyGoesToApp(event) {
  const ctrl = event.ctrlKey || event.metaKey;
  if (bridge.field === 0) { // not known yet: the app edits, the text area only collects text
    if (event.key === 'Backspace' && keyboard.value !== '') return false;
    return Boolean(KEYS[event.key]) || (ctrl && event.key.length === 1);
  }
  switch (event.key) {
    case 'Escape': case 'Tab': return true;
    case 'Enter': return ctrl || !bridge.multiline;
    case 'ArrowUp': case 'ArrowDown': case 'PageUp': case 'PageDown': return bridge.multiline;
    default: return ctrl && event.key.length === 1 && !EDITED_HERE_WITH_CTRL.has(event.key.toLowerCase());
  }
}
// GLFW listens on the window in the capture phase; these listeners are
// registered first (this script runs before rapport.js), so keys meant for
// the text area stop here and reach the app once, through the bridge.
window.addEventListener('keydown', (event) => {
  if (mirrorControlKey(event)) { event.stopImmediatePropagation(); return; }
  if (!isBridge(event.target)) return;
  event.stopImmediatePropagation();
  if (event.target !== keyboard) { mirrorFieldKey(event); return; }
  if (event.isComposing || !keyGoesToApp(event)) return;
  event.preventDefault();
  const ctrl = event.ctrlKey || event.metaKey;
  // Enter is a key: the text box makes the line break (sending '\n' as
  // text as well made two).
  const code = KEYS[event.key] || event.key.toUpperCase().charCodeAt(0);
  sendKey(code, ctrl, event.shiftKey);
}, true);
for (const type of ['keyup', 'keypress']) {
  window.addEventListener(type, (event) => {
    if (isBridge(event.target) || mirrorControlKey(event)) event.stopImmediatePropagation();
  }, true);
}

// The accessible mirror. The canvas is one picture to a screen reader, so the
// app describes each screen it draws (app/ui/accessible_mirror.hpp) and the
// page keeps real elements in step with it, over the canvas and unseen:
// headings, text, cards and buttons as buttons, chips as toggles, fields as
// labelled inputs, the conversation's timer, and a live region for what is
// announced. Moving to an element puts the app's focus ring there; acting on
// one acts on the control, as Tab and Enter do; a field's typing goes to the
// app through the same bridge as the phone keyboard.
const mirror = document.getElementById('rapport-screen');
const live = document.getElementById('rapport-live');
const mirrored = new Map(); // a node's key -> its element
let announced = 0, screenTitle = null, restoringFocus = false, typeInMirror = false;
let mirrorUsed = false; // something in the mirror had the focus since the page loaded
function readingMirror() {
  const active = document.activeElement;
  return active !== keyboard && active && active !== Module.canvas &&
         (mirror.contains(active) || (active === document.body && mirror.childElementCount > 0 && mirrorUsed));
}
function tagFor(node) {
  switch (node.role) {
    case 'heading': return node.level === 1 ? 'h1' : 'h2';
    case 'button': case 'toggle': return 'button';
    case 'textbox': case 'password': return 'input';
    case 'textarea': return 'textarea';
    case 'timer': return 'div';
    default: return 'p';
  }
}
function access(element, activate) {
  if (!Module.rapportState || element.rapportStop === undefined) return;
  Module.ccall('rapport_web_access', null, ['number', 'number', 'string', 'number'],
               [Module.rapportState, element.rapportStop, element.rapportLabel, activate ? 1 : 0]);
}
function makeElement(node) {
  const element = document.createElement(tagFor(node));
  if (element.tagName === 'BUTTON') {
    element.type = 'button';
    // Only assistive technology or the keyboard can click it: the mirror
    // takes no pointer.
    element.addEventListener('click', () => { mirrorUsed = true; access(element, true); });
  } else if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') {
    if (element.tagName === 'INPUT') element.type = node.role === 'password' ? 'password' : 'text';
    element.rapportField = true;
    element.autocomplete = 'off';
    element.addEventListener('input', () => sendDifference(element));
  } else if (node.role === 'timer') {
    element.setAttribute('role', 'timer');
  } else if (element.tagName === 'H1') {
    element.tabIndex = -1; // a new screen's title takes the focus
  }
  if (element.tagName === 'BUTTON' || element.rapportField) {
    element.addEventListener('focus', () => {
      mirrorUsed = true;
      if (restoringFocus) return;
      if (element.rapportField) {
        // The app's field opens with its text selected: the caret goes to
        // the end there and here, so what is typed is added, not swapped in.
        element.shown = element.value;
        element.setSelectionRange(element.value.length, element.value.length);
        access(element, false);
        sendKey(KEYS.End, true, false);
      } else {
        access(element, false);
      }
    });
  }
  return element;
}
function place(element, node, dpr) {
  const style = element.style;
  style.left = (node.x0 / dpr) + 'px';
  style.top = (node.y0 / dpr) + 'px';
  style.width = Math.max(1, (node.x1 - node.x0) / dpr) + 'px';
  style.height = Math.max(1, (node.y1 - node.y0) / dpr) + 'px';
}
Module.rapportMirror = (screen) => {
  Module.rapportScreen = screen; // for tests
  const dpr = window.devicePixelRatio || 1;
  const box = Module.canvas.getBoundingClientRect();
  Object.assign(mirror.style, { left: box.left + 'px', top: box.top + 'px',
                                width: box.width + 'px', height: box.height + 'px' });
  const counts = new Map();
  const wanted = [];
  for (const node of screen.nodes) {
    const base = node.role + '\u0001' + node.label;
    const n = counts.get(base) || 0;
    counts.set(base, n + 1);
    const key = base + '\u0001' + n;
    let element = mirrored.get(key);
    if (!element) element = makeElement(node);
    element.rapportKey = key;
    element.rapportStop = node.stop >= 0 ? node.stop : undefined;
    element.rapportLabel = node.label;
    if (element.rapportField) {
      element.setAttribute('aria-label', node.name);
      // Not while typing there: the app's copy is a frame behind.
      if (document.activeElement !== element && element.value !== (node.value || '')) element.value = node.value || '';
    } else if (element.textContent !== node.name) {
      element.textContent = node.name;
    }
    if (node.role === 'toggle') element.setAttribute('aria-pressed', node.checked ? 'true' : 'false');
    place(element, node, dpr);
    wanted.push([key, element]);
  }
  // Into the page in reading order, moving as few elements as possible: the
  // one with the focus stays put unless the order around it changed.
  const keep = new Set(wanted.map(([key]) => key));
  for (const [key, element] of mirrored) {
    if (!keep.has(key)) { element.remove(); mirrored.delete(key); }
  }
  const focused = document.activeElement;
  wanted.forEach(([key, element], i) => {
    mirrored.set(key, element);
    if (mirror.children[i] !== element) mirror.insertBefore(element, mirror.children[i] || null);
  });
  if (focused && focused !== document.activeElement && mirror.contains(focused)) {
    restoringFocus = true;
    focused.focus({ preventScroll: true });
    restoringFocus = false;
  }
  // A new screen: someone reading the mirror starts at its title (never
  // when typing on the phone keyboard or in the canvas).
  const title = screen.nodes.find((node) => node.role === 'heading' && node.level === 1);
  const titleText = title ? title.name : '';
  if (titleText !== screenTitle) {
    screenTitle = titleText;
    const h1 = mirror.querySelector('h1');
    if (readingMirror() && h1 && document.activeElement !== h1 && !isBridge(document.activeElement)) {
      restoringFocus = true;
      h1.focus({ preventScroll: true });
      restoringFocus = false;
    }
  }
  shownElements = wanted.map(([, element]) => element);
  if (typeInMirror) {
    typeInMirror = false;
    if (!focusMirrorField()) keyboard.focus({ preventScroll: true });
  }
  if (screen.announce && screen.announce.serial !== announced) {
    announced = screen.announce.serial;
    live.textContent = screen.announce.text;
  }
  Module.canvas.setAttribute('aria-hidden', 'true');
};
// In a mirrored field the browser edits (its value is what a screen reader
// reads back) and the difference goes to the app; only Enter in a one-line
// field (it submits) and Escape (leave, back) go to the app as keys.
function mirrorFieldKey(event) {
  const oneLine = event.target.tagName === 'INPUT';
  if (event.key === 'Escape' || (event.key === 'Enter' && oneLine)) {
    event.preventDefault();
    sendKey(KEYS[event.key], false, event.shiftKey);
  }
}

// The app opened a text box for someone reading the mirror: the mirror's
// field for it takes the focus, caret at the end as the box has it. False
// when the mirror does not show that box (yet).
let shownElements = [];
function focusMirrorField() {
  const nodes = (Module.rapportScreen || { nodes: [] }).nodes;
  const index = nodes.findIndex((node) => node.focused &&
    (node.role === 'textbox' || node.role === 'textarea' || node.role === 'password'));
  const field = index >= 0 ? shownElements[index] : null;
  if (!field) return false;
  if (document.activeElement !== field) {
    restoringFocus = true;
    field.focus({ preventScroll: true });
    restoringFocus = false;
  }
  field.shown = field.value;
  field.setSelectionRange(field.value.length, field.value.length);
  sendKey(KEYS.End, true, false); // the box's caret to the end too
  return true;
}

// On a control of the mirror, Tab moves the page's focus (the ring follows,
// through the focus handler) and Enter or Space clicks: the app must not
// also take those keys, or it would move or act twice.
function mirrorControlKey(event) {
  const target = event.target;
  if (!target || !mirror.contains(target)) return false;
  if (event.key === 'Tab') return true; // out of a field as well
  return !isBridge(target) && (event.key === 'Enter' || event.key === ' ');
}

// With the keyboard up, the app gets the part of the screen still visible.
if (window.visualViewport) {
  const follow = () => {
    document.body.style.height = window.visualViewport.height + 'px';
    if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
  };
  window.visualViewport.addEventListener('resize', follow);
  follow();
}
document.addEventListener('gesturestart', (event) => event.preventDefault()); // no pinch zoom

// Importing: a file chosen in the picker, or dropped on the page, is copied
// into the app's memory and offered for import (a preview comes first).
function openFile(file) {
  file.arrayBuffer().then((buffer) => {
    const path = '/tmp/' + file.name.replace(/[\\/]/g, '_');
    Module.FS.writeFile(path, new Uint8Array(buffer));
    Module.ccall('rapport_web_open_file', null, ['number', 'string'], [Module.rapportApp, path]);
    if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
  });
}
Module.rapportPickFile = () => {
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.csv,.vcf,.json,text/csv,text/vcard,application/json';
  picker.addEventListener('change', () => { if (picker.files[0]) openFile(picker.files[0]); });
  picker.click();
};
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  if (event.dataTransfer.files[0]) openFile(event.dataTransfer.files[0]);
});

// Offline, and at once, after the first visit: the service worker serves the
// app from its cache (service-worker.js). On the first visit the page keeps
// the wasm it downloads in that version's cache, the bulk of the bytes
// fetched once, and registers the worker only once the app runs, so the
// worker's fetch of the few small files never slows the first load.
const offlineCache = typeof rapportVersion === 'string' && 'caches' in window &&
                     'serviceWorker' in navigator && location.protocol !== 'file:'
                       ? 'rapport-' + rapportVersion : '';
let wasmKept = Promise.resolve();
function keepForOffline(response) {
  if (!offlineCache || navigator.serviceWorker.controller) return; // it came from the cache
  const copy = response.clone();
  wasmKept = caches.open(offlineCache).then((cache) => cache.put('rapport.wasm', copy))
    .catch((error) => console.warn('rapport: could not keep the app for offline use', error));
}
function startOffline() {
  if (!offlineCache) return;
  wasmKept.then(() => navigator.serviceWorker.register('service-worker.js'))
    .then(watchForUpdates)
    .catch((error) => console.warn('rapport: offline mode unavailable', error));
}

// A new version: its worker has fetched it in the background and waits. The
// page says so; Reload saves what is typed, lets the new worker take over and
// reloads once it has. A phone keeps the page open for days, so the page also
// looks for a new version when it comes back into view, at most hourly.
let reloadingForUpdate = false;
function watchForUpdates(registration) {
  window.rapportRegistration = registration; // for tests
  const offer = (worker) => { if (navigator.serviceWorker.controller) showUpdateReady(worker); };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    if (!incoming) return;
    incoming.addEventListener('statechange', () => { if (incoming.state === 'installed') offer(incoming); });
  });
  let lastLook = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastLook < 60 * 60 * 1000) return;
    lastLook = Date.now();
    registration.update().catch(() => { /* offline: the next look */ });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadingForUpdate) location.reload();
  });
}
function showUpdateReady(worker) {
  if (document.getElementById('rapport-update')) return;
  const bar = document.createElement('div');
  bar.id = 'rapport-update';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Update');
  const text = document.createElement('span');
  text.textContent = 'A new version is ready.';
  const reload = document.createElement('button');
  reload.className = 'update-reload';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => {
    saveBeforeLeaving();
    reloadingForUpdate = true;
    worker.postMessage('activate');
  });
  const later = document.createElement('button');
  later.className = 'update-later';
  later.textContent = '\u2715';
  later.setAttribute('aria-label', 'Not now');
  later.addEventListener('click', () => { bar.remove(); wakeApp(); });
  bar.append(text, reload, later);
  document.body.insertBefore(bar, document.body.firstChild);
  document.getElementById('rapport-live').textContent = text.textContent;
  wakeApp(); // the canvas is shorter by the bar: the app draws at its new size
}
function wakeApp() {
  if (Module.rapportState) Module._rapport_web_wake(Module.rapportState);
}
