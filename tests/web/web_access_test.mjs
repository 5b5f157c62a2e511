// The web build through Chromium's accessibility tree, as a screen reader
// meets it: each screen is a tree of headings, buttons, toggles with their
// state and labelled text boxes (the page's mirror of what the app draws);
// acting on those nodes (a click as a screen reader's double tap gives it,
// Enter on a focused button, typing in a focused text box) works the app
// and reaches the store; toasts are announced in a live region.
//   node web_access_test.mjs WEB_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite, launchBrowser, phonePage, checker, driver } from './page_driver.mjs';

const [webArg, outDir] = process.argv.slice(2);
if (!webArg || !outDir) { console.error('usage: node web_access_test.mjs WEB_DIR OUT_DIR'); process.exit(2); }
const webDir = path.resolve(webArg);
fs.mkdirSync(outDir, { recursive: true });
const here = path.dirname(fileURLToPath(import.meta.url));

const site = await serveSite(webDir);
const checks = checker(outDir, 'access');
const check = checks.check;
const browser = await launchBrowser();
const { context, page } = await phonePage(browser);
const { frame, ready, query, onScreen, activate } = driver(page, context, site.url, outDir, 'access');
await ready();

// The tree Chromium gives assistive technology, flattened in reading order.
async function tree() {
  const nodes = [];
  const walk = (n) => {
    if (!n) return;
    nodes.push(n);
    for (const child of n.children || []) walk(child);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: true }));
  return nodes;
}
// Chromium calls a button with aria-pressed a toggle button.
const roleIs = (n, role) => n.role === role || (role === 'button' && n.role === 'togglebutton');
const named = (nodes, role, name) =>
  nodes.find((n) => roleIs(n, role) && (name instanceof RegExp ? name.test(n.name) : n.name === name));
// Names in eight scripts, imported as a phone does it.
const card = fs.readFileSync(path.join(here, '..', 'data', 'scripts.vcf'), 'utf8');
await page.evaluate((text) => {
  const file = new File([text], 'scripts.vcf');
  const pathInFs = '/tmp/scripts.vcf';
  file.arrayBuffer().then((buffer) => {
    Module.FS.writeFile(pathInFs, new Uint8Array(buffer));
    Module.ccall('rapport_web_open_file', null, ['number', 'string'], [Module.rapportApp, pathInFs]);
    Module._rapport_web_wake(Module.rapportState);
  });
}, card);
await onScreen('Import');
let nodes = await tree();
check(named(nodes, 'heading', 'Import') && named(nodes, 'button', /^Import \d+ people$/),
      'the import preview is a heading "Import" and a button "Import N people"');
await activate('button', /^Import \d+ people$/);
const imported = await query("SELECT count(*) AS n FROM person WHERE deleted_at IS NULL");
check(imported[0].n >= 8, `activated through the tree, the import reached the store (${imported[0].n} people)`);

// Every tab's screen, reached through the tree: its title is a heading,
// its controls are named buttons, toggles carry their state, fields are
// labelled text boxes.
const tabs = [
  { name: 'Today', expect: (n) => named(n, 'button', 'Capture') },
  // A card is read whole: the name, then its other lines.
  { name: 'People', expect: (n) => named(n, 'textbox', /^Search/) &&
                                   n.some((x) => x.role === 'button' && /^\S.*, .+/.test(x.name) && x.name !== 'Capture') },
  { name: 'Prepare', expect: (n) => n.some((x) => roleIs(x, 'button') && x.name === 'Capture') },
  { name: 'Careers', expect: (n) => n.some((x) => roleIs(x, 'button') && x.name === 'Capture') },
];
for (const tab of tabs) {
  await activate('button', tab.name);
  await onScreen(tab.name);
  nodes = await tree();
  const heading = named(nodes, 'heading', tab.name);
  const selected = nodes.find((n) => roleIs(n, 'button') && n.name === tab.name && n.pressed === true);
  check(heading && heading.level === 1 && selected && tab.expect(nodes),
        `${tab.name}: a level-1 heading, its tab a pressed toggle, and its controls named (${nodes.length} nodes: ${
          nodes.slice(0, 8).map((x) => `${x.role} "${x.name}"${x.pressed !== undefined ? ` pressed=${x.pressed}` : ''}`).join(', ')}…)`);
}

// The phone keyboard's hidden text area is not in the tree: a screen reader
// meets the mirror's labelled fields, never a stray "Typing" box.
check(!nodes.some((n) => n.role === 'textbox' && /Typing/.test(n.name || '')) &&
      await page.evaluate(() => document.getElementById('rapport-keyboard').getAttribute('aria-hidden') === 'true'),
      'the keyboard bridge is hidden from the accessibility tree');


// A person named in another script: the card is read whole and opens.
await activate('button', 'People');
await onScreen('People');
await page.screenshot({ path: path.join(outDir, 'access-people.png') });
await activate('button', /^حداد ليلى|^ليلى حداد/);
await page.waitForFunction(() => Module.rapportScreen.nodes.some((n) => n.role === 'heading' && n.level === 1 &&
                                                                       /ليلى/.test(n.name)), null, { timeout: 30000 });
