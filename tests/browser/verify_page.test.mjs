// The verification page in headless chromium: verdicts, names and languages as a phone shows
// them, single-character changes, and not one request leaving the page.
// Usage: node verify_page.test.mjs FIXTURE.json PLAYWRIGHT_CORE_ENTRY (see verify_page_test.sh)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const fixture = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = await import(pathToFileURL(process.argv[3]).href);
const pageUrl = pathToFileURL(fixture.page).href;
fs.mkdirSync(fixture.screenshots, { recursive: true });

let failures = 0;
function check(ok, what) {
  if (!ok) {
    failures++;
    console.error('FAIL: ' + what);
  }
}

// The page's words, read from the translation files the page was built from.
function texts(lang) {
  const out = {};
  for (const line of fs.readFileSync(path.join(fixture.texts, lang + '.toml'), 'utf8').split('\n')) {
    const m = line.match(/^(verify_\w+) = "(.*)"$/);
    if (m) out[m[1]] = JSON.parse('"' + m[2] + '"');
  }
  return out;
}

const fragment = (link) => link.slice(link.indexOf('#'));
// launch() gives chromium a fresh temporary --user-data-dir of its own (and refuses one passed
// in args), so no profile, cache or earlier run can answer for the page.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run'],
});
const requests = [];

async function open(locale, url) {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  // Every request the page makes is recorded, and anything but the page file itself is refused.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file://') && u.split('#')[0] === pageUrl) return route.continue();
    requests.push(u);
    return route.abort();
  });
  context.on('request', (r) => { if (r.url().split('#')[0] !== pageUrl) requests.push(r.url()); });
  const page = await context.newPage();
  page.on('pageerror', (e) => check(false, 'script error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') check(false, 'console error: ' + m.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { context, page };
}

async function verdictOf(page) {
  return page.evaluate(() => ({
    verdict: document.getElementById('result').dataset.verdict,
    word: document.getElementById('verdict-word').textContent,
    detail: document.getElementById('verdict-detail').textContent,
    name: (document.getElementById('name') || {}).textContent || null,
    lang: document.documentElement.lang,
  }));
}

// [verdicts] every kind of certificate, in three languages, with a screenshot each.
const cases = [
  ['valid', fragment(fixture.valid.link), fixture.valid.name],
  ['expired', fragment(fixture.expired.link), fixture.expired.name],
  ['revoked', fragment(fixture.revoked.link), fixture.revoked.name],
  ['invalid', fragment(fixture.valid.link).replace(/\.([A-Za-z0-9_-])([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]+)$/,
    (all, first, rest, sig) => '.' + (first === 'A' ? 'B' : 'A') + rest + '.' + sig), null],  // name changed
  ['invalid', '#hello-this-is-not-a-certificate', null],
];
for (const [locale, lang] of [['nl-NL', 'nl'], ['en-GB', 'en'], ['bg-BG', 'bg']]) {
  const words = texts(lang);
  for (const [i, [want, hash, name]] of cases.entries()) {
    const { context, page } = await open(locale, pageUrl + hash);
    const got = await verdictOf(page);
    const what = `${lang} case ${i} (${want})`;
    check(got.verdict === want, `${what}: data-verdict ${got.verdict}`);
    check(got.lang === lang, `${what}: page language ${got.lang}`);
    check(got.word === words['verify_' + want], `${what}: shows "${got.word}"`);
    check(got.name === name, `${what}: shows name ${got.name}, wanted ${name}`);
    if (want === 'revoked') check(got.detail.includes(fixture.revoked.reason), `${what}: reason missing from "${got.detail}"`);
    if (want === 'expired') check(got.detail.length > words.verify_expired_since.length - 6, `${what}: no date in "${got.detail}"`);
    await page.screenshot({ path: path.join(fixture.screenshots, `${lang}-${i}-${want}.png`), fullPage: true });
    await context.close();
  }
}

// [switch] the language buttons change the words of a shown result.
{
  const { context, page } = await open('bg-BG', pageUrl + fragment(fixture.valid.link));
  await page.click('nav button[data-lang="en"]');
  const got = await verdictOf(page);
  check(got.lang === 'en' && got.word === texts('en').verify_valid && got.name === fixture.valid.name,
        'switching to English: ' + JSON.stringify(got));
  await context.close();
}

// [paste] the whole scanned link pasted into the form.
{
  const { context, page } = await open('en-GB', pageUrl);
  check((await verdictOf(page)).verdict === '', 'an empty page should show no verdict');
  await page.fill('#paste-text', fixture.valid.link);
  await page.click('#check-button');
  await page.waitForFunction(() => document.getElementById('result').dataset.verdict !== '');
  const got = await verdictOf(page);
  check(got.verdict === 'valid' && got.name === fixture.valid.name, 'pasted link: ' + JSON.stringify(got));
  await page.screenshot({ path: path.join(fixture.screenshots, 'en-pasted.png'), fullPage: true });
  await context.close();
}

// [single characters] every one-character change of the payload is NOT GENUINE.
const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const changed = (s, i) => s.slice(0, i) + (s[i] === '.' ? 'A' : b64[(b64.indexOf(s[i]) + 1) % 64]) + s.slice(i + 1);
{
  const { context, page } = await open('en-GB', pageUrl);
  const payload = fragment(fixture.valid.link).slice(1);
  const verdicts = await page.evaluate(async ([payload, b64]) => {
    const out = [];
    const result = document.getElementById('result');
    for (let i = 0; i < payload.length; i++) {
      const c = payload[i] === '.' ? 'A' : b64[(b64.indexOf(payload[i]) + 1) % 64];
      result.dataset.verdict = '';
      location.hash = payload.slice(0, i) + c + payload.slice(i + 1);
      while (result.dataset.verdict === '') await new Promise((r) => setTimeout(r, 2));
      out.push(result.dataset.verdict);
    }
    return out;
  }, [payload, b64]);
  check(verdicts.length === payload.length, 'changed payloads checked: ' + verdicts.length);
  verdicts.forEach((v, i) => check(v === 'invalid', `payload changed at ${i} gave ${v}`));
  await context.close();
}

// [page data] one character of a key id, or of the revocation list, changed in the page.
{
  const html = fs.readFileSync(fixture.page, 'utf8');
  const data = JSON.parse(html.match(/<script type="application\/json" id="signaal-data">(.*?)<\/script>/s)[1]);
  const variants = [];
  for (let i = 0; i < data.keys[0].id.length; i++) variants.push(['key id', i, (d) => { d.keys[0].id = changed(d.keys[0].id, i); }]);
  for (let i = 0; i < data.revocations.length; i++) variants.push(['revocation list', i, (d) => { d.revocations = changed(d.revocations, i); }]);
  // One file per change, each a distinct address, so every visit loads the page afresh.
  const dir = fs.mkdtempSync(path.join(path.dirname(fixture.page), 'altered-'));
  const write = (name, d) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, html.replace(/(<script type="application\/json" id="signaal-data">)(.*?)(<\/script>)/s,
      (all, open, body, close) => open + JSON.stringify(d).replace(/</g, '\\u003c') + close));
    return pathToFileURL(file).href;
  };
  const urls = variants.map(([what, i, alter], n) => {
    const d = JSON.parse(JSON.stringify(data));
    alter(d);
    return [what, i, write(n + '.html', d)];
  });
  // The unaltered data written the same way still says VALID, so the changes are what fail.
  urls.push(['nothing', -1, write('unaltered.html', data)]);
  const allowed = new Set(urls.map(([, , u]) => u));
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.route('**/*', (route) => {
    if (allowed.has(route.request().url().split('#')[0])) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  for (const [what, i, url] of urls) {
    await page.goto(url + fragment(fixture.valid.link));
    await page.waitForSelector('body[data-ready="true"]');
    const got = (await verdictOf(page)).verdict;
    check(got === (what === 'nothing' ? 'valid' : 'invalid'), `${what} changed at ${i}: ${got}`);
  }
  await context.close();
}

await browser.close();
check(requests.length === 0, 'the page made network requests: ' + requests.join(', '));
if (failures) {
  console.error(`${failures} failures`);
  process.exit(1);
}
console.log('PASS: verdicts in nl, en, bg; language switch; paste; every single-character change; no requests');
