'use strict';
// sieg form's page (docs/form.md): the form drawn from the description sieg embeds (#sieg-form-data), the
// dossier kept as typed, and the verdict of SiegCore (form_core.js) on exactly the file the page writes.
(function () {
  const { Num, isMap, textOf } = SiegCore;
  const D = JSON.parse(document.getElementById('sieg-form-data').textContent);
  const W = D.words;
  const REVIEW = D.mode === 'review';
  const STORE = 'sieg-form:' + D.call.id + (REVIEW ? ':review:' + D.dossier.id : '');
  const say = (t, ...a) => t.replace(/\{(\d)\}/g, (_, i) => String(a[+i]));
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids) if (k) e.append(k);
    return e;
  };
  const idOf = (path) => 'f-' + path.replace(/[^A-Za-z0-9_-]/g, '-');
  const isEmpty = (v) => v === undefined || v === null || v === '' || (v instanceof Num && v.t === '') ||
    (Array.isArray(v) && v.every(isEmpty)) ||
    (isMap(v) && Object.values(v).every(isEmpty));

  // ---- state: the dossier as typed (numbers kept as the text typed) ----
  let state = {};
  const get = (path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), state);
  const set = (path, value) => {
    const keys = path.split('.');
    let o = state;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i];
      if (o[k] == null || typeof o[k] !== 'object') o[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      o = o[k];
    }
    o[keys[keys.length - 1]] = value;
  };
  // A tree given as JSON (load(), for tests and scripts): its numbers become numbers as written.
  const fromData = (v) => {
    if (v instanceof Num) return v;
    if (typeof v === 'number') return new Num(String(v));
    if (Array.isArray(v)) return v.map(fromData);
    if (v && typeof v === 'object') { const o = {}; for (const k of Object.keys(v)) o[k] = fromData(v[k]); return o; }
    return v;
  };

  // ---- the form ----
  const main = document.getElementById('form');
  const help = (n) => {
    const parts = [];
    if (n.help) parts.push(el('span', { text: n.help }));
    if (n.hint) parts.push(el('span', { class: 'hint', text: ' (' + n.hint + ')' }));
    return parts.length ? el('p', { class: 'help', id: idOf(n.path) + '-help' }, ...parts) : null;
  };
  const errorSlot = (path) => el('p', { class: 'error', id: idOf(path) + '-error', role: 'alert', hidden: true });
  const labelText = (n) => n.title + (n.required ? ' *' : '');
  const add = (parent, child) => { if (child) parent.append(child); };

  function input(n, path) {
    const id = idOf(path);
    const v = get(path);
    const common = { id, 'data-path': path, 'aria-describedby': id + '-help ' + id + '-error', 'aria-required': n.required ? 'true' : null };
    let field;
    if (n.kind === 'enum') {
      field = el('select', common, el('option', { value: '', text: W.choose }));
      for (const o of n.enum) field.append(el('option', { value: o.value, text: o.label, selected: v === o.value }));
      field.addEventListener('change', () => { set(path, field.value); changed(); });
    } else if (n.kind === 'boolean') {
      field = el('select', common, el('option', { value: '', text: W.notSaid }),
        el('option', { value: 'true', text: W.yes, selected: v === true }), el('option', { value: 'false', text: W.no, selected: v === false }));
      field.addEventListener('change', () => { set(path, field.value === '' ? undefined : field.value === 'true'); changed(); });
    } else if (n.kind === 'text' || (n.kind === 'string' && n.sansObjet && !n.pattern)) {
      field = el('textarea', Object.assign({ rows: 3 }, common));
      field.value = typeof v === 'string' ? v : '';
      field.addEventListener('input', () => { set(path, field.value); changed(); });
    } else if (n.kind === 'date') {
      // A text box in the page's order (29/05/2015): the browser's date box follows the browser's language,
      // not the page's. The file gets the date as sieg reads it (2015-05-29); anything else is kept as typed,
      // so the verdict is sieg's on the very text.
      field = el('input', Object.assign({ type: 'text', autocomplete: 'off', placeholder: W.datePlaceholder }, common));  // no numeric keypad: it lacks « / »
      field.value = typeof v === 'string' ? SiegCore.shownDate(v) : '';
      field.addEventListener('input', () => { set(path, SiegCore.typedDate(field.value)); changed(); });
    } else {
      const type = n.kind === 'email' ? 'email' : 'text';
      const numeric = n.kind === 'integer' || n.kind === 'number';
      const mode = n.kind === 'integer' ? 'numeric' : n.kind === 'number' ? 'decimal' : null;
      field = el('input', Object.assign({ type, inputmode: mode }, common));
      field.value = v instanceof Num || typeof v === 'string' ? textOf(v) : '';
      // A number field holds the number as typed (12,5 stays visible, and is shown as a mistake).
      field.addEventListener('input', () => { set(path, numeric && field.value !== '' ? new Num(field.value) : field.value); changed(); });
    }
    return field;
  }

  function leaf(n, path) {
    const box = el('div', { class: 'field', 'data-field': path });
    const id = idOf(path);
    box.append(el('label', { for: id, text: labelText(n) }));
    const h = help(n);
    if (h) box.append(h);
    if (n.sansObjet) {
      const v = get(path);
      const on = v && typeof v === 'object' && !Array.isArray(v) && 'sans_objet' in v;
      const toggle = el('input', { type: 'checkbox', id: id + '-so', 'data-sans-objet': path, checked: on });
      toggle.addEventListener('change', () => { set(path, toggle.checked ? { sans_objet: '' } : (n.kind === 'array' ? [] : '')); rerender('#' + CSS.escape(id + '-so')); });
      box.append(el('div', { class: 'sans-objet' }, toggle, el('label', { for: id + '-so', text: W.sansObjet })));
      if (on) {
        const r = el('textarea', { id: idOf(path + '.sans_objet'), 'data-path': path + '.sans_objet', rows: 2, 'aria-label': n.title + ' — ' + W.reason });
        r.value = v.sans_objet || '';
        r.addEventListener('input', () => { set(path + '.sans_objet', r.value); changed(); });
        box.append(r, errorSlot(path + '.sans_objet'));
        return box;
      }
    }
    if (n.kind === 'array') box.append(list(n, path));
    else box.append(input(n, path));
    box.append(errorSlot(path));
    return box;
  }

  function list(n, path) {
    let items = get(path);
    if (!Array.isArray(items)) { items = []; set(path, items); }
    const box = el('div', { class: 'list', 'data-list': path });
    items.forEach((_, i) => {
      const ipath = path + '.' + i;
      const item = el('div', { class: 'item', 'data-item': ipath });
      const title = (n.item.title || n.title) + ' ' + (i + 1);
      if (n.item.kind === 'object') {
        const fs = el('fieldset', {}, el('legend', { text: title }));
        for (const f of n.item.fields) add(fs, field(f, ipath + '.' + f.key));
        item.append(fs);
      } else {
        const f = input(Object.assign({}, n.item, { title }), ipath);
        f.setAttribute('aria-label', title);
        item.append(f, errorSlot(ipath));
      }
      // After a button redraws the page, the keyboard stays where the user is: on the moved item's button, on
      // the list's « add » button after a removal, on the new item's first field after an addition.
      const move = (d) => () => {
        const a = get(path); const j = i + d; [a[i], a[j]] = [a[j], a[i]];
        const moved = path + '.' + j;
        rerender(main.querySelector('[data-' + (d < 0 ? 'up' : 'down') + '="' + moved + '"]:not([disabled])') ? '[data-' + (d < 0 ? 'up' : 'down') + '="' + moved + '"]'
          : '[data-' + (d < 0 ? 'down' : 'up') + '="' + moved + '"]');
      };
      item.append(el('div', { class: 'item-tools' },
        el('button', { type: 'button', 'data-up': ipath, disabled: i === 0, onclick: move(-1), 'aria-label': W.up + ' — ' + title, text: '↑' }),
        el('button', { type: 'button', 'data-down': ipath, disabled: i === items.length - 1, onclick: move(1), 'aria-label': W.down + ' — ' + title, text: '↓' }),
        el('button', { type: 'button', 'data-remove': ipath, onclick: () => { get(path).splice(i, 1); rerender('[data-add="' + path + '"]'); }, text: W.remove + ' — ' + title })));
      box.append(item);
    });
    box.append(el('button', { type: 'button', class: 'add', 'data-add': path, text: W.add + ' — ' + (n.item.title || n.title),
      onclick: () => {
        get(path).push(n.item.kind === 'object' ? {} : '');
        rerender('[data-item="' + path + '.' + (get(path).length - 1) + '"] :is(input, select, textarea)');
      } }));
    return box;
  }

  // The self-assessment on the call's grid: each marker, its levels with their descriptors, a justification.
  function levels(n, path) {
    const tk = n.textKey || 'justification';
    const fs = el('fieldset', { class: 'levels', 'data-levels': path }, el('legend', { text: labelText(n) + ' — ' + D.grid.title }));
    for (const m of D.grid.markers) {
      const mpath = path + '.' + m.id;
      const group = el('fieldset', { class: 'marker', 'data-marker': m.id });
      group.append(el('legend', { text: m.label + (m.weight !== 1 ? ' (×' + m.weight + ')' : '') }));
      const chosen = get(mpath + '.niveau');
      const chosenText = chosen === undefined || chosen === null ? '' : textOf(chosen);
      m.levels.forEach((desc, lv) => {
        if (lv < (D.grid.lowest || 0)) return;  // below the grid's lowest level: no descriptor, no choice
        const id = idOf(mpath + '.niveau.' + lv);
        const r = el('input', { type: 'radio', name: idOf(mpath), id, value: String(lv), 'data-path': mpath + '.niveau', checked: chosenText === String(lv) });
        r.addEventListener('change', () => { set(mpath + '.niveau', new Num(String(lv))); changed(); });
        group.append(el('div', { class: 'level' }, r, el('label', { for: id }, el('strong', { text: lv + ' — ' }), desc)));
      });
      const word = tk === 'commentaire' ? W.comment : W.justification;
      const j = el('textarea', { rows: 2, id: idOf(mpath + '.' + tk), 'data-path': mpath + '.' + tk, 'aria-label': m.label + ' — ' + word, placeholder: word });
      j.value = get(mpath + '.' + tk) || '';
      j.addEventListener('input', () => { set(mpath + '.' + tk, j.value); changed(); });
      group.append(j, errorSlot(mpath + '.niveau'));
      fs.append(group);
    }
    fs.append(el('p', { class: 'total', 'data-total': path }));
    return fs;
  }

  // The grid a self-assessment is on: the call's, written by the page (an opened file's other grid is shown,
  // with sieg's verdict on it).
  function gridField(n, path) {
    const v = get(path);
    const box = el('div', { class: 'field', 'data-field': path, id: idOf(path) });
    box.append(el('p', {}, el('strong', { text: n.title + ' : ' }), typeof v === 'string' && v !== '' && v !== D.grid.id ? v : D.grid.title));
    const h = help(n);
    if (h) box.append(h);
    box.append(errorSlot(path));
    return box;
  }

  function field(n, path) {
    if (n.kind === 'const') return null;
    if (n.key === 'grille' && /^auto_evaluation\.\d+\.grille$/.test(path)) return gridField(n, path);
    if (n.kind === 'levels') return levels(n, path);
    if (n.other && isEmpty(get(path))) return null;  // another call's question, not answered
    if (n.kind === 'unsupported') return null;
    if (n.kind === 'object') {
      const fs = el('fieldset', { 'data-object': path }, el('legend', { text: labelText(n) }));
      const h = help(n);
      if (h) fs.append(h);
      for (const f of n.fields) add(fs, field(f, path + '.' + f.key));
      return fs;
    }
    return leaf(n, path);
  }

  function render() {
    main.textContent = '';
    const bar = el('div', { class: 'bar' });
    const file = el('input', { type: 'file', id: 'open', accept: '.yaml,.yml,text/yaml' });
    file.addEventListener('change', () => openFile(file.files[0]));
    bar.append(
      el('button', { type: 'button', id: 'download', onclick: download, text: W.download }),
      el('label', { for: 'open', class: 'button', text: W.open }), file,
      el('button', { type: 'button', id: 'clear', onclick: () => { if (confirm(W.clearConfirm)) { state = {}; localStorage.removeItem(STORE); rerender(); } }, text: W.clear }),
      el('button', { type: 'button', onclick: () => window.print(), text: W.print }));
    main.append(bar, el('p', { class: 'note', text: W.authority + ' ' + W.draft }), el('p', { id: 'status', role: 'status' }));
    if (REVIEW) {
      const dl = el('dl', { class: 'dossier' });
      for (const x of D.dossier.summary) dl.append(el('dt', { text: x.label }), el('dd', { text: x.value }));
      main.append(el('section', { id: 'dossier' }, el('h2', { text: W.reviewed + ' — ' + D.dossier.id }), dl,
        el('p', { class: 'note', text: say(W.saveInto, D.reviewsDir + '/') })));
    }
    main.append(el('section', { id: 'summary', 'aria-live': 'polite' }));
    for (const n of D.fields) {
      if (n.other && isEmpty(state[n.key])) continue;
      if (n.kind === 'object') {
        const sec = el('section', { 'data-section': n.key }, el('h2', { text: labelText(n) }));
        const h = help(n);
        if (h) sec.append(h);
        for (const f of n.fields) add(sec, field(f, n.key + '.' + f.key));
        if (n.key === 'budget' && !REVIEW) sec.append(el('p', { id: 'budget', class: 'live', 'aria-live': 'polite' }));
        main.append(sec);
      } else if (n.kind !== 'const' && n.kind !== 'unsupported') {
        const sec = el('section', { 'data-section': n.key }, el('h2', { text: labelText(n) }));
        add(sec, field(n, n.key));
        main.append(sec);
      }
    }
    if (!REVIEW && !document.getElementById('budget')) main.append(el('p', { id: 'budget', class: 'live', 'aria-live': 'polite' }));
  }
  function rerender(focus) {
    const y = window.scrollY;
    render();
    changed();
    window.scrollTo(0, y);
    const e = focus ? document.querySelector(focus) : null;
    if (e) e.focus();
  }

  // ---- the verdict: SiegCore's on the very file the page writes ----
  const today = () => { const d = new Date(); return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() }; };
  function message(f) {
    const a = f.args || {};
    if (f.statement) return f.code + ' — ' + f.statement;
    const words = {
      required: W.missing, missing: W.missing, empty: W.missing, number: W.badNumber, type: W.badType,
      enum: W.badChoice, const: W.badChoice, minLength: say(W.tooShort, a.min), maxLength: say(W.tooLong, a.max),
      pattern: hintOf(f.path) ? say(W.badPattern, hintOf(f.path)) : W.badForm, date: W.badDate, email: W.badEmail, minimum: say(W.tooSmall, a.min),
      maximum: say(W.tooLarge, a.max), thousands: say(W.thousands, a.digits), decimals: W.cents, multipleOf: W.cents,
      minItems: say(W.tooFew, a.min), maxItems: say(W.tooMany, a.max), unique: W.duplicate, unknownKey: say(W.unknownKey, a.key),
      minProperties: W.missing, propertyName: W.badKey, unknownMarker: say(W.unknownMarker, a.id), scale: say(W.offScale, D.grid.lowest || 0, D.grid.scale),
      otherGrid: say(W.otherGrid, D.grid.id), nothingToScore: W.nothingToScore,
    };
    let text = words[f.what] || f.what;
    const fix = fixOf(f);
    if (fix) text += ' : ' + say(W.write, fix);
    return text + ' (' + f.code + ')';
  }
  // The number a figure was meant to be (24 000 € → 24000), as sieg validate's hint gives it.
  function fixOf(f) {
    if (f.what === 'thousands') return (f.args || {}).digits || null;
    if (f.what !== 'number') return null;
    const v = (f.args || {}).value;
    const text = v instanceof Num ? v.t : typeof v === 'string' ? v : null;
    return text === null ? null : SiegCore.numberFix(text);
  }
  // The question's hint as the form shows it (never a raw pattern).
  const hintOf = (path) => (nodeAt(path) || {}).hint || '';
  // The description's node and the question's title chain (« Partenaires › Partenaire 2 › Nom ») of a path.
  function walkPath(path) {
    const titles = [];
    let fields = D.fields, node = null, marker = null;
    for (const k of path === '' ? [] : path.split('.')) {
      if (marker) { titles.push(k === 'niveau' ? W.level : k === 'commentaire' ? W.comment : k === 'justification' ? W.justification : k); node = null; continue; }
      if (node && node.kind === 'array' && /^\d+$/.test(k)) {
        titles.push((node.item.title || node.title) + ' ' + (+k + 1));
        node = node.item.kind === 'object' ? { kind: 'object', fields: node.item.fields } : node.item;
        fields = node.fields || [];
        continue;
      }
      if (node && node.kind === 'levels') {
        marker = D.grid.markers.find((m) => m.id === k) || { label: k };
        titles.push(marker.label);
        continue;
      }
      const f = (fields || []).find((x) => x.key === k);
      titles.push(f ? f.title : k);
      node = f || null;
      fields = f && f.fields ? f.fields : [];
    }
    return { node, title: titles.join(' › ') };
  }
  const nodeAt = (path) => walkPath(path).node;
  const questionOf = (path) => walkPath(path).title;
  function findings() {
    return SiegCore.check(D, doc(), today()).map((f) => [f.path, message(f), f.severity, f.code, fixOf(f)]);
  }
  const money = (x) => new Intl.NumberFormat(D.lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR' }).format(x);
  // The budget's live totals: the values the rule paths reach, in exact cents (as the rules count them).
  const sum = (p) => Number(SiegCore.select(doc(), p).reduce((a, n) => a + (n.v instanceof Num ? SiegCore.cents(n.v.t) ?? 0n : 0n), 0n)) / 100;

  function validate() {
    const out = findings();
    for (const e of main.querySelectorAll('.error')) { e.hidden = true; e.textContent = ''; }
    for (const e of main.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
    const summary = document.getElementById('summary');
    summary.textContent = '';
    const errors = out.filter((x) => x[2] !== 'warning' && x[2] !== 'info');
    const ul = el('ul');
    for (const [path, text, severity, code, fix] of out) {
      const slot = document.getElementById(idOf(path) + '-error');
      if (slot) {
        slot.hidden = false;
        slot.append((slot.firstChild ? ' · ' : '') + text);
        if (fix) slot.append(' ', el('button', { type: 'button', 'data-fix': path, text: say(W.applyFix, fix), onclick: () => { set(path, new Num(fix)); rerender('#' + CSS.escape(idOf(path))); } }));
      }
      const f = document.getElementById(idOf(path)) || main.querySelector('[data-path="' + path + '.niveau"]');
      if (f && severity !== 'warning') f.setAttribute('aria-invalid', 'true');
      ul.append(el('li', { 'data-problem': path, 'data-code': code, class: severity || 'error' }, el('a', { href: '#' + idOf(path), text: questionOf(path) || '—' }), ' : ' + text));
    }
    summary.append(el('h2', { text: out.length ? say(W.problems, out.length) : W.noProblem }));
    if (out.length) summary.append(ul);
    summary.dataset.errors = String(errors.length);
    // Live figures: the budget, the aid against the call's cap, each self-assessment's total.
    if (!REVIEW) {
      const dep = sum('budget.depenses[].montant'), res = sum('budget.ressources[].montant');
      let live = say(W.budget, money(dep), money(res), money(res - dep));
      if (D.call.cap !== null) live += ' · ' + say(W.cap, money(D.call.cap));
      document.getElementById('budget').textContent = live;
    }
    for (const t of main.querySelectorAll('[data-total]')) {
      const lv = get(t.dataset.total) || {};
      let total = 0, max = 0;
      for (const m of D.grid.markers) {
        max += m.weight * D.grid.scale;
        const x = lv[m.id] && lv[m.id].niveau;
        if (SiegCore.isNumber(x)) total += m.weight * +x.t;
      }
      t.textContent = say(W.total, +total.toFixed(2), +max.toFixed(2));
    }
    return out;
  }

  let timer = null;
  function changed() {
    try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* private mode: no draft */ }
    clearTimeout(timer);
    timer = setTimeout(validate, 120);
  }

  // The file the page writes (and judges): SiegCore.document, the description's order, nothing dropped.
  const doc = () => SiegCore.document(D, state);
  const yaml = () => SiegCore.dumpYaml(doc(), D.modeline);
  function slug(s) {
    const t = (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
    return t || (REVIEW ? 'evaluation' : 'dossier');
  }
  // A dossier after its title; a review after its reviewer (as sieg new --review names it).
  const fileName = () => {
    const base = slug(REVIEW ? get('evaluateur.nom') : get('action.intitule'));
    return (REVIEW && base === 'decision' ? 'decision-evaluation' : base) + '.yaml';
  };
  function download() {
    const text = yaml();
    const a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/yaml' })), download: fileName() });
    document.body.append(a);
    a.click();
    a.remove();
  }

  function openFile(f) {
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      const status = document.getElementById('status');
      try {
        const data = SiegCore.parseYaml(SiegCore.decode(new Uint8Array(reader.result), D.lang), D.lang);
        // Another call's dossier: refused, never rewritten to this call (its questions would be lost).
        if (!REVIEW && typeof data.appel === 'string' && data.appel !== D.call.id) throw new Error(say(W.otherCall, data.appel, D.call.id));
        state = data;
        rerender();
        document.getElementById('status').textContent = say(W.opened, f.name);  // drawn again by rerender
      } catch (e) {
        status.textContent = say(W.openError, e.message);
      }
    };
    reader.readAsArrayBuffer(f);
  }

  // For the page's tests and for scripts: the same functions the buttons use.
  window.siegForm = { yaml, doc, load: (data) => { state = fromData(data); rerender(); }, parseYaml: (t) => SiegCore.parseYaml(t, D.lang), validate, state: () => state };
  try { const saved = localStorage.getItem(STORE); if (saved) state = JSON.parse(saved, SiegCore.revive) || {}; } catch (e) { state = {}; }
  render();
  validate();
})();