nodes = await tree();
const her = nodes.find((n) => n.role === 'heading' && /ليلى/.test(n.name));
check(her && named(nodes, 'button', 'Back') && named(nodes, 'button', 'Edit'),
      `a person's page reads her name in Arabic as its heading ("${her && her.name}"), then Back and Edit`);
await page.screenshot({ path: path.join(outDir, 'access-person.png') });

// Settings: chips are toggles with their state, and one acted on changes it.
await activate('button', 'Back');
await activate('button', 'Today');
await onScreen('Today');
await activate('button', 'Settings');
await onScreen('Settings');
nodes = await tree();
const light = named(nodes, 'button', 'Light');
const dark = named(nodes, 'button', 'Dark');
check(light && light.pressed === true && dark && dark.pressed === false,
      `Settings: the theme chips are toggles, Light pressed and Dark not (${light && light.pressed}, ${dark && dark.pressed})`);
// The keyboard, in the page: focus on the toggle moves the app's ring there
// (the app's focus follows), Enter presses it.
await page.getByRole('button', { name: 'Dark', exact: true }).focus();
await page.keyboard.press('Enter');
for (let i = 0; i < 4; ++i) await frame();
nodes = await tree();
check(named(nodes, 'button', 'Dark').pressed === true && named(nodes, 'button', 'Light').pressed === false,
      'Enter on the focused "Dark" toggle presses it, and the tree says so');
await page.screenshot({ path: path.join(outDir, 'access-settings-dark.png') });
await activate('button', 'Light');

// Capture through the tree: the button, typing in the labelled text box,
// Done; the note reaches the store and "Saved to your inbox" is announced.
await activate('button', 'Back');
await onScreen('Today');
await activate('button', 'Capture');
await onScreen('Capture');
nodes = await tree();
const box = nodes.find((n) => n.role === 'textbox' && n.multiline);
check(box && box.name, `Capture: the note is a labelled multi-line text box ("${box && box.name}")`);
const field = page.getByRole('textbox', { name: box.name, exact: true });
await field.focus();
for (let i = 0; i < 3; ++i) await frame();
await page.keyboard.type('Asked about the data team, they hire juniors', { delay: 20 });
for (let i = 0; i < 5; ++i) await frame();
await page.waitForFunction(() => Module.rapportScreen.nodes.some((n) => n.role === 'textarea' &&
  n.value === 'Asked about the data team, they hire juniors'), null, { timeout: 30000 })
  .catch(() => {});
const told = await page.evaluate(() => (Module.rapportScreen.nodes.find((n) => n.role === 'textarea') || {}).value);
check(told === 'Asked about the data team, they hire juniors',
      `typed in the tree's text box, the app's field has every character ("${told}")`);
await activate('button', 'Done');
await onScreen('Today');
const notes = await query("SELECT body FROM note WHERE deleted_at IS NULL");
check(notes.some((n) => n.body === 'Asked about the data team, they hire juniors'),
      `Done through the tree files the note in the store (${JSON.stringify(notes.map((n) => n.body))})`);
const announced = await page.evaluate(() => document.getElementById('rapport-live').textContent);
const region = await page.evaluate(() => {
  const live = document.getElementById('rapport-live');
  return live.getAttribute('aria-live') + ' ' + live.getAttribute('role');
});
check(announced === 'Saved to your inbox' && region === 'polite status',
      `the toast is announced in a polite live region ("${announced}", ${region})`);

// Names sort by the browser's collator in the person's language: Émilie
// and Íñigo among the E's and I's, not after Zoë as a byte order puts them.
await page.evaluate(() => {
  const cards = ['Zoë Park', 'Émilie Roux', 'Adam Smith'].map((name) =>
    `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEND:VCARD\r\n`).join('');
  new File([cards], 'latin.vcf').arrayBuffer().then((buffer) => {
    Module.FS.writeFile('/tmp/latin.vcf', new Uint8Array(buffer));
    Module.ccall('rapport_web_open_file', null, ['number', 'string'], [Module.rapportApp, '/tmp/latin.vcf']);
    Module._rapport_web_wake(Module.rapportState);
  });
});
await onScreen('Import');
await activate('button', /^Import \d+ people$/);
await activate('button', 'People');
await onScreen('People');
await activate('button', 'Sort and source');
await activate('button', 'Name');
for (let i = 0; i < 6; ++i) await frame();
nodes = await tree();
const order = nodes.filter((n) => roleIs(n, 'button') && /^(Adam Smith|Émilie Roux|Íñigo Núñez|Zoë Park)\b/.test(n.name))
  .map((n) => n.name.split(',')[0]);
check(order.join(' < ') === 'Adam Smith < Émilie Roux < Íñigo Núñez < Zoë Park',
      `sorted by name with the browser's collator: ${order.join(' < ')}`);
const nameChip = named(nodes, 'button', 'Name');
check(nameChip && nameChip.pressed === true, 'the sort chip "Name" is a pressed toggle');

await browser.close();
site.close();
await checks.finish();
