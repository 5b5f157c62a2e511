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
  }],
  rapportStarted: () => {
    statusLine.remove();
    window.rapportReady = true;
  },
  rapportFailed: (message) => { statusLine.textContent = 'Rapport cannot start: ' + message; },
  instantiateWasm: (imports, receive) => instantiateCounted(imports, receive),
};

// Writes the database back to IndexedDB; a change during a sync runs one more.
let syncing = false, again = false;
Module.rapportSync = () => {
  if (syncing) { again = true; return; }
  syncing = true;
  FS.syncfs(false, (error) => {
    syncing = false;
    if (error) console.error('rapport: saving to the browser failed', error);
    window.rapportSynced = (window.rapportSynced || 0) + 1;
    if (!error) keepStorage();
    // IndexedDB has everything now, the draft included.
    if (!error) { try { localStorage.removeItem(DRAFT_KEY); } catch (e) { /* private mode */ } }
    if (again) { again = false; Module.rapportSync(); }
  });
};
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
const DRAFT_KEY = 'rapport-unsynced-draft';
function saveBeforeLeaving() {
  if (!Module.rapportWeb) return;
  const draft = Module.ccall('rapport_web_save_now', 'string', ['number'], [Module.rapportWeb]);
  try {
    if (draft) localStorage.setItem(DRAFT_KEY, draft); else localStorage.removeItem(DRAFT_KEY);
  } catch (error) {
    console.warn('rapport: could not keep the draft in localStorage', error);
  }
  Module.rapportSync();
}
Module.rapportUnsyncedDraft = () => {
  try { return localStorage.getItem(DRAFT_KEY) || ''; } catch (error) { return ''; }
};
window.addEventListener('pagehide', saveBeforeLeaving);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
});

// The canvas cannot raise a phone keyboard; the hidden input can. What is
// typed there goes to the app as text; editing keys go as GLFW key codes.
const KEYS = { Backspace: 259, Enter: 257, Tab: 258, Escape: 256, Delete: 261, ArrowRight: 262,
               ArrowLeft: 263, ArrowDown: 264, ArrowUp: 265, Home: 268, End: 269 };
function sendKey(code, ctrl, shift) {
  if (!Module.rapportState) return;
  Module._rapport_web_key(Module.rapportState, code, 1, ctrl ? 1 : 0, shift ? 1 : 0);
  Module._rapport_web_key(Module.rapportState, code, 0, ctrl ? 1 : 0, shift ? 1 : 0);
}
function sendText(text) {
  if (!Module.rapportState || !text) return;
  Module.ccall('rapport_web_text', null, ['number', 'string'], [Module.rapportState, text]);
}
let shown = '';
keyboard.addEventListener('focus', () => { keyboard.value = ''; shown = ''; });
// The app asks for the keyboard once a text box is active; a tap on a
// control that opens one has usually focused the input already (below), and
// then what was typed since must not be reset.
Module.rapportKeyboard = (show) => {
  if (!show) { keyboard.blur(); return; }
  if (document.activeElement !== keyboard) keyboard.focus({preventScroll: true});
};
// Phones raise their keyboard only for a focus inside the tap's own event:
// a tap on a text field or a capture button focuses the input here, so the
// first letters typed after it reach the app (held until the box is ready).
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
keyboard.addEventListener('input', () => {
  // Phone keyboards compose whole words and correct them: send the difference.
  const now = keyboard.value;
  let same = 0;
  while (same < shown.length && same < now.length && shown[same] === now[same]) same++;
  for (let i = shown.length; i > same; i--) sendKey(KEYS.Backspace, false, false);
  sendText(now.slice(same));
  shown = now;
});
keyboard.addEventListener('compositionend', () => {
  if (keyboard.value.length > 200) { keyboard.value = ''; shown = ''; }
});
// GLFW listens on the window in the capture phase; these listeners are
// registered first (this script runs before rapport.js), so keys meant for
// the hidden input stop here and reach the app once, through the bridge.
window.addEventListener('keydown', (event) => {
  if (event.target !== keyboard) return;
  event.stopImmediatePropagation();
  const code = KEYS[event.key];
  const ctrl = event.ctrlKey || event.metaKey;
  if (code) {
    event.preventDefault();
    // Enter is a key: the text box makes the line break (sending '\n' as
    // text as well made two).
    sendKey(code, ctrl, event.shiftKey);
  } else if (ctrl && event.key.length === 1) {
    event.preventDefault();
    sendKey(event.key.toUpperCase().charCodeAt(0), true, event.shiftKey);
  }
}, true);
for (const type of ['keyup', 'keypress']) {
  window.addEventListener(type, (event) => {
    if (event.target === keyboard) event.stopImmediatePropagation();
  }, true);
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

// Offline after the first visit.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('service-worker.js').catch((error) =>
    console.warn('rapport: offline mode unavailable', error));
}
