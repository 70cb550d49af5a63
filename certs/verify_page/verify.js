// The verification page: checks a Signaal certificate's signed payload in the browser, with the
// organisation's public keys and signed revocation list embedded in the page (see
// certs/payload.hpp for the format, which this mirrors). No request leaves the page.
'use strict';
(() => {
  const data = JSON.parse(document.getElementById('signaal-data').textContent);
  const $ = (id) => document.getElementById(id);
  const ID = /^[A-Za-z0-9_-]{1,48}$/;
  const MAX_PAYLOAD = 1024, MAX_NAME = 480;

  // [language] the browser's language when the page offers it, else the organisation's first.
  const offered = data.languages.map((l) => l.code);
  const fromBrowser = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
    .map((l) => String(l || '').toLowerCase().split('-')[0])
    .find((c) => offered.includes(c));
  let lang = fromBrowser || data.default_language;

  function t(key, values) {
    let s = (data.texts[lang] || {})[key];
    if (s === undefined) s = (data.texts[data.default_language] || {})[key];
    if (s === undefined) s = key;
    for (const [k, v] of Object.entries(values || {})) s = s.split('{' + k + '}').join(v);
    return s;
  }

  // [decoding] strict URL-safe base64: one spelling per byte string, like the C++ decoder, so a
  // changed character never decodes to the same bytes.
  function b64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
    let bin;
    try {
      bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    } catch (e) {
      return null;
    }
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return encode64url(bytes) === text ? bytes : null;
  }
  function encode64url(bytes) {
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function utf8(bytes) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      return null;
    }
  }
  function date(s) {  // YYYYMMDD, a real day
    if (!/^\d{8}$/.test(s)) return null;
    const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? s : null;
  }
  function count(s) { return /^(0|[1-9]\d{0,5})$/.test(s) ? +s : null; }
  function today() {
    const n = new Date();
    return String(n.getFullYear()).padStart(4, '0') + String(n.getMonth() + 1).padStart(2, '0') + String(n.getDate()).padStart(2, '0');
  }
  function shown(yyyymmdd) {
    const d = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)));
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    } catch (e) {
      return yyyymmdd.slice(0, 4) + '-' + yyyymmdd.slice(4, 6) + '-' + yyyymmdd.slice(6, 8);
    }
  }

  // [signatures] Ed25519 through Web Crypto. A signature that does not check is just false.
  const cryptoReady = !!(window.crypto && crypto.subtle);
  async function signed(key, signature, body) {
    try {
      const k = await crypto.subtle.importKey('raw', key, { name: 'Ed25519' }, false, ['verify']);
      return await crypto.subtle.verify({ name: 'Ed25519' }, k, signature, new TextEncoder().encode(body));
    } catch (e) {
      return false;
    }
  }
  async function keyId(key) {
    const h = new Uint8Array(await crypto.subtle.digest('SHA-256', key));
    return encode64url(h.slice(0, 6));
  }

  // The trusted keys: each id must be the one its key makes, so a changed id or key drops it.
  async function loadKeys() {
    const out = [];
    for (const k of data.keys) {
      const key = b64url(k.key);
      if (!key || key.length !== 32 || (await keyId(key)) !== k.id) continue;
      out.push({ id: k.id, key, withdrawn: k.withdrawn });
    }
    return out;
  }

  // Which key signed: the named one, or for an old payload without a key id, whichever verifies.
  async function signer(body, sigText, named, keys) {
    const sig = b64url(sigText);
    if (!sig || sig.length !== 64) return { error: 'malformed' };
    for (const k of keys) {
      if (named !== null && k.id !== named) continue;
      if (!(await signed(k.key, sig, body))) continue;
      if (k.withdrawn !== null && k.withdrawn !== undefined) return { error: 'withdrawn', reason: k.withdrawn };
      return { id: k.id };
    }
    return { error: 'signature' };
  }

  async function loadRevocations(keys) {
    const text = String(data.revocations || '').trim();
    const f = text.split('.');
    if (f.length !== 5 || f[0] !== 'SR1' || !ID.test(f[1])) return null;
    const s = await signer(text.slice(0, text.lastIndexOf('.')), f[4], f[1], keys);
    const body = b64url(f[3]);
    if (s.error || !date(f[2]) || !body) return null;
    const entries = new Map();
    const lines = utf8(body);
    if (lines === null || (lines !== '' && !lines.endsWith('\n'))) return null;
    for (const line of lines.split('\n').slice(0, -1)) {
      const [serial, on, ...rest] = line.split('\t');
      if (!ID.test(serial || '') || !date(on || '') || rest.length !== 1) return null;
      entries.set(serial, { on, reason: rest[0] });
    }
    return entries;
  }

  // [verdict] The payload judged as the C++ verifier does (verify_payload).
  async function judge(text, keys, revoked) {
    const no = (why) => ({ verdict: 'invalid', why });
    if (!cryptoReady) return no('unsupported');
    if (revoked === null) return no('list');
    if (!text || text.length > MAX_PAYLOAD) return no('');
    const all = text.split('.');
    const personal = all[0] === 'SG2' || all[0] === 'SG1';
    const legacy = all[0] === 'SG1' || all[0] === 'SV1';
    if (!personal && all[0] !== 'SV2' && all[0] !== 'SV1') return no('');
    if (all.length !== (legacy ? 9 : 10)) return no('');
    const named = legacy ? null : all[1];
    if (named !== null && !ID.test(named)) return no('');
    const s = await signer(text.slice(0, text.lastIndexOf('.')), all[all.length - 1], named, keys);
    if (s.error === 'withdrawn') return no('withdrawn:' + s.reason);
    if (s.error) return no('');
    const f = all.slice(legacy ? 1 : 2, -1);
    const nameBytes = b64url(f[6]);
    const name = nameBytes && nameBytes.length > 0 && nameBytes.length <= MAX_NAME ? utf8(nameBytes) : null;
    let claim;
    if (personal) {
      claim = { kind: 'personal', serial: f[0], module: f[1], version: count(f[2]), completed: date(f[3]),
                until: date(f[4]), org: f[5], name };
      if (!ID.test(f[0]) || !ID.test(f[1]) || claim.version === null || !claim.completed || !claim.until ||
          !ID.test(f[5]) || name === null) return no('');
    } else {
      claim = { kind: 'venue', serial: f[0], org: f[1], trained: count(f[2]), staff: count(f[3]), issued: date(f[4]),
                until: date(f[5]), name };
      if (!ID.test(f[0]) || !ID.test(f[1]) || claim.trained === null || claim.staff === null || !claim.issued ||
          !claim.until || name === null) return no('');
    }
    const r = revoked.get(claim.serial);
    if (r) return { verdict: 'revoked', claim, revocation: r };
    return { verdict: today() > claim.until ? 'expired' : 'valid', claim };
  }

  // [drawing]
  function fact(label, value, id) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (id) dd.id = id;
    $('facts').append(dt, dd);
  }
  function training(claim) {
    const titles = data.modules[claim.module] || {};
    return titles[lang] || titles[data.default_language] || claim.module;
  }
  function organisation(claim) {
    return claim.org === data.organisation.id ? data.organisation.name : claim.org;
  }

  function drawResult(result) {
    const box = $('result');
    $('facts').textContent = '';
    $('compare-hint').textContent = '';
    if (!result) {
      box.hidden = true;
      box.dataset.verdict = '';
      return;
    }
    box.hidden = false;
    box.dataset.verdict = result.verdict;
    $('verdict-word').textContent = t('verify_' + result.verdict);
    const c = result.claim;
    if (result.verdict === 'invalid') {
      const why = result.why || '';
      $('verdict-detail').textContent =
        why === 'unsupported' ? t('verify_reason_unsupported')
          : why === 'list' ? t('verify_reason_list_altered')
            : why.startsWith('withdrawn:') ? t('verify_reason_key_withdrawn', { reason: why.slice(10) })
              : t('verify_invalid_detail', { organisation: data.organisation.name });
      return;
    }
    $('verdict-detail').textContent =
      result.verdict === 'valid' ? t('verify_valid_detail')
        : result.verdict === 'expired' ? t('verify_expired_since', { date: shown(c.until) })
          : t('verify_revoked_detail', { date: shown(result.revocation.on), reason: result.revocation.reason });
    if (c.kind === 'personal') {
      fact(t('verify_label_name'), c.name, 'name');
      fact(t('verify_label_training'), training(c));
      fact(t('verify_label_completed'), shown(c.completed));
    } else {
      fact(t('verify_label_venue'), c.name, 'name');
      fact(t('verify_label_staff'), t('verify_staff_count', { trained: String(c.trained), staff: String(c.staff) }));
      fact(t('verify_label_issued'), shown(c.issued));
    }
    fact(t('verify_label_valid_until'), shown(c.until));
    fact(t('verify_label_organisation'), organisation(c));
    fact(t('verify_label_serial'), c.serial);
    if (c.kind === 'personal' && result.verdict === 'valid') $('compare-hint').textContent = t('verify_compare_hint');
  }

  function drawPage() {
    document.documentElement.lang = lang;
    document.title = t('verify_page_title');
    $('organisation').textContent = data.organisation.name;
    $('title').textContent = t('verify_page_title');
    $('intro').textContent = t('verify_intro');
    $('paste-label').textContent = t('verify_paste_label');
    $('check-button').textContent = t('verify_check_button');
    $('offline-note').textContent = t('verify_offline_note');
    const nav = $('languages');
    nav.textContent = '';
    nav.setAttribute('aria-label', t('verify_language'));
    for (const l of data.languages) {
      const b = document.createElement('button');
      b.type = 'button';
      b.lang = l.code;
      b.textContent = l.name;
      b.dataset.lang = l.code;
      b.setAttribute('aria-pressed', String(l.code === lang));
      b.addEventListener('click', () => {
        lang = l.code;
        drawPage();
      });
      nav.append(b);
    }
    drawResult(current);
  }

  // What a scanner or a person hands over: a link with the payload after '#', or the payload.
  function payloadFrom(text) {
    const s = String(text || '').trim();
    const hash = s.indexOf('#');
    return hash < 0 ? s : s.slice(hash + 1);
  }

  let current = null;
  let ready = null;
  async function check(text) {
    const [keys, revoked] = await ready;
    current = text ? await judge(text, keys, revoked) : null;
    drawResult(current);
  }

  ready = cryptoReady ? loadKeys().then(async (keys) => [keys, await loadRevocations(keys)]) : Promise.resolve([[], null]);
  drawPage();
  $('paste').addEventListener('submit', (e) => {
    e.preventDefault();
    check(payloadFrom($('paste-text').value));
  });
  window.addEventListener('hashchange', () => check(payloadFrom(location.hash)));
  check(payloadFrom(location.hash)).then(() => { document.body.dataset.ready = 'true'; });
})();
