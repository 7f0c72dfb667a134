// The page: the folder's remisser, one remiss's documents and diagnostics, updated on every save through
// server-sent events; with a writable server, the form of desk.js beside them. Only textContent is written
// into the page (never HTML from data); the document itself is shown in a sandboxed frame that may run no script.
'use strict';

const view = { id: null, document: 'yttrande', version: -1, sequence: 0, hasPreview: false, writable: false, remiss: null };
const $ = (id) => document.getElementById(id);
const keyName = 'remiss-api-key';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Every request of the page: the API key when the server asked for one (kept in this tab only), and for a write
// the anti-forgery token and the hash the form was built from.
let antiforgery = null;
let keyWaiters = [];

function headers(extra) {
  const h = Object.assign({ Accept: 'application/json' }, extra || {});
  const key = sessionStorage.getItem(keyName);
  if (key) h.Authorization = 'Bearer ' + key;
  return h;
}

async function send(method, url, options) {
  const o = options || {};
  const extra = {};
  if (o.body !== undefined) extra['Content-Type'] = 'application/json';
  if (o.hash) extra['If-Match'] = '"' + o.hash + '"';
  if (method !== 'GET') {
    if (!antiforgery) antiforgery = await fetchToken();
    if (antiforgery) extra[antiforgery.headerName] = antiforgery.token;
  }
  const response = await fetch(url, {
    method, headers: headers(extra), cache: 'no-store', credentials: 'same-origin',
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  if (response.status === 401) {
    await askForKey(sessionStorage.getItem(keyName) ? 'API-nyckeln stämmer inte. Försök igen.' : null);
    return send(method, url, options);
  }
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if ((response.status === 400 || response.status === 403) && method !== 'GET' && body && /antiforgery/i.test(JSON.stringify(body)) && !o.retried) {
    antiforgery = null; // the token's cookie expired or the server restarted: once more with a fresh one
    return send(method, url, Object.assign({}, o, { retried: true }));
  }
  return { ok: response.ok, status: response.status, body, etag: (response.headers.get('ETag') || '').replace(/"/g, '') };
}

async function fetchToken() {
  const response = await fetch('/api/v1/antiforgery', { headers: headers(), cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) return null;
  try { return await response.json(); } catch { return null; }
}

const getJson = (url) => send('GET', url);

// The key is asked for once, in the page (never in a browser prompt), and every waiting request goes on with it.
function askForKey(problem) {
  return new Promise((resolve) => {
    keyWaiters.push(resolve);
    if (keyWaiters.length > 1) return;
    for (const id of ['lista', 'ny', 'remiss']) $(id).hidden = true;
    $('nyckel').hidden = false;
    const error = $('nyckel-fel');
    error.hidden = !problem;
    error.textContent = problem || '';
    $('nyckel-falt').setAttribute('aria-invalid', problem ? 'true' : 'false');
    $('nyckel-falt').focus();
  });
}

function keyEntered(event) {
  event.preventDefault();
  const value = $('nyckel-falt').value.trim();
  if (!value) {
    $('nyckel-fel').hidden = false;
    $('nyckel-fel').textContent = 'Skriv API-nyckeln.';
    $('nyckel-falt').setAttribute('aria-invalid', 'true');
    return;
  }
  sessionStorage.setItem(keyName, value);
  $('nyckel-falt').value = '';
  $('nyckel').hidden = true;
  const waiting = keyWaiters;
  keyWaiters = [];
  for (const resolve of waiting) resolve();
}

function route() {
  if (location.hash === '#/ny') return { create: true };
  const match = /^#\/r\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(location.hash);
  return match ? { id: match[1], document: match[2] || 'yttrande' } : null;
}

function date(iso) { return iso || '–'; }

// The one status (utkast … skickad) styled like the deadline it stands for: late in red, an open remiss by its
// deadline's urgency, a decided or sent one plainly.
function statusClass(r) {
  if (r.remissStatus === 'late') return 'state state-overdue';
  if (r.remissStatus === 'decided' || r.remissStatus === 'sent') return 'state state-done';
  return 'state state-' + r.state;
}

function showOnly(id) {
  for (const section of ['lista', 'ny', 'remiss', 'nyckel']) $(section).hidden = section !== id;
}

// Whether this server writes (not under --read-only): the API's listing says so; an older server has none.
async function loadWritable() {
  const { ok, body } = await getJson('/api/v1/files');
  view.writable = Boolean(ok && body && body.writable);
  $('ny-remiss').hidden = !view.writable;
}

async function showList() {
  const sequence = ++view.sequence;
  const { ok, body } = await getJson('/ui/remisser');
  if (sequence !== view.sequence) return;
  showOnly('lista');
  if (!ok || !body) { $('lista-sammanfattning').textContent = 'Listan kunde inte hämtas. Ladda om sidan.'; return; }
  $('mapp').textContent = '– ' + body.folder;
  document.title = 'Remisser i ' + body.folder;
  const rows = body.remisser.map((r) => {
    const link = el('a', { href: '#/r/' + r.id }, r.title || r.file);
    if (r.errors > 0) {
      return el('tr', {},
        el('td', {}, '–'), el('td', {}, link, el('br'), el('span', { class: 'file' }, r.file)), el('td', {}, '–'), el('td', {}, '–'),
        el('td', { class: 'num' }, '–'), el('td', {}, '–'), el('td', {}, '–'), el('td', {}, '–'),
        el('td', { class: 'state state-broken' }, r.errors === 1 ? '1 fel' : r.errors + ' fel'));
    }
    return el('tr', {},
      el('td', {}, r.number || '–'),
      el('td', {}, link),
      el('td', {}, r.department),
      el('td', {}, date(r.effectiveDeadline) + (r.nonWorkingReason ? ' (' + r.nonWorkingReason + ')' : '')),
      el('td', { class: 'num' }, String(r.daysLeft)),
      el('td', {}, r.extended ? 'ja' : 'nej'),
      el('td', {}, date(r.papersDue)),
      el('td', {}, date(r.decidingMeeting)),
      el('td', { class: statusClass(r) }, r.remissStatusText || r.stateText));
  });
  $('lista-rader').replaceChildren(...rows);
  $('lista-sammanfattning').textContent = body.remisser.length === 0
    ? (view.writable ? 'Mappen innehåller inga remissfiler ännu. Skapa den första med Ny remiss.' : 'Mappen innehåller inga remissfiler (*.remiss.yaml). Skapa en med remiss new.')
    : body.summary;
}

function diagnosticItem(d) {
  const severity = d.severity === 'error' ? 'Fel' : 'Varning';
  return el('li', { class: d.severity },
    el('span', { class: 'severity' }, severity + ' ' + d.code), ' ',
    el('span', { class: 'location' }, `${d.file}, rad ${d.line}, kolumn ${d.column}`), ': ',
    el('span', { class: 'message' }, d.message));
}

async function showRemiss(id, documentName, focus) {
  const sequence = ++view.sequence;
  const { ok, status, body } = await getJson('/ui/remisser/' + encodeURIComponent(id));
  if (sequence !== view.sequence) return;
  showOnly('remiss');
  if (!ok || !body) {
    $('remiss-rubrik').textContent = status === 404 ? 'Remissen finns inte längre' : 'Remissen kunde inte hämtas';
    $('remiss-status').textContent = body && body.detail ? body.detail : 'Gå tillbaka till listan och försök igen.';
    $('diagnostik').replaceChildren();
    $('skrivbord').hidden = true;
    return;
  }

  const changedRemiss = view.id !== id;
  view.id = id;
  view.document = documentName;
  view.remiss = body;
  if (changedRemiss) view.hasPreview = false;
  $('remiss-rubrik').textContent = body.title || body.file;
  document.title = (body.title || body.file) + (view.writable ? ' – Remisser' : ' – förhandsgranskning');
  $('remiss-fil').textContent = body.file;
  $('remiss-lage').textContent = body.remissStatusText
    ? 'Status: ' + body.remissStatusText + (body.sent ? ' ' + body.sent : '')
    : '';
  $('diagnostik').replaceChildren(...(body.diagnostics.length > 0
    ? body.diagnostics.map(diagnosticItem)
    : [el('li', {}, 'Inga fel eller varningar.')]));

  $('remiss-layout').classList.toggle('editing', view.writable);
  if (view.writable && window.Desk) window.Desk.show(id, body, changedRemiss);
  else $('skrivbord').hidden = true;

  showPlan(body.plan);
  const line = $('remiss-status');
  line.classList.toggle('stale', !body.valid);
  if (!body.valid) {
    line.textContent = `Filen har ${body.errors} fel och kan inte renderas. ` +
      (view.hasPreview ? 'Förhandsgranskningen visar den senaste felfria versionen.' : 'Rätta felen så visas dokumenten här.');
    $('hamta').replaceChildren();
    if (!view.hasPreview) $('dokument-val').replaceChildren();
    $('forhandsgranskning').hidden = !view.hasPreview;
    showPlan(null);
    if (focus) $('remiss-rubrik').focus();
    return;
  }

  line.textContent = body.warnings > 0 ? `Uppdaterad. ${body.warnings} ${body.warnings === 1 ? 'varning' : 'varningar'}.` : 'Uppdaterad.';
  const current = body.documents.find((d) => d.kind === documentName) || body.documents[0];
  $('dokument-val').replaceChildren(...body.documents.map((d) => {
    const button = el('button', { type: 'button', 'aria-pressed': d.kind === current.kind ? 'true' : 'false' }, d.label);
    button.addEventListener('click', () => { location.hash = '#/r/' + id + '/' + d.kind; });
    return button;
  }));
  const links = current.downloads.map((link) =>
    el('a', { class: 'download', href: link.url, download: link.fileName, title: link.fileName }, link.label));
  if (current.email) {
    links.push(el('a', { class: 'download email', href: current.email.url, download: current.email.fileName, title: current.email.fileName }, current.email.label));
  }
  for (const link of links) link.addEventListener('click', downloadWithKey);
  $('hamta').replaceChildren(el('span', {}, 'Hämta ' + current.label.toLowerCase() + ':'), ...links);
  loadPreview(current, body.version);
  if (focus) $('remiss-rubrik').focus();
}

// The plan's own state; the remiss's status (utkast … skickad) is shown above, from the one rule in Core.
const planStates = { planned: 'sammanträden före svarstiden', noPlanBeforeDeadline: 'ingen plan före svarstiden', calendarDoesNotReach: 'kalendern räcker inte' };

function showPlan(plan) {
  $('plan').hidden = !plan;
  if (!plan) { $('plan-rader').replaceChildren(); return; }
  const rows = [['Svarstid', plan.deadline], ['Plan', planStates[plan.status] || plan.status]];
  if (plan.status === 'planned') {
    rows.push(['Handlingar senast', plan.papersDue]);
    for (const m of plan.meetings) rows.push([m.body, m.date]);
    rows.push(['Justerat senast', plan.adjustedBy]);
    rows.push(['Omedelbar justering', plan.immediateAdjustment
      ? (plan.immediateAdjustmentInClauses ? 'behövs (finns bland att-satserna)' : 'behövs – lägg till immediate-adjustment')
      : 'behövs inte']);
  }
  if (plan.forward && plan.forward.status === 'planned') {
    rows.push(['Plan från ' + plan.forward.from, 'handlingar senast ' + plan.forward.papersDue]);
    for (const m of plan.forward.meetings) rows.push([m.body, m.date]);
    rows.push(['Begär förlängd svarstid till', plan.forward.extensionUntil]);
  }
  // The justering notices (ORGANISATION.md §8), with the dates Core computed by the law.
  for (const n of plan.notices || []) {
    rows.push(['Anslag ' + n.body + ' § ' + n.paragraph, 'justerat ' + n.adjusted]);
    rows.push(['Anslaget sätts upp', n.posted]);
    rows.push(['Sista dag att överklaga', n.lastDayToAppeal]);
    rows.push(['Anslaget tas ned', n.takenDown]);
  }
  $('plan-rader').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value || '–')]));
}

function loadPreview(current, version) {
  const frame = $('forhandsgranskning');
  let scroll = 0;
  try { scroll = frame.contentWindow ? frame.contentWindow.scrollY : 0; } catch { scroll = 0; }
  frame.title = 'Förhandsgranskning: ' + current.label;
  frame.hidden = false;
  frame.onload = () => {
    view.hasPreview = true;
    try { frame.contentWindow.scrollTo(0, scroll); } catch { /* a fresh frame has nothing to restore */ }
  };
  const url = current.preview + '?v=' + version + '-' + Date.now();
  if (!sessionStorage.getItem(keyName)) { frame.removeAttribute('srcdoc'); frame.src = url; return; }
  // A frame's own request cannot carry the key: the preview is fetched with it and shown from its text (which,
  // inheriting this page's policy, may run no script and use no inline style).
  fetch(url, { headers: headers({ Accept: 'text/html' }), cache: 'no-store' })
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then((html) => { frame.removeAttribute('src'); frame.srcdoc = html; })
    .catch(() => { $('remiss-status').textContent = 'Förhandsgranskningen kunde inte hämtas.'; });
}

// A download with the key: fetched with it, then saved under the department's file name.
async function downloadWithKey(event) {
  if (!sessionStorage.getItem(keyName)) return;
  event.preventDefault();
  const link = event.currentTarget;
  const response = await fetch(link.href, { headers: headers({ Accept: '*/*' }), cache: 'no-store' });
  if (!response.ok) { $('remiss-status').textContent = 'Filen kunde inte hämtas.'; return; }
  const url = URL.createObjectURL(await response.blob());
  const save = el('a', { href: url, download: link.getAttribute('download') });
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function showCreate(focus) {
  ++view.sequence;
  view.id = null;
  showOnly('ny');
  document.title = 'Ny remiss – Remisser';
  if (window.Desk) window.Desk.showCreate();
  if (focus) $('ny-rubrik').focus();
}

function render(focus) {
  if (!$('nyckel').hidden) return Promise.resolve();
  const target = route();
  if (target && target.create) return Promise.resolve(showCreate(focus));
  if (target) return showRemiss(target.id, target.document, focus);
  view.id = null;
  return showList();
}

// Server-sent events read through fetch (not EventSource), so the API key goes along when the server needs one.
let stream = null;

async function connect() {
  if (stream) stream.abort();
  stream = new AbortController();
  try {
    const response = await fetch('/ui/events', { headers: headers({ Accept: 'text/event-stream' }), signal: stream.signal, cache: 'no-store' });
    if (response.status === 401) { await askForKey(null); return connect(); }
    if (!response.ok || !response.body) throw new Error('no stream');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const type = (/^event: ?(.*)$/m.exec(block) || [])[1] || 'message';
        const data = (/^data: ?(.*)$/m.exec(block) || [])[1] || '';
        serverEvent(type, Number(data));
      }
    }
    throw new Error('closed');
  } catch (error) {
    if (error && error.name === 'AbortError') return;
    $('anslutning').textContent = 'Kontakten med servern bröts; försöker igen …';
    setTimeout(connect, 2000);
  }
}

function serverEvent(type, version) {
  if (type === 'hello') {
    $('anslutning').textContent = 'Uppdateras när filerna sparas.';
    if (view.version !== -1 && version !== view.version) render(false);
    view.version = version;
  } else if (type === 'change') {
    view.version = version;
    render(false);
  }
}

window.RemissPage = { el, send, getJson, render, view, $ };

window.addEventListener('hashchange', () => render(true));
document.addEventListener('DOMContentLoaded', async () => {
  $('nyckel-formular').addEventListener('submit', keyEntered);
  await loadWritable();
  render(false);
  connect();
});
