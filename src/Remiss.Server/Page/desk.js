// The case officer's desk: every field of a remiss file in a form beside its documents. The form is built from
// the file's values (GET /api/v1/files/{id}); "Spara" sends only what changed, by the loader's paths, with the
// hash the form was built from (If-Match), so nothing saved elsewhere in the meantime is overwritten. Errors
// come back at their field. Only textContent is written into the page.
'use strict';

window.Desk = (() => {
  const { el, send, $ } = window.RemissPage;
  const desk = { id: null, hash: null, values: null, choices: null, root: null, dirty: false, saving: false, serial: 0, lastBody: null };

  // ---- The file's values as a tree (objects, arrays, strings; null for an empty value) ----

  // The API answers the file's values as a tree, or (older shape) as paths with scalars and lists; both become a tree.
  function tree(body) {
    const values = body.values || {};
    const flat = Object.keys(values).some((k) => k.includes('.') || k.includes('['));
    if (!flat) return values;
    const root = {};
    const put = (path, value) => {
      const steps = path.match(/[^.[\]]+|\[\d+\]/g) || [];
      let node = root;
      steps.forEach((step, i) => {
        const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step;
        if (i === steps.length - 1) { node[key] = value; return; }
        if (node[key] === undefined || node[key] === null) node[key] = steps[i + 1].startsWith('[') ? [] : {};
        node = node[key];
      });
    };
    for (const [path, items] of Object.entries(body.lists || {})) put(path, items);
    for (const [path, value] of Object.entries(values)) put(path, value);
    return root;
  }

  const get = (node, ...keys) => keys.reduce((n, k) => (n === null || n === undefined ? undefined : n[k]), node);
  const text = (value) => (value === null || value === undefined ? '' : String(value));
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Rows);

  // A list as the form holds it: each row knows the index it had in the file (null for a new one), so a save keeps
  // unchanged items byte for byte and moves the others whole.
  class Rows { constructor(rows) { this.rows = rows; } }

  // What the form holds now, compared with the file: the edits of the contract (PATCH /api/v1/files/{id}).
  function diff(path, before, now, edits) {
    if (now instanceof Rows) return diffList(path, Array.isArray(before) ? before : [], now.rows, edits);
    if (isMap(now)) {
      const keys = new Set([...Object.keys(isMap(before) ? before : {}), ...Object.keys(now)]);
      for (const key of keys) {
        if (key in now) diff(path ? path + '.' + key : key, isMap(before) ? before[key] : undefined, now[key], edits);
      }
      return;
    }
    if (Array.isArray(now)) { // a list written whole: names, the carried proposals
      const b = Array.isArray(before) ? before.map(text) : (before === null || before === undefined ? [] : [text(before)]);
      if (JSON.stringify(b) === JSON.stringify(now)) return;
      if (now.length === 0) edits.push({ path, value: null });
      else if (now.length === 1 && typeof before === 'string') edits.push({ path, value: now[0] });
      else edits.push({ path, value: now }); // names: the list written anew
      return;
    }
    const b = before === undefined || before === null ? null : text(before);
    const n = now === undefined || now === null || now === '' ? (b === '' ? '' : null) : now;
    if (b !== n) edits.push({ path, value: n });
  }

  function diffList(path, before, rows, edits) {
    const reordered = rows.length !== before.length || rows.some((r, i) => r.from !== i);
    let structural = reordered;
    const nested = [];
    const items = rows.map((row) => {
      if (row.from === null) return { from: null, value: clean(row.value) };
      const original = before[row.from];
      if (!isMap(original) || !isMap(row.value)) {
        if (JSON.stringify(original) === JSON.stringify(row.value)) return { from: row.from };
        structural = true;
        return { from: null, value: clean(row.value) };
      }
      const set = {};
      const inner = [];
      const keys = new Set([...Object.keys(original), ...Object.keys(row.value)]);
      for (const key of keys) {
        const b = original[key];
        const n = row.value[key];
        const itemPath = `${path}[${row.from}].${key}`;
        const scalar = (v) => v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
        if (!(key in row.value)) continue;
        if (scalar(b) && scalar(n) && !(n === '' || n === null || n === undefined)) {
          if (text(b) !== text(n)) set[key] = text(n);
        } else {
          diff(itemPath, b, n, inner);
        }
      }
      // A key edited inside the item (a new map such as certified_by) cannot go with a list edit of the same list
      // (RMS0234): in a list kept in its order, the item's texts are then edits of their own paths too, first, so
      // new keys are written in the form's order.
      if (!reordered && inner.length > 0) {
        for (const [key, value] of Object.entries(set)) nested.push({ path: `${path}[${row.from}].${key}`, value });
        nested.push(...inner);
        return { from: row.from };
      }
      nested.push(...inner);
      if (Object.keys(set).length > 0) { structural = true; return { from: row.from, set }; }
      return { from: row.from };
    });
    if (structural) {
      edits.push({ path, items });
      // The whole list too, for a list the file writes on one line ([a, b]), which is written anew instead.
      wholeLists[path] = rows.map((r) => clean(r.value)).filter((v) => v !== undefined);
    }
    edits.push(...nested);
  }

  const wholeLists = {};

  // A new item's tree without the fields left empty.
  function clean(value) {
    if (value instanceof Rows) return clean(value.rows.map((r) => r.value));
    if (Array.isArray(value)) {
      const items = value.map(clean).filter((v) => v !== undefined);
      return items.length > 0 ? items : undefined;
    }
    if (isMap(value)) {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        const c = clean(v);
        if (c !== undefined) out[k] = c;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    return value === null || value === undefined || value === '' ? undefined : value;
  }

  // ---- Controls ----

  const uid = (hint) => 'f' + (++desk.serial) + '-' + String(hint).replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

  // One labelled control with its hint and its error line; data-path says which value of the file it holds.
  function field(spec) {
    const id = uid(spec.key || spec.label);
    const hintId = id + '-tips';
    const errorId = id + '-fel';
    let control;
    if (spec.kind === 'select') {
      control = el('select', { id, name: spec.key });
      for (const [value, label] of spec.options) control.append(el('option', { value }, label));
      control.value = text(spec.value);
      if (control.value !== text(spec.value) && text(spec.value) !== '') {
        control.append(el('option', { value: text(spec.value) }, text(spec.value)));
        control.value = text(spec.value);
      }
    } else if (spec.kind === 'markdown' || spec.kind === 'textarea') {
      control = el('textarea', { id, name: spec.key, rows: spec.rows || 4, spellcheck: 'true' });
      control.value = text(spec.value).replace(/\n$/, '');
    } else if (spec.kind === 'checkbox') {
      control = el('input', { id, name: spec.key, type: 'checkbox' });
      control.checked = text(spec.value) === 'true';
    } else {
      control = el('input', { id, name: spec.key, type: spec.type || 'text', autocomplete: 'off' });
      if (spec.inputmode) control.setAttribute('inputmode', spec.inputmode);
      if (spec.placeholder) control.setAttribute('placeholder', spec.placeholder);
      control.value = text(spec.value);
    }
    if (spec.required) control.setAttribute('aria-required', 'true');
    const hint = spec.hint ? el('p', { class: 'hint', id: hintId }, spec.hint) : null;
    const error = el('p', { class: 'field-error', id: errorId, hidden: true });
    control.setAttribute('aria-describedby', [hint ? hintId : null, errorId].filter(Boolean).join(' '));
    const label = el('label', { for: id }, spec.label, spec.required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
    let node;
    if (spec.kind === 'checkbox') {
      node = el('div', { class: 'field check' }, control, label, hint, error);
    } else if (spec.kind === 'markdown') {
      const preview = el('div', { class: 'md-preview', 'aria-label': 'Förhandsvisning: ' + spec.label, role: 'region', tabindex: '-1' });
      const update = () => preview.replaceChildren(window.Markdown.render(control.value));
      control.addEventListener('input', update);
      update();
      node = el('div', { class: 'field markdown' }, label, hint, error, el('div', { class: 'md-pair' }, control, preview));
    } else {
      node = el('div', { class: 'field' + (spec.kind === 'select' ? ' select' : '') + (spec.wide ? ' wide' : '') }, label, hint, error, control);
    }
    node.dataset.path = spec.key || '';
    node.errorLine = error;
    node.control = control;
    const editor = {
      node, control,
      setPath(path) { node.dataset.path = path; },
      read() {
        if (spec.kind === 'checkbox') return control.checked ? 'true' : (text(spec.value) === '' ? null : 'false');
        if (spec.kind === 'markdown' || spec.kind === 'textarea') {
          const v = control.value.replace(/\s+$/, '');
          if (v === '') return text(spec.value) === '' && spec.value !== undefined && spec.value !== null ? '' : (spec.kind === 'markdown' ? '' : null);
          // Unchanged (but for trailing blank lines): the file's own string, so nothing is rewritten.
          if (v === text(spec.value).replace(/\s+$/, '')) return text(spec.value);
          return spec.kind === 'markdown' ? v + '\n' : v;
        }
        return control.value.trim();
      },
    };
    return editor;
  }

  // A group of editors under keys: its value is a map.
  function group(entries) {
    return {
      setPath(path) { for (const [key, editor] of entries) if (key) editor.setPath(path ? path + '.' + key : key); },
      read() {
        const out = {};
        for (const [key, editor] of entries) if (key) out[key] = editor.read();
        return out;
      },
    };
  }

  function fieldset(legend, hint, ...children) {
    const node = el('fieldset', { class: 'group' }, el('legend', {}, legend), hint ? el('p', { class: 'hint' }, hint) : null, ...children);
    return node;
  }

  function announce(message) {
    const region = $('skrivbord-meddelande');
    if (region) { region.textContent = ''; setTimeout(() => { region.textContent = message; }, 30); }
  }

  // A list of items: add, remove and move, each row a fieldset. makeRow(value, index) gives { node, editor, focus }.
  function list(spec) {
    const rows = [];
    const body = el('div', { class: 'rows' });
    const error = el('p', { class: 'field-error', id: uid(spec.key + '-fel'), hidden: true });
    const add = el('button', { type: 'button', class: 'add' }, spec.addLabel);
    const node = el('fieldset', { class: 'group list', 'aria-describedby': error.id },
      el('legend', {}, spec.legend), spec.hint ? el('p', { class: 'hint' }, spec.hint) : null, error, body, el('p', {}, add));
    node.errorLine = error;
    node.dataset.path = spec.key;
    let path = spec.key;

    // The rows' names (a comment's carries its heading) on their legends and on their buttons' names.
    function rename() {
      rows.forEach((r, i) => {
        const name = spec.itemName(i, r);
        if (r.legend.textContent === name) return;
        r.legend.textContent = name;
        r.up.setAttribute('aria-label', 'Flytta upp: ' + name);
        r.down.setAttribute('aria-label', 'Flytta ner: ' + name);
        r.remove.setAttribute('aria-label', 'Ta bort: ' + name);
      });
    }
    body.addEventListener('change', rename);
    body.addEventListener('input', rename);

    function layout() {
      body.replaceChildren(...rows.map((r) => r.wrapper));
      rows.forEach((r, i) => {
        const name = spec.itemName(i, r);
        r.legend.textContent = name;
        r.up.disabled = i === 0;
        r.down.disabled = i === rows.length - 1;
        r.up.setAttribute('aria-label', 'Flytta upp: ' + name);
        r.down.setAttribute('aria-label', 'Flytta ner: ' + name);
        r.remove.setAttribute('aria-label', 'Ta bort: ' + name);
        r.wrapper.dataset.path = `${path}[${i}]`;
        r.editor.setPath(`${path}[${i}]`);
      });
      if (spec.onChange) spec.onChange();
    }

    function addRow(value, from) {
      const made = spec.makeRow(value, rows.length);
      const row = { from, editor: made.editor, focus: made.focus };
      row.legend = el('legend', {});
      row.up = el('button', { type: 'button', class: 'small' }, '↑ Upp');
      row.down = el('button', { type: 'button', class: 'small' }, '↓ Ner');
      row.remove = el('button', { type: 'button', class: 'small danger' }, 'Ta bort');
      row.rowError = el('p', { class: 'field-error', id: uid('rad-fel'), hidden: true });
      row.wrapper = el('fieldset', { class: 'row', 'aria-describedby': row.rowError.id }, row.legend, row.rowError, made.node,
        el('div', { class: 'row-actions' }, row.up, row.down, row.remove));
      row.wrapper.errorLine = row.rowError;
      const move = (by) => {
        const i = rows.indexOf(row);
        rows.splice(i, 1);
        rows.splice(i + by, 0, row);
        layout();
        (by < 0 ? (row.up.disabled ? row.down : row.up) : (row.down.disabled ? row.up : row.down)).focus();
        announce(spec.itemName(i + by, row) + ' flyttad till plats ' + (i + by + 1) + '.');
        markDirty();
      };
      row.up.addEventListener('click', () => move(-1));
      row.down.addEventListener('click', () => move(1));
      row.remove.addEventListener('click', () => {
        const i = rows.indexOf(row);
        const name = spec.itemName(i, row);
        rows.splice(i, 1);
        layout();
        (rows[Math.min(i, rows.length - 1)] ? rows[Math.min(i, rows.length - 1)].remove : add).focus();
        announce(name + ' borttagen. Spara för att ta bort den ur filen.');
        markDirty();
      });
      rows.push(row);
      return row;
    }

    (Array.isArray(spec.value) ? spec.value : []).forEach((v, i) => addRow(v, i));
    add.addEventListener('click', () => {
      const row = addRow(spec.newValue ? spec.newValue() : null, null);
      layout();
      if (row.focus) row.focus.focus();
      announce(spec.itemName(rows.length - 1, row) + ' tillagd.');
      markDirty();
    });
    layout();
    return {
      node,
      rows,
      setPath(p) { path = p; node.dataset.path = p; layout(); },
      read() { return new Rows(rows.map((r) => ({ from: r.from, value: r.editor.read() }))); },
    };
  }

  // A list of names ("by", jäv): one text field, names separated by commas; one name stays a single value.
  function names(spec) {
    const before = Array.isArray(spec.value) ? spec.value.map(text) : (spec.value ? [text(spec.value)] : []);
    const f = field(Object.assign({}, spec, { value: before.join(', '), hint: spec.hint || 'Namn med parti, t.ex. Anna Berg (V). Flera namn skiljs med komma.' }));
    return {
      node: f.node, control: f.control, setPath: f.setPath,
      read() {
        const now = f.control.value.split(',').map((s) => s.trim()).filter(Boolean);
        if (JSON.stringify(now) === JSON.stringify(before)) return spec.value === undefined ? null : (Array.isArray(spec.value) ? spec.value.map(text) : text(spec.value));
        if (spec.list) return now;
        return Array.isArray(spec.value) || now.length !== 1 ? now : now[0];
      },
    };
  }

  // ---- The parts of the form ----

  const kinds = [['', '(inget angivet: annat)'], ['betänkande', 'Betänkande'], ['promemoria', 'Promemoria'], ['other', 'Annat']];
  const positions = [['', '(välj)'], ['supports', 'Tillstyrker'], ['opposes', 'Avstyrker'], ['supports-with-reservations', 'Tillstyrker med reservationer'],
    ['no-comment', 'Har inga synpunkter'], ['comments', 'Lämnar följande synpunkter']];
  const motions = [['approve', 'Bifall till förslaget'], ['reject', 'Avslag på förslaget'], ['add', 'Bifall med tillägg'], ['amend', 'Ändring'],
    ['refer-back', 'Återremiss'], ['table', 'Bordläggning']];

  const dateHint = 'Skriv datumet som åååå-mm-dd, t.ex. 2025-03-21.';

  function referralPart(v) {
    const r = v.remiss || {};
    const fields = [
      ['number', field({ key: 'remiss.number', label: 'Nummer', value: r.number, hint: 'T.ex. SOU 2024:72 eller Ds 2023:26.' })],
      ['title', field({ key: 'remiss.title', label: 'Titel', value: r.title, required: true, wide: true, hint: 'Det remitterade dokumentets titel, utan ”betänkandet”.' })],
      ['kind', field({ key: 'remiss.kind', label: 'Slag', kind: 'select', options: kinds, value: r.kind })],
      ['department', field({ key: 'remiss.department', label: 'Departement', value: r.department, required: true })],
      ['department_dnr', field({ key: 'remiss.department_dnr', label: 'Departementets diarienummer (Ert dnr)', value: r.department_dnr })],
      ['received', field({ key: 'remiss.received', label: 'Inkom', value: r.received, inputmode: 'numeric', hint: dateHint })],
      ['deadline', field({ key: 'remiss.deadline', label: 'Svarstid', value: r.deadline, required: true, inputmode: 'numeric', hint: dateHint })],
      ['missive', field({ key: 'remiss.missive', label: 'Missivet (PDF)', value: r.missive, wide: true,
        hint: 'Filnamnet på missivet i remissens mapp, t.ex. missiv.pdf. Det följer med när ärendet arkiveras.' })],
    ];
    const extensions = list({
      key: 'remiss.extensions', legend: 'Förlängd svarstid', addLabel: 'Lägg till förlängning', value: r.extensions,
      hint: 'Beviljade förlängningar, den äldsta först.',
      itemName: (i) => 'Förlängning ' + (i + 1),
      makeRow(value) {
        const until = field({ key: 'until', label: 'Ny svarstid', value: get(value, 'until'), required: true, inputmode: 'numeric', hint: dateHint });
        const granted = field({ key: 'granted', label: 'Beviljad', value: get(value, 'granted'), inputmode: 'numeric' });
        return { node: el('div', { class: 'fields' }, until.node, granted.node), editor: group([['until', until], ['granted', granted]]), focus: until.control };
      },
    });
    const replyTo = names({ key: 'remiss.reply_to', label: 'Svaret skickas till (e-post)', value: r.reply_to, hint: 'Adressen i missivet (”per e-post till …”). Flera adresser skiljs med komma.' });
    const replyCc = names({ key: 'remiss.reply_cc', label: 'Kopia till (e-post)', value: r.reply_cc, hint: 'Missivets ”med kopia till …”. Flera adresser skiljs med komma.' });
    const node = fieldset('Remissen', null, el('div', { class: 'fields' }, ...fields.map(([, f]) => f.node)), extensions.node,
      el('div', { class: 'fields' }, replyTo.node, replyCc.node));
    return { node, editor: group([...fields, ['extensions', extensions], ['reply_to', replyTo], ['reply_cc', replyCc]]) };
  }

  function casePart(v, choices) {
    const c = v.case || {};
    const fromOrganisation = choices.organisation;
    const fields = [
      ['dnr', field({ key: 'case.dnr', label: 'Diarienummer (Vårt dnr)', value: c.dnr, required: true })],
      ['responsible', field({ key: 'case.responsible', label: 'Ärendeansvarig', value: c.responsible })],
      ['officers', names({ key: 'case.officers', label: 'Handläggare', value: c.officers, list: true, hint: 'Flera namn skiljs med komma.' })],
      ['date', field({ key: 'case.date', label: 'Datum på tjänsteutlåtandet', value: c.date, inputmode: 'numeric', hint: dateHint })],
      ['organisation', field({ key: 'case.organisation', label: 'Organisation', value: c.organisation,
        hint: fromOrganisation ? `Organisationsfilen anger ${fromOrganisation}; lämna tomt.` : 'Den som svarar, t.ex. Region Västernorrland.' })],
    ];
    return { node: fieldset('Ärendet', null, el('div', { class: 'fields' }, ...fields.map(([, f]) => f.node))), editor: group(fields) };
  }

  function bodyOptions(choices) {
    return (choices.bodies || []).map((b) => [b.id || b.name, b.name]);
  }

  function findBody(choices, value) {
    const v = text(value).toLowerCase();
    return (choices.bodies || []).find((b) => (b.id && b.id.toLowerCase() === v) || text(b.name).toLowerCase() === v) || null;
  }

  // One body of the path (or of a meeting): chosen from the organisation file; the file's own spelling is kept
  // while the choice does not change.
  function bodyField(spec, choices) {
    const bodies = bodyOptions(choices);
    if (bodies.length === 0) return field(Object.assign({}, spec, { hint: spec.hint || 'Organets namn som protokollen skriver det.' }));
    const known = findBody(choices, spec.value);
    const f = field(Object.assign({}, spec, { kind: 'select', options: [['', '(välj organ)'], ...bodies], value: known ? (known.id || known.name) : spec.value }));
    const read = f.read;
    f.read = () => {
      const now = read();
      return known && now === (known.id || known.name) ? text(spec.value) : now;
    };
    return f;
  }

  function decisionPart(v, choices, onPathChange) {
    const d = v.decision || {};
    const path = list({
      key: 'decision.path', legend: 'Beslutsväg', addLabel: 'Lägg till organ', value: d.path,
      hint: 'Organen som behandlar ärendet: det som föreslår först, det som beslutar sist.',
      newValue: () => '',
      itemName: (i) => 'Organ ' + (i + 1),
      makeRow(value) {
        const f = bodyField({ key: '', label: 'Organ', value, required: true }, choices);
        f.control.addEventListener('change', onPathChange);
        return { node: f.node, editor: f, focus: f.control };
      },
      onChange: onPathChange,
    });
    const clauses = list({
      key: 'decision.clauses', legend: 'Att-satser', addLabel: 'Lägg till att-sats', value: d.clauses,
      hint: 'I den ordning de ska stå i beslutet. Standardsatserna och organisationens egna finns att välja; ”Egen text” skrivs som den är.',
      newValue: () => '',
      itemName: (i) => 'Att-sats ' + (i + 1),
      makeRow: (value) => clauseRow(value, choices),
    });
    const notify = names({ key: 'decision.notify', label: 'Delges', value: d.notify, list: true, hint: 'Flera mottagare skiljs med komma.' });
    const node = fieldset('Beslutet', null, path.node, clauses.node, el('div', { class: 'fields' }, notify.node));
    return { node, path, editor: group([['path', path], ['clauses', clauses], ['notify', notify]]) };
  }

  // A clause as the file holds it: "id", "id: argument", { id: { name: argument } }, { text: … } or { statement: … }.
  function clauseParts(value) {
    if (value === null || value === undefined || value === '') return { id: '', args: {} };
    if (typeof value === 'string') return { id: value, args: {} };
    if ('text' in value) return { id: ':text', own: text(value.text) };
    if ('statement' in value) return { id: ':statement', own: text(value.statement) };
    const [id, argument] = Object.entries(value)[0] || ['', ''];
    return { id, args: isMap(argument) ? argument : { '': text(argument) } };
  }

  // The registry's wording as the decision will read it; a placeholder shows as what fills it.
  function clauseLabel(c) {
    if (!c.text) return c.id;
    return 'att ' + c.text.replace(/\{response[ _]title\}/, 'Yttrande över remiss; …').replace(/\{[^}]*\}/g, '…');
  }

  function clauseRow(value, choices) {
    const before = clauseParts(value);
    const registry = choices.clauses || [];
    const options = [['', '(välj att-sats)'], ...registry.map((c) => [c.id, clauseLabel(c)]), [':text', 'Egen text']];
    const select = field({ key: '', label: 'Att-sats', kind: 'select', options, value: before.id, required: true });
    const extra = el('div', { class: 'fields' });
    let args = [];
    const own = field({ key: '', label: 'Egen att-sats', value: before.own, wide: true, hint: 'Utan ”att” i början; det läggs till.' });
    function shape() {
      const id = select.control.value;
      const definition = registry.find((c) => c.id === id);
      const names = definition ? (definition.arguments || []) : [];
      // One argument is written after the id ("refer-without-proposal: regionstyrelsen"); several by name.
      const single = names.length === 1;
      args = names.map((name) => [single ? '' : name, field({ key: '', label: single ? 'Argument' : 'Argument: ' + name, hint: definition.description,
        value: id === before.id ? (single ? (get(before.args, '') ?? get(before.args, name)) : get(before.args, name)) : '', required: true })]);
      extra.replaceChildren(...args.map(([, f]) => f.node), ...(id.startsWith(':') ? [own.node] : []));
    }
    shape();
    select.control.addEventListener('change', shape);
    const editor = {
      setPath(path) { select.setPath(path); own.setPath(path + '.text'); for (const [name, f] of args) f.setPath(path + (name ? '.' + name : '')); },
      read() {
        const id = select.control.value;
        if (id === ':text' || id === ':statement') {
          const t = own.read();
          return before.id === id && t === before.own ? value : { [id.slice(1)]: t };
        }
        if (args.length === 0) return id === before.id && typeof value === 'string' ? value : id;
        const now = args.length === 1 && args[0][0] === '' ? args[0][1].read() : Object.fromEntries(args.map(([n, f]) => [n, f.read()]));
        if (id === before.id && JSON.stringify(now) === JSON.stringify(args.length === 1 && args[0][0] === '' ? text(before.args['']) : before.args)) return value;
        return { [id]: now };
      },
    };
    return { node: el('div', {}, select.node, extra), editor, focus: select.control };
  }

  function memoPart(v) {
    const m = v.memo || {};
    const background = field({ key: 'memo.background', label: 'Bakgrund', kind: 'markdown', value: m.background, rows: 6 });
    const assessment = field({ key: 'memo.assessment', label: 'Förvaltningens bedömning', kind: 'markdown', value: m.assessment, rows: 6, required: true });
    return {
      node: fieldset('Tjänsteutlåtandet', 'Texten skrivs i Markdown: **fet**, *kursiv* och listor med - eller 1. Förhandsvisningen står bredvid.', background.node, assessment.node),
      editor: group([['background', background], ['assessment', assessment]]),
    };
  }

  function responsePart(v) {
    const r = v.response || {};
    const position = field({ key: 'response.position', label: 'Ställningstagande till remissen i stort', kind: 'select', value: r.position,
      options: [['', 'Synpunkter per avsnitt (nedan)'], ['no-comment', 'Inga synpunkter: yttrandet blir en mening']] });
    const summary = field({ key: 'response.summary', label: 'Sammanfattning', kind: 'markdown', value: r.summary, rows: 5 });
    const comments = list({
      key: 'response.comments', legend: 'Synpunkter', addLabel: 'Lägg till synpunkt', value: r.comments,
      hint: 'En synpunkt per avsnitt i det remitterade dokumentet, i den ordning de ska stå i yttrandet.',
      newValue: () => ({ position: 'comments' }),
      itemName: (i, row) => {
        const heading = row && row.editor && row.editor.heading ? row.editor.heading.control.value.trim() : '';
        return 'Synpunkt ' + (i + 1) + (heading ? ': ' + heading : '');
      },
      makeRow(value) {
        const section = field({ key: 'section', label: 'Avsnitt', value: get(value, 'section'), hint: 'T.ex. 5.2' });
        const heading = field({ key: 'heading', label: 'Rubrik', value: get(value, 'heading'), required: true, wide: true });
        const pos = field({ key: 'position', label: 'Ställningstagande', kind: 'select', options: positions, value: get(value, 'position') });
        const body = field({ key: 'text', label: 'Text', kind: 'markdown', value: get(value, 'text'), rows: 5 });
        const editor = group([['section', section], ['heading', heading], ['position', pos], ['text', body]]);
        editor.heading = heading;
        return { node: el('div', {}, el('div', { class: 'fields' }, section.node, heading.node, pos.node), body.node), editor, focus: section.control };
      },
    });
    return {
      node: fieldset('Yttrandet', null, position.node, summary.node, comments.node),
      editor: group([['position', position], ['summary', summary], ['comments', comments]]),
    };
  }

  // ---- Meetings (ORGANISATION.md §4 and §7) ----

  function meetingsPart(v, choices, pathNow) {
    const d = v.decision || {};
    const meetings = list({
      key: 'decision.meetings', legend: 'Sammanträden', addLabel: 'Lägg till sammanträde', value: d.meetings,
      hint: 'Efter varje sammanträde: organet, datum och paragraf, och vad som hände (yrkanden, omröstning, reservationer).',
      newValue: () => {
        const done = new Set(meetings.rows.map((r) => r.editor.bodyValue()));
        const next = pathNow().find((b) => !done.has(b)) || '';
        return { body: next, date: suggestedDate(next, choices) };
      },
      itemName: (i, row) => {
        const name = row && row.editor ? bodyName(row.editor.bodyValue(), choices) : '';
        return 'Sammanträde ' + (i + 1) + (name ? ': ' + name : '');
      },
      makeRow: (value) => meetingRow(value, choices),
    });
    return { node: meetings.node, editor: meetings };
  }

  function bodyName(value, choices) {
    const body = findBody(choices, value);
    return body ? body.name : text(value);
  }

  // The day offered for a new record: the body's meeting in the plan, else its first meeting from today.
  function suggestedDate(bodyValue, choices) {
    const body = findBody(choices, bodyValue);
    const plan = window.RemissPage.view.remiss && window.RemissPage.view.remiss.plan;
    const planned = plan && plan.meetings ? plan.meetings.find((m) => body && m.body === body.name) : null;
    if (planned) return planned.date;
    const today = new Date().toISOString().slice(0, 10);
    const dates = body ? body.meetings || [] : [];
    return dates.find((d) => d >= today) || dates[dates.length - 1] || '';
  }

  function meetingRow(value, choices) {
    const m = value || {};
    const body = bodyField({ key: 'body', label: 'Organ', value: m.body, required: true }, choices);
    const dateSelect = field({ key: 'date', label: 'Sammanträdesdatum', kind: 'select', options: [], value: '' });
    const otherDate = field({ key: 'date', label: 'Annat datum', value: '', inputmode: 'numeric', hint: dateHint });
    function calendar(keep) {
      const b = findBody(choices, body.read());
      const dates = b ? b.meetings || [] : [];
      const current = keep !== undefined ? keep : (dateSelect.control.value === ':other' ? otherDate.control.value : dateSelect.control.value);
      dateSelect.control.replaceChildren(...dates.map((d) => el('option', { value: d }, d)), el('option', { value: ':other' }, 'Annat datum …'));
      if (current && dates.includes(current)) dateSelect.control.value = current;
      else if (!current && dates.length > 0) dateSelect.control.value = suggestedDate(body.read(), choices) || dates[0];
      else { dateSelect.control.value = ':other'; otherDate.control.value = current || ''; }
      otherDate.node.hidden = dateSelect.control.value !== ':other';
    }
    calendar(text(m.date));
    body.control.addEventListener('change', () => calendar());
    dateSelect.control.addEventListener('change', () => {
      otherDate.node.hidden = dateSelect.control.value !== ':other';
      if (!otherDate.node.hidden) otherDate.control.focus();
    });
    const date = {
      setPath(p) { dateSelect.setPath(p); otherDate.setPath(p); },
      read() { return dateSelect.control.value === ':other' ? otherDate.control.value.trim() : dateSelect.control.value; },
    };
    const paragraph = field({ key: 'paragraph', label: 'Paragraf (§)', value: m.paragraph, required: true, inputmode: 'numeric' });
    const note = field({ key: 'note', label: 'Noteras till protokollet', kind: 'markdown', value: m.note, rows: 2 });

    let vote = null; // made after the proposals, whose count it offers
    const proposals = list({
      key: 'proposals', legend: 'Yrkanden', addLabel: 'Lägg till yrkande', value: m.proposals,
      hint: 'I den ordning de framställdes. Utan yrkanden beslutar organet enligt förslaget.',
      newValue: () => ({ motion: 'approve' }),
      itemName: (i) => 'Yrkande ' + (i + 1),
      makeRow: (p, index) => proposalRow(p, p && outcomeOf(m).includes(index + 1)),
      onChange: () => { if (vote) vote.refresh(); },
    });
    vote = voteEditor(m.vote, () => proposals.rows.length);
    const reservations = list({
      key: 'reservations', legend: 'Reservationer', addLabel: 'Lägg till reservation', value: m.reservations,
      itemName: (i) => 'Reservation ' + (i + 1),
      makeRow(r) {
        const by = names({ key: 'by', label: 'Reserverar sig', value: get(r, 'by'), required: true });
        const written = field({ key: 'written', label: 'Anmäler skriftlig reservation', kind: 'checkbox', value: get(r, 'written') });
        return { node: el('div', { class: 'fields' }, by.node, written.node), editor: group([['by', by], ['written', written]]), focus: by.control };
      },
    });
    const entries = list({
      key: 'entries', legend: 'Protokollsanteckningar', addLabel: 'Lägg till protokollsanteckning', value: m.entries,
      itemName: (i) => 'Protokollsanteckning ' + (i + 1),
      makeRow(e) {
        const by = names({ key: 'by', label: 'Antecknar', value: get(e, 'by'), required: true });
        const t = field({ key: 'text', label: 'Anteckning', kind: 'textarea', value: get(e, 'text'), rows: 2, required: true });
        return { node: el('div', {}, by.node, t.node), editor: group([['by', by], ['text', t]]), focus: by.control };
      },
    });
    const disqualified = names({ key: 'disqualified', label: 'Jäv', value: m.disqualified });
    const notTakingPart = names({ key: 'not_taking_part', label: 'Deltar inte i beslutet', value: m.not_taking_part });

    const hasMinutes = ['proposals', 'vote', 'reservations', 'entries', 'disqualified', 'not_taking_part'].some((k) => m[k] !== undefined && m[k] !== null);
    const details = el('details', { class: 'minutes', open: hasMinutes },
      el('summary', {}, 'Yrkanden, omröstning, reservationer och jäv'),
      proposals.node, vote.node, reservations.node, entries.node, el('div', { class: 'fields' }, disqualified.node, notTakingPart.node));

    // The justering (ORGANISATION.md §8): usually days after the meeting, so the row is opened again to add it.
    // Left empty, the place and the certifier are the organisation file's (minutes.kept_at, minutes.certified_by).
    const adjusted = field({ key: 'adjusted', label: 'Protokollet justerat den', value: m.adjusted, inputmode: 'numeric',
      hint: dateHint + ' Med datumet kan anslaget om justeringen skrivas ut.' });
    const posted = field({ key: 'notice_posted', label: 'Anslaget uppsatt den', value: m.notice_posted, inputmode: 'numeric',
      hint: 'Lämna tomt om anslaget sattes upp samma dag som protokollet justerades.' });
    const keptAt = field({ key: 'kept_at', label: 'Protokollet förvaras', value: m.kept_at, wide: true,
      hint: 'Lämna tomt för organisationens förvaringsplats.' });
    const certifierName = field({ key: 'name', label: 'Anslaget bestyrks av', value: get(m, 'certified_by', 'name'),
      hint: 'Lämna tomt för organisationens nämndsekreterare.' });
    const certifierRole = field({ key: 'role', label: 'Titel', value: get(m, 'certified_by', 'role') });
    const certifier = {
      setPath(p) { certifierName.setPath(p + '.name'); certifierRole.setPath(p + '.role'); },
      // Both emptied: the key goes, not a map without its required name.
      read() {
        const name = certifierName.read();
        const role = certifierRole.read();
        if (!name && !role) return m.certified_by === undefined || m.certified_by === null ? undefined : null;
        return { name, role };
      },
    };
    const hasJustering = ['adjusted', 'notice_posted', 'kept_at', 'certified_by'].some((k) => m[k] !== undefined && m[k] !== null);
    const justering = el('details', { class: 'minutes justering', open: hasJustering },
      el('summary', {}, 'Justering och anslag'),
      el('div', { class: 'fields' }, adjusted.node, posted.node), keptAt.node,
      el('div', { class: 'fields' }, certifierName.node, certifierRole.node));

    const base = group([['body', body], ['date', date], ['paragraph', paragraph], ['note', note],
      ['proposals', proposals], ['vote', vote], ['reservations', reservations], ['entries', entries],
      ['disqualified', disqualified], ['not_taking_part', notTakingPart],
      ['adjusted', adjusted], ['notice_posted', posted], ['kept_at', keptAt], ['certified_by', certifier]]);
    const editor = {
      setPath: base.setPath,
      bodyValue: () => body.read(),
      read() {
        const out = base.read();
        const carried = proposals.rows.map((r, i) => (r.editor.carried() ? String(i + 1) : null)).filter(Boolean);
        const before = outcomeOf(m);
        if (JSON.stringify(carried) !== JSON.stringify(before.map(String))) out.outcome = carried;
        else if (m.outcome !== undefined) out.outcome = Array.isArray(m.outcome) ? m.outcome.map(text) : [text(m.outcome)];
        return out;
      },
    };
    const node = el('div', {},
      el('div', { class: 'fields' }, body.node, dateSelect.node, otherDate.node, paragraph.node), note.node, details, justering);
    return { node, editor, focus: body.control };
  }

  function outcomeOf(m) {
    const o = m && m.outcome;
    if (o === undefined || o === null) return [];
    return (Array.isArray(o) ? o : [o]).map((x) => Number(text(x)));
  }

  function proposalRow(p, carried) {
    const value = p || {};
    const by = names({ key: 'by', label: 'Yrkande av', value: value.by, required: true });
    const motion = field({ key: 'motion', label: 'Yrkar', kind: 'select', options: motions, value: value.motion || 'approve' });
    const clauses = field({ key: 'clauses', label: 'Att-satser (en per rad)', kind: 'textarea', rows: 2, wide: true,
      value: (Array.isArray(value.clauses) ? value.clauses : []).map((c) => clauseParts(c).own || clauseParts(c).id).join('\n') });
    const to = field({ key: 'to', label: 'Återremitteras till', value: value.to, hint: 'Lämna tomt för förvaltningen.' });
    const reason = field({ key: 'reason', label: 'Motivering', value: value.reason, wide: true });
    const table = field({ key: 'date', label: 'Bordläggs till sammanträdet den', value: value.date, inputmode: 'numeric', hint: dateHint });
    const won = field({ key: '', label: 'Yrkandet bifölls', kind: 'checkbox', value: carried ? 'true' : '' });
    function shape() {
      const m = motion.control.value;
      clauses.node.hidden = !(m === 'add' || m === 'amend');
      to.node.hidden = reason.node.hidden = m !== 'refer-back';
      table.node.hidden = m !== 'table';
    }
    shape();
    motion.control.addEventListener('change', shape);
    const clauseList = () => clauses.control.value.split('\n').map((s) => s.trim()).filter(Boolean);
    const editor = {
      setPath(path) { by.setPath(path + '.by'); motion.setPath(path + '.motion'); clauses.setPath(path + '.clauses'); to.setPath(path + '.to'); reason.setPath(path + '.reason'); table.setPath(path + '.date'); },
      carried: () => won.control.checked,
      read() {
        const m = motion.control.value;
        const out = { by: by.read(), motion: m };
        if (m === 'add' || m === 'amend') {
          const now = clauseList();
          const before = (Array.isArray(value.clauses) ? value.clauses : []).map((c) => clauseParts(c).own || clauseParts(c).id);
          out.clauses = JSON.stringify(now) === JSON.stringify(before) && value.clauses ? value.clauses : now.map((t) => ({ text: t }));
        } else if (value.clauses !== undefined) out.clauses = null;
        out.to = m === 'refer-back' ? to.read() : (value.to !== undefined ? null : undefined);
        out.reason = m === 'refer-back' ? reason.read() : (value.reason !== undefined ? null : undefined);
        out.date = m === 'table' ? table.read() : (value.date !== undefined ? null : undefined);
        for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
        return out;
      },
    };
    return { node: el('div', {}, el('div', { class: 'fields' }, by.node, motion.node), el('div', { class: 'fields' }, clauses.node, to.node, reason.node, table.node), won.node), editor, focus: by.control };
  }

  function voteEditor(v, proposalCount) {
    const value = v || null;
    const held = field({ key: '', label: 'Omröstning begärdes', kind: 'checkbox', value: value ? 'true' : '' });
    const yes = field({ key: 'yes', label: 'Ja-röst för', kind: 'select', options: [], value: get(value, 'yes') });
    const no = field({ key: 'no', label: 'Nej-röst för', kind: 'select', options: [], value: get(value, 'no') });
    const result = get(value, 'result') || {};
    const yesCount = field({ key: 'yes', label: 'Ja-röster', value: Array.isArray(result.yes) ? result.yes.join(', ') : result.yes, inputmode: 'numeric', hint: 'Antalet, eller namnen skilda med komma.' });
    const noCount = field({ key: 'no', label: 'Nej-röster', value: Array.isArray(result.no) ? result.no.join(', ') : result.no, inputmode: 'numeric' });
    const abstain = field({ key: 'abstain', label: 'Avstår', value: Array.isArray(result.abstain) ? result.abstain.join(', ') : result.abstain, inputmode: 'numeric' });
    const casting = field({ key: 'casting_vote', label: 'Ordförandens utslagsröst avgjorde', kind: 'checkbox', value: get(value, 'casting_vote') });
    const inner = el('div', { class: 'vote' }, el('div', { class: 'fields' }, yes.node, no.node), el('div', { class: 'fields' }, yesCount.node, noCount.node, abstain.node), casting.node);
    const error = el('p', { class: 'field-error', id: uid('omrostning-fel'), hidden: true });
    const node = el('fieldset', { class: 'group', 'aria-describedby': error.id }, el('legend', {}, 'Omröstning'), error, held.node, inner);
    node.errorLine = error;
    function refresh() {
      const n = proposalCount();
      for (const [f, initial] of [[yes, get(value, 'yes')], [no, get(value, 'no')]]) {
        const current = f.control.value || text(initial);
        f.control.replaceChildren(...Array.from({ length: n }, (_, i) => el('option', { value: String(i + 1) }, 'Yrkande ' + (i + 1))));
        if (current) f.control.value = current;
      }
      if (!no.control.value && n > 1) no.control.value = '2';
    }
    refresh();
    const show = () => { inner.hidden = !held.control.checked; };
    held.control.addEventListener('change', () => { refresh(); show(); });
    show();
    const counts = (f, before) => {
      const raw = f.control.value.trim();
      if (raw === '') return before === undefined ? undefined : null;
      if (/^\d+$/.test(raw)) return raw;
      const now = raw.split(',').map((s) => s.trim()).filter(Boolean);
      return Array.isArray(before) && JSON.stringify(before) === JSON.stringify(now) ? before : now;
    };
    return {
      node, refresh,
      setPath(path) {
        node.dataset.path = path; yes.setPath(path + '.yes'); no.setPath(path + '.no'); casting.setPath(path + '.casting_vote');
        yesCount.setPath(path + '.result.yes'); noCount.setPath(path + '.result.no'); abstain.setPath(path + '.result.abstain');
      },
      read() {
        if (!held.control.checked) return value ? null : undefined;
        const out = { yes: yes.control.value, no: no.control.value, result: { yes: counts(yesCount, result.yes), no: counts(noCount, result.no) } };
        const a = counts(abstain, result.abstain);
        if (a !== undefined) out.result.abstain = a;
        const c = casting.read();
        if (c !== null) out.casting_vote = c;
        return out;
      },
    };
  }

  // ---- Sent (response.sent) ----

  function sentPart(v) {
    const sent = get(v, 'response', 'sent');
    const today = new Date().toISOString().slice(0, 10);
    const box = el('section', { class: 'sent card', 'aria-labelledby': 'skickad-rubrik' }, el('h2', { id: 'skickad-rubrik' }, 'Skickat till departementet'));
    if (sent) {
      const undo = el('button', { type: 'button' }, 'Ångra: inte skickad');
      undo.addEventListener('click', () => save([{ path: 'response.sent', value: null }], 'Markeringen som skickad är borttagen.'));
      box.append(el('p', {}, 'Yttrandet skickades ' + text(sent) + '. Remissen är klar.'), el('p', {}, undo));
    } else {
      const date = field({ key: 'response.sent', label: 'Datum då yttrandet skickades', value: today, inputmode: 'numeric', hint: dateHint });
      const mark = el('button', { type: 'button', class: 'primary' }, 'Markera som skickad');
      mark.addEventListener('click', () => markSent(date.control.value.trim()));
      box.append(el('p', { class: 'hint' }, 'När yttrandet har gått till departementets registratur: markera remissen som skickad, så är den klar.'), date.node, el('p', {}, mark));
    }
    return box;
  }

  async function markSent(day) {
    if (desk.dirty) { await save(null, null); if (desk.dirty) return; }
    await save([{ path: 'response.sent', value: day }], 'Remissen är markerad som skickad ' + day + '.');
  }

  // ---- Word (remiss pull from the page) ----

  function wordPart() {
    const fileField = el('input', { type: 'file', id: uid('word'), accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'aria-describedby': 'word-fel' });
    const accept = field({ key: '', label: 'Godkänn spårade ändringar', kind: 'checkbox', value: '' });
    const show = el('button', { type: 'button' }, 'Visa ändringarna');
    const result = el('div', { class: 'word-result', id: 'word-resultat', tabindex: '-1' });
    const error = el('p', { class: 'field-error', id: 'word-fel', hidden: true });
    let pending = null;
    async function pull(apply) {
      error.hidden = true;
      fileField.removeAttribute('aria-invalid');
      const file = fileField.files && fileField.files[0];
      if (!file) { error.hidden = false; error.textContent = 'Välj den redigerade Word-filen (.docx) först.'; fileField.setAttribute('aria-invalid', 'true'); fileField.focus(); return; }
      pending = pending && pending.file === file ? pending : { file, base64: await base64(file) };
      const { ok, status, body, etag } = await send('POST', `/api/v1/files/${desk.id}/pull`, { hash: desk.hash,
        body: { docxBase64: pending.base64, docxName: file.name, acceptChanges: accept.control.checked, apply } });
      if (apply && ok) {
        result.replaceChildren();
        await afterSave(ok, status, body, etag, 'Ändringarna från Word är införda i remissfilen.');
        return;
      }
      showPull(ok, status, body);
    }
    // What the pull would take in: remiss pull's own lines (Swedish) and the values before and after, field by field.
    function showPull(ok, status, body) {
      const diagnostics = (body && body.diagnostics) || [];
      const described = (body && body.changes) || [];
      const values = (body && body.values) || [];
      const parts = [];
      if (status === 409) parts.push(el('p', { class: 'problem' }, 'Remissfilen har ändrats sedan formuläret hämtades. Läs in sidan igen och försök på nytt.'));
      else if (!ok) parts.push(el('p', { class: 'problem' }, ((body && body.code) ? body.code + ' ' : '') + ((body && body.detail) || 'Word-filen kan inte tas tillbaka.') + ' Inget har ändrats.'));
      if (diagnostics.length > 0) {
        parts.push(el('ul', { class: 'diagnostic-list' }, ...diagnostics.map((d) => el('li', { class: d.severity },
          el('span', { class: 'severity' }, (d.severity === 'error' ? 'Fel ' : 'Varning ') + d.code), ' ', d.message))));
      }
      if (ok && values.length === 0 && described.length === 0) parts.push(el('p', {}, 'Word-filen har inga ändringar att ta tillbaka.'));
      if (ok && (values.length > 0 || described.length > 0)) {
        parts.push(el('h3', {}, 'Det här ändras i remissfilen'));
        if (described.length > 0) parts.push(el('ul', {}, ...described.map((c) => el('li', {}, c.description))));
        if (values.length > 0) {
          parts.push(el('ul', { class: 'changes' }, ...values.map((c) => el('li', {},
            el('span', { class: 'change-path' }, labelFor(c.path)), ' ',
            c.before !== null && c.before !== undefined ? el('del', {}, el('span', { class: 'visually-hidden' }, 'Före: '), text(c.before)) : null, ' ',
            c.now !== null && c.now !== undefined ? el('ins', {}, el('span', { class: 'visually-hidden' }, 'Efter: '), text(c.now)) : null))));
        }
        const apply = el('button', { type: 'button', class: 'primary' }, 'För in ändringarna');
        apply.addEventListener('click', () => pull(true));
        parts.push(el('p', {}, apply));
      }
      result.replaceChildren(...parts);
      result.focus();
    }
    show.addEventListener('click', () => pull(false));
    fileField.addEventListener('change', () => { pending = null; result.replaceChildren(); });
    return el('section', { class: 'word card', 'aria-labelledby': 'word-rubrik' },
      el('h2', { id: 'word-rubrik' }, 'Ta tillbaka ändringar från Word'),
      el('p', { class: 'hint' }, 'Skrevs texten om i Word? Ladda upp den redigerade .docx-filen. Du ser ändringarna innan något skrivs i remissfilen.'),
      el('div', { class: 'field' }, el('label', { for: fileField.id }, 'Redigerad Word-fil (.docx)'), error, fileField),
      accept.node, el('p', {}, show), result);
  }

  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  // The visible label of the field a path belongs to, for messages about it.
  function labelFor(path) {
    const node = fieldFor(path);
    const label = node && (node.querySelector('label') || node.querySelector('legend'));
    return label ? label.textContent.replace(/\s*\*$/, '') + ':' : path + ':';
  }

  // ---- The form ----

  function build(body) {
    const v = tree(body);
    const choices = body.choices || {};
    desk.values = v;
    desk.choices = choices;
    const referral = referralPart(v);
    const caseInfo = casePart(v, choices);
    let decision = null;
    const pathNow = () => (decision ? decision.path.read().rows.map((r) => text(r.value)).filter(Boolean) : []);
    decision = decisionPart(v, choices, () => {});
    const memo = memoPart(v);
    const response = responsePart(v);
    const meetings = meetingsPart(v, choices, pathNow);
    desk.root = {
      read() {
        const decisionNow = decision.editor.read();
        decisionNow.meetings = meetings.editor.read();
        return { remiss: referral.editor.read(), case: caseInfo.editor.read(), decision: decisionNow, memo: memo.editor.read(), response: response.editor.read() };
      },
    };

    const saveButton = el('button', { type: 'submit', class: 'primary', id: 'spara' }, 'Spara');
    const saveState = el('p', { id: 'spara-status', class: 'save-state', role: 'status', 'aria-live': 'polite' });
    const summary = el('div', { id: 'felsammanfattning', class: 'error-summary', hidden: true, tabindex: '-1', 'aria-labelledby': 'felsammanfattning-rubrik' });
    const conflict = el('div', { id: 'konflikt', class: 'conflict', hidden: true, tabindex: '-1', 'aria-labelledby': 'konflikt-rubrik' });
    const form = el('form', { id: 'formular', class: 'desk-form', novalidate: true, 'aria-labelledby': 'formular-rubrik' },
      el('h2', { id: 'formular-rubrik' }, 'Remissfilen'),
      el('p', { class: 'hint' }, 'Fält märkta * måste fyllas i. Spara skriver bara det du har ändrat i filen; kommentarer och allt annat i den står kvar.'),
      summary, conflict,
      referral.node, caseInfo.node, decision.node, memo.node, response.node, meetings.node,
      el('div', { class: 'save-bar' }, saveButton, saveState));
    form.addEventListener('input', markDirty);
    form.addEventListener('change', markDirty);
    form.addEventListener('submit', (event) => { event.preventDefault(); save(null, null); });
    const container = $('skrivbord');
    container.replaceChildren(
      el('p', { id: 'skrivbord-meddelande', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
      form, sentPart(v), wordPart());
    container.hidden = false;
    desk.dirty = false;
    showFileDiagnostics(body.diagnostics || []);
  }

  // The file's own errors (a file with errors can still be edited) are shown at their fields, not as a refusal.
  function showFileDiagnostics(diagnostics) {
    clearErrors();
    for (const d of diagnostics) if (d.path && d.severity === 'error') markField(d);
  }

  function markDirty() {
    if (!desk.dirty) {
      desk.dirty = true;
      const state = $('spara-status');
      if (state) state.textContent = 'Ändringar som inte är sparade.';
    }
  }

  function fieldFor(path) {
    const form = $('skrivbord');
    let p = path || '';
    while (p) {
      const candidates = [...form.querySelectorAll('[data-path]')].filter((n) => n.dataset.path === p && !n.hidden && !(n.closest('[hidden]')));
      if (candidates.length > 0) return candidates[0];
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.slice(0, cut) : '';
    }
    return null;
  }

  function clearErrors() {
    const form = $('skrivbord');
    for (const node of form.querySelectorAll('.field-error')) { node.hidden = true; node.textContent = ''; }
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    for (const node of form.querySelectorAll('.has-error')) node.classList.remove('has-error');
    const summary = $('felsammanfattning');
    if (summary) summary.hidden = true;
  }

  // One error at its field: the code and the Swedish message under the label, the control marked invalid and
  // described by it. Returns the control to link to.
  function markField(d) {
    const node = fieldFor(d.path);
    if (!node) return null;
    const line = node.errorLine;
    if (line) {
      line.hidden = false;
      line.append(el('span', { class: 'code' }, d.code), ' ', d.message, ' ');
    }
    node.classList.add('has-error');
    const control = node.control || node.querySelector('input, select, textarea, button');
    if (control && node.control) control.setAttribute('aria-invalid', 'true');
    if (node.tagName === 'DETAILS' || node.closest('details')) node.closest('details').open = true;
    return control;
  }

  function showErrors(detail, all, code) {
    // The refusal's own entry (RMS0252, "the save would add errors") is the summary's heading; the errors follow.
    const diagnostics = all.length > 1 ? all.filter((d) => d.code !== code) : all;
    clearErrors();
    const items = diagnostics.map((d) => {
      const control = markField(d);
      if (control && !control.id) control.id = uid('kontroll');
      const message = el('span', {}, el('span', { class: 'code' }, d.code), ' ', d.message);
      if (!control) return el('li', {}, message, el('span', { class: 'location' }, ` (rad ${d.line}, kolumn ${d.column})`));
      const link = el('a', { href: '#' + control.id }, message);
      link.addEventListener('click', (event) => { event.preventDefault(); control.focus(); control.scrollIntoView({ block: 'center' }); });
      return el('li', {}, link);
    });
    const summary = $('felsammanfattning');
    summary.replaceChildren(
      el('h3', { id: 'felsammanfattning-rubrik' }, 'Det gick inte att spara'),
      el('p', {}, (detail || 'Ändringen skulle ge fel i filen.') + ' Inget har skrivits. Rätta felen och spara igen.'),
      el('ul', {}, ...items));
    summary.hidden = false;
    summary.focus();
    announce('Det gick inte att spara: ' + diagnostics.length + (diagnostics.length === 1 ? ' fel.' : ' fel.') + ' ' + diagnostics.map((d) => d.code + ' ' + d.message).join(' '));
  }

  function showConflict(body) {
    const box = $('konflikt');
    const changes = (body && body.changes) || [];
    const reload = el('button', { type: 'button', class: 'primary' }, 'Läs in filen på nytt');
    reload.addEventListener('click', () => { desk.dirty = false; load(desk.id, true); });
    box.replaceChildren(
      el('h3', { id: 'konflikt-rubrik' }, 'Filen har ändrats på annat håll'),
      el('p', {}, ((body && body.detail) || 'Remissfilen har sparats någon annanstans sedan formuläret hämtades.') + ' Inget har skrivits.'),
      changes.length > 0 ? el('ul', { class: 'changes' }, ...changes.map((c) => el('li', {},
        el('span', { class: 'change-path' }, labelFor(c.path)), ' ',
        el('del', {}, el('span', { class: 'visually-hidden' }, 'Före: '), text(c.before)), ' ',
        el('ins', {}, el('span', { class: 'visually-hidden' }, 'Nu: '), text(c.now))))) : null,
      el('p', {}, 'Läs in filen på nytt för att se ändringarna i formuläret. Det du har skrivit här och inte sparat försvinner då; kopiera det först om du vill behålla det.'),
      el('p', {}, reload));
    box.hidden = false;
    box.focus();
    announce('Filen har ändrats på annat håll. Inget har skrivits.');
  }

  async function save(edits, done) {
    if (desk.saving) return;
    const list = edits || (() => { const out = []; diff('', desk.values, desk.root.read(), out); return out; })();
    const state = $('spara-status');
    if (list.length === 0) { state.textContent = 'Inget att spara.'; desk.dirty = false; return; }
    desk.saving = true;
    state.textContent = 'Sparar …';
    try {
      // A key inside a list's item is saved before the list's own edit (the API takes them in separate requests);
      // the list's indexes stay those of the file, since the first request moves no item.
      const under = (edit) => list.some((outer) => outer !== edit && outer.items && edit.path.startsWith(outer.path + '['));
      const batches = list.some(under) ? [list.filter(under), list.filter((e) => !under(e))] : [list];
      let answer = null;
      for (let edits of batches) {
        answer = await send('PATCH', `/api/v1/files/${desk.id}`, { hash: desk.hash, body: { edits } });
        // A list on one line ([a, b]) cannot take item edits (RMS0233): it is written anew, with one item per line.
        const oneLine = new Set(answer.status === 422 && answer.body ? (answer.body.diagnostics || []).filter((d) => d.code === 'RMS0233').map((d) => d.path || (/'([^']+)'/.exec(d.message) || [])[1]) : []);
        if (oneLine.size > 0 && edits.some((e) => e.items && oneLine.has(e.path) && wholeLists[e.path])) {
          edits = edits.map((e) => (e.items && oneLine.has(e.path) && wholeLists[e.path] ? { path: e.path, value: wholeLists[e.path] } : e));
          answer = await send('PATCH', `/api/v1/files/${desk.id}`, { hash: desk.hash, body: { edits } });
        }
        if (!answer.ok) break;
        desk.hash = (answer.body && answer.body.hash) || answer.etag || desk.hash;
      }
      await afterSave(answer.ok, answer.status, answer.body, answer.etag, done || 'Sparat.');
    } finally {
      desk.saving = false;
    }
  }

  async function afterSave(ok, status, body, etag, done) {
    const state = $('spara-status');
    if (ok) {
      desk.hash = (body && body.hash) || etag || desk.hash;
      desk.dirty = false;
      $('konflikt').hidden = true;
      await load(desk.id, true);
      $('spara-status').textContent = done;
      announce(done);
      window.RemissPage.render(false); // the preview follows at once, the change event too
      return;
    }
    if (status === 409) { state.textContent = 'Inte sparat: filen har ändrats på annat håll.'; showConflict(body); return; }
    if (status === 422 && body) { state.textContent = 'Inte sparat: rätta felen.'; showErrors(body.detail, body.diagnostics || [], body.code); return; }
    state.textContent = 'Inte sparat. ' + ((body && body.detail) || 'Servern svarade inte som väntat; försök igen.');
    announce(state.textContent);
  }

  // The form of one remiss (GET /api/v1/files/{id}); kept as it is while it has unsaved changes.
  async function load(id, force) {
    const { ok, body, etag } = await send('GET', '/api/v1/files/' + encodeURIComponent(id));
    if (!ok || !body) {
      $('skrivbord').replaceChildren(el('p', { class: 'problem' }, (body && body.detail) || 'Formuläret kunde inte hämtas.'));
      $('skrivbord').hidden = false;
      return;
    }
    if (!force && desk.id === id && (desk.dirty || (body.hash || etag) === desk.hash)) return; // unsaved edits, or nothing new
    const scroll = window.scrollY;
    const active = document.activeElement;
    const focusedPath = active && active.closest('#skrivbord [data-path]') ? active.closest('[data-path]').dataset.path : null;
    const focusedId = active && active.id && !/^f\d+-/.test(active.id) ? active.id : null;
    desk.id = id;
    desk.hash = body.hash || etag;
    desk.lastBody = body;
    build(body);
    window.scrollTo(0, scroll);
    // The focus stays where it was (Spara, or the field being edited when the file changed elsewhere).
    const again = focusedId ? document.getElementById(focusedId) : (focusedPath ? (fieldFor(focusedPath) || {}).control : null);
    if (again && active !== document.body) again.focus({ preventScroll: true });
  }

  // Called by app.js whenever the remiss view is shown or the folder changed.
  function show(id, view, changedRemiss) {
    if (changedRemiss || !desk.dirty) {
      if (!changedRemiss && desk.saving) return; // the save reads the form again itself
      load(id, changedRemiss);
    } else {
      // Saved elsewhere while this form has unsaved changes: say so; the save will show what changed.
      const state = $('spara-status');
      if (state) state.textContent = 'Filen har sparats på annat håll. Dina ändringar är inte sparade; Spara visar skillnaden.';
    }
  }

  // ---- Ny remiss ----

  let createWired = false;
  function showCreate() {
    $('ny-fel').hidden = true;
    $('ny-status').textContent = '';
    if (createWired) return;
    createWired = true;
    $('ny-fran-fil').addEventListener('submit', async (event) => {
      event.preventDefault();
      const input = $('ny-fil');
      const file = input.files && input.files[0];
      $('ny-fil-fel').hidden = true;
      input.removeAttribute('aria-invalid');
      if (!file) {
        $('ny-fil-fel').hidden = false;
        $('ny-fil-fel').textContent = 'Välj remissidan eller missivet först.';
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      await create({ source: { name: file.name, contentBase64: await base64(file) } });
    });
    $('ny-tom').addEventListener('submit', async (event) => { event.preventDefault(); await create({}); });
  }

  async function create(request) {
    $('ny-status').textContent = 'Skapar remissen …';
    const { ok, body } = await send('POST', '/api/v1/files', { body: request });
    if (ok && body && body.id) {
      $('ny-status').textContent = 'Skapade ' + body.file + '.';
      desk.dirty = false;
      location.hash = '#/r/' + body.id;
      return;
    }
    $('ny-status').textContent = 'Remissen skapades inte.';
    const box = $('ny-fel');
    const diagnostics = (body && body.diagnostics) || [];
    box.replaceChildren(el('h2', {}, 'Remissen kunde inte skapas'),
      el('p', {}, (body && body.detail) || 'Servern svarade inte som väntat; försök igen.'),
      diagnostics.length > 0 ? el('ul', {}, ...diagnostics.map((d) => el('li', {}, el('span', { class: 'code' }, d.code), ' ', d.message))) : null);
    box.hidden = false;
    if (request.source) {
      $('ny-fil-fel').hidden = false;
      $('ny-fil-fel').textContent = (body && body.code ? body.code + ' ' : '') + ((body && body.detail) || '');
      $('ny-fil').setAttribute('aria-invalid', 'true');
    }
    box.focus();
  }

  // Leaving with unsaved changes asks first.
  window.addEventListener('beforeunload', (event) => { if (desk.dirty) { event.preventDefault(); event.returnValue = ''; } });

  return { show, showCreate, diff, tree, Rows, state: desk };
})();
