// Reminders in the browser: turned on in Settings (the page asks for
// permission), a follow-up that falls due while the page is open but not
// looked at shows one notification, never a second for the same follow-up,
// and a click on it opens the person. The page's clock is moved on (Date.now
// wraps a shift the test sets) rather than waited for; the Notification API
// is a recording stand-in, as headless Chromium shows none.
//   node web_reminders_test.mjs WEB_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { serveSite, launchBrowser, phonePage, checker, driver, pinClock } from './page_driver.mjs';

// The day this test is about: noon on a leap day in Kolkata (+05:30). Her
// reminder is for tomorrow, 1 March, 9:00 there.
const zone = 'Asia/Kolkata';
const leapDayNoon = Date.UTC(2028, 1, 29, 6, 30); // Tue 2028-02-29 12:00 IST
process.env.TZ = zone;

const [webArg, outDir] = process.argv.slice(2);
if (!webArg || !outDir) { console.error('usage: node web_reminders_test.mjs WEB_DIR OUT_DIR'); process.exit(2); }
const webDir = path.resolve(webArg);
fs.mkdirSync(outDir, { recursive: true });

const site = await serveSite(webDir);
const checks = checker(outDir, 'reminders');
const check = checks.check;
const browser = await launchBrowser();
const { context, page } = await phonePage(browser, { timezoneId: zone }, () => {
  const realNow = Date.now.bind(Date);
  window.rapportShift = 0;
  Date.now = () => realNow() + window.rapportShift;
  window.rapportAsked = 0;
  window.rapportShown = [];
  window.rapportLookedAt = true;
  const realHasFocus = document.hasFocus.bind(document);
  document.hasFocus = () => window.rapportLookedAt && realHasFocus();
  class StandIn {
    constructor(title, options) {
      this.title = title;
      this.body = options.body;
      this.tag = options.tag;
      window.rapportShown.push(this);
    }
    close() { this.closed = true; }
  }
  StandIn.permission = 'default';
  StandIn.requestPermission = () => {
    window.rapportAsked++;
    StandIn.permission = 'granted';
    return Promise.resolve('granted');
  };
  window.Notification = StandIn;
});
const clock = await pinClock(context, leapDayNoon);
const { frame, ready, query, onScreen, activate } = driver(page, context, site.url, outDir, 'reminders');
await ready();

const waitFor = async (what, test, arg) => {
  try {
    await page.waitForFunction(test, arg, { timeout: 30000 });
  } catch (error) {
    await page.screenshot({ path: path.join(outDir, 'reminders-failed.png') });
    throw new Error(`${what} did not happen`);
  }
  for (let i = 0; i < 3; ++i) await frame();
};

// One person, from a vCard.
await page.evaluate(() => {
  const path = '/tmp/one.vcf';
  Module.FS.writeFile(path, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zeynep Yılmaz\r\nN:Yılmaz;Zeynep;;;\r\nEND:VCARD\r\n');
  Module.ccall('rapport_web_open_file', null, ['number', 'string'], [Module.rapportApp, path]);
  Module._rapport_web_wake(Module.rapportState);
});
await onScreen('Import');
await activate('button', 'Import 1 person');
const [zeynep] = await query("SELECT id FROM person WHERE name = 'Zeynep Yılmaz'");
check(Boolean(zeynep), 'one person imported');

// Settings → Reminders: On. The page asks the browser for permission.
await activate('button', 'Settings');
await onScreen('Settings');
await activate('button', 'On');
await waitFor('permission asked', () => window.rapportAsked === 1);
check(await page.evaluate(() => window.rapportAsked === 1 && Notification.permission === 'granted'),
      'turning reminders on asks the browser for permission to notify, once');
const words = await page.evaluate(() => Module.rapportScreen.nodes.map((n) => n.name).join(' | '));
check(/while this page is open/.test(words), 'Settings says reminders show while the page is open');

// Her own reminder, for tomorrow: typed in her page's field, Enter.
await activate('button', 'Back');
await onScreen('Today');
await activate('button', 'People');
await onScreen('People');
await activate('button', /^Zeynep Yılmaz/); // her card, read whole
await onScreen('Zeynep Yılmaz');
await page.getByRole('textbox', { name: 'Remind me to', exact: true }).focus();
for (let i = 0; i < 3; ++i) await frame();
await page.keyboard.type('Send the drip irrigation paper', { delay: 15 });
await page.keyboard.press('Enter');
for (let i = 0; i < 5; ++i) await frame();
const due = await query(`SELECT title, due FROM follow_up WHERE person_id = '${zeynep.id}' AND kind = 'custom'`);
check(due.length === 1 && due[0].title === 'Send the drip irrigation paper' &&
      due[0].due === Date.UTC(2028, 2, 1, 3, 30),
      `a reminder typed in the mirror's field and entered is stored, due tomorrow (1 March) at 9:00 in Kolkata (${JSON.stringify(due)})`);

// Looked at: nothing shows, even once it is due.
const toDue = due[0].due - clock.now() + 60 * 1000;
await page.evaluate((shift) => { window.rapportShift = shift; }, toDue);
await page.evaluate(() => window.dispatchEvent(new Event('blur')));
for (let i = 0; i < 3; ++i) await frame();
check(await page.evaluate(() => window.rapportShown.length) === 0,
      'while the page is looked at, a due follow-up shows no notification (Today shows it)');

// Not looked at (another tab in front): one notification, and only one.
await page.evaluate(() => { window.rapportLookedAt = false; window.dispatchEvent(new Event('blur')); });
await waitFor('a notification', () => window.rapportShown.length >= 1);
await page.evaluate(() => window.dispatchEvent(new Event('blur')));
await page.evaluate(() => window.rapportShift += 5 * 60 * 1000); // the page's minute timer, later
await page.evaluate(() => window.dispatchEvent(new Event('blur')));
for (let i = 0; i < 3; ++i) await frame();
const shown = await page.evaluate(() => window.rapportShown.map((n) => ({ title: n.title, body: n.body, tag: n.tag })));
check(shown.length === 1 && /Send the drip irrigation paper/.test(shown[0].title + ' ' + shown[0].body) &&
      /Zeynep/.test(shown[0].title + ' ' + shown[0].body),
      `not looked at, the due follow-up shows one notification, not again (${JSON.stringify(shown)})`);

// A click on it: the page comes forward on her.
await activate('button', 'Back');
await onScreen('People');
await page.evaluate(() => { window.rapportLookedAt = true; window.rapportShown[0].onclick(); });
await onScreen('Zeynep Yılmaz');
check(await page.evaluate(() => window.rapportShown[0].closed === true),
      'a click on the notification opens her page and closes the notification');
await page.screenshot({ path: path.join(outDir, 'reminders-opened.png') });

await browser.close();
site.close();
await checks.finish();
