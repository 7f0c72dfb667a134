// The preview page: the folder's remisser, one remiss's documents and diagnostics, updated on every save
// through server-sent events. Only textContent is written into the page (never HTML from data); the
// document itself is shown in a sandboxed frame that may run no script.
'use strict';

const view = { id: null, document: 'yttrande', version: -1, sequence: 0, hasPreview: false };
const $ = (id) => document.getElementById(id);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  return { ok: response.ok, status: response.status, body };
}

function route() {
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

async function showList() {
  const sequence = ++view.sequence;
  const { ok, body } = await getJson('/ui/remisser');
  if (sequence !== view.sequence) return;
  $('remiss').hidden = true;
  $('lista').hidden = false;
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
    ? 'Mappen innehåller inga remissfiler (*.remiss.yaml). Skapa en med remiss new.'
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
  $('lista').hidden = true;
  $('remiss').hidden = false;
  if (!ok || !body) {
    $('remiss-rubrik').textContent = status === 404 ? 'Remissen finns inte längre' : 'Remissen kunde inte hämtas';
    $('remiss-status').textContent = body && body.detail ? body.detail : 'Gå tillbaka till listan och försök igen.';
    $('diagnostik').replaceChildren();
    return;
  }

  const changedRemiss = view.id !== id;
  view.id = id;
  view.document = documentName;
  if (changedRemiss) view.hasPreview = false;
  $('remiss-rubrik').textContent = body.title || body.file;
  document.title = (body.title || body.file) + ' – förhandsgranskning';
  $('remiss-fil').textContent = body.file;
  $('remiss-lage').textContent = body.remissStatusText
    ? 'Status: ' + body.remissStatusText + (body.sent ? ' ' + body.sent : '')
    : '';
  $('diagnostik').replaceChildren(...(body.diagnostics.length > 0
    ? body.diagnostics.map(diagnosticItem)
    : [el('li', {}, 'Inga fel eller varningar.')]));

  showPlan(body.plan);
  const line = $('remiss-status');
  line.classList.toggle('stale', !body.valid);
  if (!body.valid) {
    line.textContent = `Filen har ${body.errors} fel och kan inte renderas. ` +
      (view.hasPreview ? 'Förhandsgranskningen visar den senaste felfria versionen.' : 'Rätta felen så visas dokumenten här.');
    $('hamta').replaceChildren();
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
  frame.src = current.preview + '?v=' + version + '-' + Date.now();
}

function render(focus) {
  const target = route();
  if (target) return showRemiss(target.id, target.document, focus);
  view.id = null;
  return showList();
}

function connect() {
  const source = new EventSource('/ui/events');
  source.addEventListener('hello', (event) => {
    $('anslutning').textContent = 'Uppdateras när filerna sparas.';
    const version = Number(event.data);
    if (view.version !== -1 && version !== view.version) render(false);
    view.version = version;
  });
  source.addEventListener('change', (event) => {
    view.version = Number(event.data);
    render(false);
  });
  source.addEventListener('ping', () => {});
  source.onerror = () => { $('anslutning').textContent = 'Kontakten med servern bröts; försöker igen …'; };
}

window.addEventListener('hashchange', () => render(true));
document.addEventListener('DOMContentLoaded', () => {
  render(false);
  connect();
});
