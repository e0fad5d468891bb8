// The script and stylesheet of `sieg form`'s page (docs/form.md): no dependency, nothing fetched; the
// form is built from the description sieg embeds (#sieg-form-data).
#include "scaffold/scaffold.hpp"

namespace sieg::scaffold {

const std::string& form_script() {
  static const std::string js = R"js('use strict';
(function () {
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
  const isEmpty = (v) => v === undefined || v === null || v === '' ||
    (Array.isArray(v) && v.every(isEmpty)) ||
    (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

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
  // A tree read from YAML or JSON becomes form values: numbers as their text.
  const fromData = (v) => {
    if (typeof v === 'number') return String(v);
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
      field.addEventListener('change', () => { set(path, field.value === '' ? null : field.value === 'true'); changed(); });
    } else if (n.kind === 'text') {
      field = el('textarea', Object.assign({ rows: 3 }, common));
      field.value = typeof v === 'string' ? v : '';
      field.addEventListener('input', () => { set(path, field.value); changed(); });
    } else {
      const type = n.kind === 'date' ? 'date' : n.kind === 'email' ? 'email' : 'text';
      const mode = n.kind === 'integer' ? 'numeric' : n.kind === 'number' ? 'decimal' : null;
      field = el('input', Object.assign({ type, inputmode: mode }, common));
      field.value = typeof v === 'string' ? v : '';
      field.addEventListener('input', () => { set(path, field.value); changed(); });
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
      toggle.addEventListener('change', () => { set(path, toggle.checked ? { sans_objet: '' } : (n.kind === 'array' ? [] : '')); rerender(); });
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
        for (const f of n.item.fields) fs.append(field(f, ipath + '.' + f.key));
        item.append(fs);
      } else {
        const f = input(Object.assign({}, n.item, { title }), ipath);
        f.setAttribute('aria-label', title);
        item.append(f, errorSlot(ipath));
      }
      const move = (d) => () => { const a = get(path); const j = i + d; [a[i], a[j]] = [a[j], a[i]]; rerender(); };
      item.append(el('div', { class: 'item-tools' },
        el('button', { type: 'button', 'data-up': ipath, disabled: i === 0, onclick: move(-1), 'aria-label': W.up + ' — ' + title, text: '↑' }),
        el('button', { type: 'button', 'data-down': ipath, disabled: i === items.length - 1, onclick: move(1), 'aria-label': W.down + ' — ' + title, text: '↓' }),
        el('button', { type: 'button', 'data-remove': ipath, onclick: () => { get(path).splice(i, 1); rerender(); }, text: W.remove + ' — ' + title })));
      box.append(item);
    });
    box.append(el('button', { type: 'button', class: 'add', 'data-add': path, text: W.add + ' — ' + (n.item.title || n.title),
      onclick: () => { get(path).push(n.item.kind === 'object' ? {} : ''); rerender(); } }));
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
      m.levels.forEach((desc, lv) => {
        const id = idOf(mpath + '.niveau.' + lv);
        const r = el('input', { type: 'radio', name: idOf(mpath), id, value: String(lv), 'data-path': mpath + '.niveau', checked: String(chosen) === String(lv) });
        r.addEventListener('change', () => { set(mpath + '.niveau', String(lv)); changed(); });
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

  function field(n, path) {
    if (n.kind === 'const') return null;
    if (n.kind === 'levels') return levels(n, path);
    if (n.other && isEmpty(get(path))) return null;  // another call's question, not answered
    if (n.kind === 'unsupported') return null;
    if (n.kind === 'object') {
      const fs = el('fieldset', { 'data-object': path }, el('legend', { text: labelText(n) }));
      const h = help(n);
      if (h) fs.append(h);
      for (const f of n.fields) fs.append(field(f, path + '.' + f.key));
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
        for (const f of n.fields) sec.append(field(f, n.key + '.' + f.key));
        main.append(sec);
      } else if (n.kind !== 'const' && n.kind !== 'unsupported') {
        const sec = el('section', { 'data-section': n.key }, el('h2', { text: labelText(n) }), field(n, n.key));
        main.append(sec);
      }
    }
    main.append(el('p', { id: 'budget', class: 'live' }));
  }
  function rerender() {
    const y = window.scrollY;
    render();
    changed();
    window.scrollTo(0, y);
  }

  // ---- checks the page can make (sieg validate stays the authority) ----
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const NUM = /^-?(0|[1-9]\d*)(\.\d+)?$/;
  const validDate = (s) => {
    const m = DATE.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  };
  function checkLeaf(n, v, path, out) {
    if (v === undefined || v === null || v === '') { if (n.required) out.push([path, W.missing]); return; }
    if (n.kind === 'number' || n.kind === 'integer') {
      const s = String(v).trim();
      if (!NUM.test(s)) return out.push([path, n.kind === 'integer' ? W.badInteger : W.badNumber]);
      if (n.kind === 'integer' && s.includes('.')) return out.push([path, W.badInteger]);
      if (n.multipleOf === 0.01 && /\.\d{3,}$/.test(s)) return out.push([path, W.cents]);
      if (n.minimum !== undefined && +s < n.minimum) out.push([path, say(W.tooSmall, n.minimum)]);
      if (n.maximum !== undefined && +s > n.maximum) out.push([path, say(W.tooLarge, n.maximum)]);
      return;
    }
    if (typeof v !== 'string') return;
    if (n.kind === 'date' && !validDate(v)) return out.push([path, W.badDate]);
    if (n.kind === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) return out.push([path, W.badEmail]);
    if (n.pattern && !new RegExp(n.pattern, 'u').test(v)) return out.push([path, say(W.badPattern, n.hint || n.pattern)]);
    if (n.minLength && [...v.trim()].length < n.minLength) out.push([path, say(W.tooShort, n.minLength)]);
  }
  function checkNode(n, v, path, out, present) {
    if (n.kind === 'const' || n.kind === 'unsupported') return;
    if (n.other) n = Object.assign({}, n, { required: false });
    if (n.sansObjet && v && typeof v === 'object' && !Array.isArray(v)) {
      if (!v.sans_objet || !v.sans_objet.trim()) out.push([path + '.sans_objet', W.missing]);
      return;
    }
    if (n.kind === 'object') {
      const here = present || n.required || !isEmpty(v);
      for (const f of n.fields) checkNode(Object.assign({}, f, { required: f.required && here }), v ? v[f.key] : undefined, path + '.' + f.key, out, here && f.required);
      return;
    }
    if (n.kind === 'levels') {
      for (const m of D.grid.markers) {
        const lv = v && v[m.id] ? v[m.id].niveau : undefined;
        if (lv === undefined || lv === '' || lv === null) out.push([path + '.' + m.id + '.niveau', W.missing]);
      }
      return;
    }
    if (n.kind === 'array') {
      const items = Array.isArray(v) ? v.filter((x) => !isEmpty(x)) : [];
      if (n.required && items.length === 0) return out.push([path, W.missing]);
      if (n.minItems && items.length > 0 && items.length < n.minItems) out.push([path, say(W.tooFew, n.minItems)]);
      if (n.maxItems && items.length > n.maxItems) out.push([path, say(W.tooMany, n.maxItems)]);
      (Array.isArray(v) ? v : []).forEach((x, i) => {
        if (isEmpty(x)) return;
        if (n.item.kind === 'object') checkNode({ kind: 'object', fields: n.item.fields, required: true }, x, path + '.' + i, out, true);
        else checkLeaf(Object.assign({}, n.item, { required: false }), x, path + '.' + i, out);
      });
      return;
    }
    checkLeaf(n, v, path, out);
  }
  // The values a rule's path reaches ("budget.depenses[].montant").
  const reach = (p) => p.split('.').reduce((vals, k) => {
    const out = [];
    const arr = k.endsWith('[]');
    const key = arr ? k.slice(0, -2) : k;
    for (const v of vals) {
      const x = v == null ? undefined : v[key];
      if (arr) { if (Array.isArray(x)) out.push(...x); } else if (x !== undefined) out.push(x);
    }
    return out;
  }, [state]);
  const concrete = (p) => p.replace(/\[\]/g, '');
  function checkRules(out) {
    for (const r of D.rules) {
      const tag = r.code + ' — ' + r.statement;
      if (r.kind === 'max_amount' || r.kind === 'max_number') {
        for (const v of reach(r.path)) if (NUM.test(String(v).trim()) && +v > r.max) out.push([concrete(r.path), tag, r.severity]);
      } else if (r.kind === 'in_region') {
        for (const v of reach(r.path)) if (typeof v === 'string' && v && !r.values.includes(v)) out.push([concrete(r.path), tag, r.severity]);
      } else if (r.kind === 'min_count') {
        const v = reach(r.path);
        const n = v.length === 1 && Array.isArray(v[0]) ? v[0].filter((x) => !isEmpty(x)).length : v.length;
        if (n < r.min) out.push([concrete(r.path), tag, r.severity]);
      } else if (r.kind === 'one_of') {
        const v = reach(r.path);
        if (v.length && !r.values.includes(v[0])) out.push([concrete(r.path), tag, r.severity]);
      } else if (r.kind === 'max_length') {
        for (const v of reach(r.path)) if (typeof v === 'string' && [...v].length > r.max) out.push([concrete(r.path), tag, r.severity]);
      }
    }
  }
  const money = (x) => new Intl.NumberFormat(D.lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency: 'EUR' }).format(x);
  const sum = (p) => reach(p).reduce((a, v) => a + (NUM.test(String(v).trim()) ? Math.round(+v * 100) : 0), 0) / 100;

  function validate() {
    const out = [];
    for (const n of D.fields) checkNode(n, state[n.key], n.key, out, !!n.required);
    checkRules(out);
    for (const e of main.querySelectorAll('.error')) { e.hidden = true; e.textContent = ''; }
    for (const e of main.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
    const summary = document.getElementById('summary');
    summary.textContent = '';
    const errors = out.filter((x) => x[2] !== 'warning' && x[2] !== 'info');
    const ul = el('ul');
    for (const [path, message, severity] of out) {
      const slot = document.getElementById(idOf(path) + '-error');
      if (slot) { slot.hidden = false; slot.textContent += (slot.textContent ? ' · ' : '') + message; }
      const f = document.getElementById(idOf(path)) || main.querySelector('[data-path="' + path + '.niveau"]');
      if (f && severity !== 'warning') f.setAttribute('aria-invalid', 'true');
      ul.append(el('li', { 'data-problem': path, class: severity || 'error' }, el('a', { href: '#' + idOf(path), text: path }), ' : ' + message));
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
        if (x !== undefined && x !== '') total += m.weight * +x;
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

  // ---- YAML out: keys in the schema's order, every text double-quoted ----
  function quote(s) {
    let o = '"';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === '"') o += '\\"';
      else if (ch === '\\') o += '\\\\';
      else if (ch === '\n') o += '\\n';
      else if (ch === '\t') o += '\\t';
      else if (ch === '\r') o += '\\r';
      else if (c >= 0xd800 && c <= 0xdfff) o += '\\ufffd';
      else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) o += '\\u' + c.toString(16).padStart(4, '0');
      else o += ch;
    }
    return o + '"';
  }
  class Num { constructor(t) { this.t = t; } }
  // The dossier as data, in the schema's order, without what is empty.
  function tidy(n, v) {
    if (n.kind === 'const') return n.value;
    if (n.sansObjet && v && typeof v === 'object' && !Array.isArray(v)) return isEmpty(v.sans_objet) ? undefined : { sans_objet: v.sans_objet };
    if (isEmpty(v)) return undefined;
    if (n.kind === 'object') {
      const o = {};
      for (const f of n.fields) { const x = tidy(f, v[f.key]); if (x !== undefined) o[f.key] = x; }
      return Object.keys(o).length ? o : undefined;
    }
    if (n.kind === 'levels') {
      const o = {};
      for (const m of D.grid.markers) {
        const x = v[m.id];
        if (!x || isEmpty(x)) continue;
        const e = {};
        if (!isEmpty(x.niveau)) e.niveau = NUM.test(String(x.niveau)) ? new Num(String(x.niveau)) : x.niveau;
        const tk = n.textKey || 'justification';
        if (!isEmpty(x[tk])) e[tk] = x[tk];
        o[m.id] = e;
      }
      return Object.keys(o).length ? o : undefined;
    }
    if (n.kind === 'array') {
      const item = n.item.kind === 'object' ? { kind: 'object', fields: n.item.fields } : n.item;
      const a = (Array.isArray(v) ? v : []).map((x) => tidy(item, x)).filter((x) => x !== undefined);
      return a.length ? a : undefined;
    }
    if (n.kind === 'number' || n.kind === 'integer') { const s = String(v).trim(); return NUM.test(s) ? new Num(s) : s; }
    return v;
  }
  function scalar(v) {
    if (v instanceof Num) return v.t;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return String(v);
    return quote(String(v));
  }
  const isMap = (v) => v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Num);
  function dump(o, ind) {
    let s = '';
    for (const [k, v] of Object.entries(o)) {
      if (isMap(v)) s += ind + k + ':\n' + dump(v, ind + '  ');
      else if (Array.isArray(v)) {
        s += ind + k + ':\n';
        for (const x of v) {
          if (isMap(x)) { const inner = dump(x, ind + '    '); s += ind + '  - ' + inner.slice(ind.length + 4); }
          else s += ind + '  - ' + scalar(x) + '\n';
        }
      } else s += ind + k + ': ' + scalar(v) + '\n';
    }
    return s;
  }
  function yaml() {
    const o = {};
    for (const n of D.fields) { const x = tidy(n, state[n.key]); if (x !== undefined) o[n.key] = x; }
    return (D.modeline ? D.modeline + '\n' : '') + dump(o, '');
  }
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

  // ---- YAML in: the block subset sieg's own files use ----
  function parseYaml(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let i = 0;
    const fail = (why) => { throw new Error((D.lang === 'en' ? 'line ' : 'ligne ') + (i + 1) + ': ' + why); };
    const indentOf = (l) => l.length - l.trimStart().length;
    const skip = () => { while (i < lines.length && /^\s*(#.*)?$/.test(lines[i])) i++; };
    const stripComment = (s) => {
      let q = null;
      for (let k = 0; k < s.length; k++) {
        const c = s[k];
        if (q) { if (c === '\\' && q === '"') k++; else if (c === q) { if (q === "'" && s[k + 1] === "'") k++; else q = null; } }
        else if ((c === '"' || c === "'") && (k === 0 || /[\s:\[{,]/.test(s[k - 1]))) q = c;
        else if (c === '#' && (k === 0 || /\s/.test(s[k - 1]))) return s.slice(0, k).trimEnd();
      }
      return s.trimEnd();
    };
    const unescape = (s) => s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
      const m = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      if (e in m) return m[e];
      fail('\\' + e);
    });
    const plain = (s) => {
      if (s === '' || s === '~' || s === 'null') return null;
      if (s === 'true') return true;
      if (s === 'false') return false;
      if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(s)) return Number(s);
      if (/^[&*!|>%@`]/.test(s)) fail(s);
      return s;
    };
    // A flow value ({...}, [...], "...", '...', plain) from s at k; returns [value, next k].
    const flow = (s, k) => {
      while (s[k] === ' ') k++;
      const c = s[k];
      if (c === '{' || c === '[') {
        const map = c === '{', out = map ? {} : [];
        k++;
        for (;;) {
          while (s[k] === ' ') k++;
          if (s[k] === (map ? '}' : ']')) return [out, k + 1];
          if (map) {
            const m = /^([^:,{}\[\]]+):\s/.exec(s.slice(k));
            if (!m) fail(s.slice(k));
            k += m[0].length;
            const [v, nk] = flow(s, k);
            out[m[1].trim()] = v;
            k = nk;
          } else { const [v, nk] = flow(s, k); out.push(v); k = nk; }
          while (s[k] === ' ') k++;
          if (s[k] === ',') k++;
          else if (s[k] !== (map ? '}' : ']')) fail(s.slice(k));
        }
      }
      if (c === '"') {
        let e = k + 1;
        while (e < s.length && s[e] !== '"') e += s[e] === '\\' ? 2 : 1;
        if (e >= s.length) fail(s);
        return [unescape(s.slice(k + 1, e)), e + 1];
      }
      if (c === "'") {
        let e = k + 1, v = '';
        for (;;) {
          if (e >= s.length) fail(s);
          if (s[e] === "'") { if (s[e + 1] === "'") { v += "'"; e += 2; continue; } break; }
          v += s[e++];
        }
        return [v, e + 1];
      }
      const m = /^[^,\]}]*/.exec(s.slice(k));
      return [plain(m[0].trim()), k + m[0].length];
    };
    const value = (rest, ind) => {
      // After "key:" or "- ": a scalar on the line, a block scalar, or a nested block below.
      const r = stripComment(rest).trim();
      if (r === '') {
        i++;
        skip();
        if (i < lines.length && indentOf(lines[i]) > ind) return block(indentOf(lines[i]));
        if (i < lines.length && indentOf(lines[i]) === ind && lines[i].trimStart().startsWith('- ')) return block(ind);
        return null;
      }
      if (/^[|>][+-]?$/.test(r)) {
        const literal = r[0] === '|', chomp = r[1] || '';
        i++;
        const body = [];
        let bi = -1;
        while (i < lines.length && (/^\s*$/.test(lines[i]) || indentOf(lines[i]) > ind)) {
          if (bi < 0 && !/^\s*$/.test(lines[i])) bi = indentOf(lines[i]);
          body.push(lines[i]);
          i++;
        }
        while (body.length && /^\s*$/.test(body[body.length - 1])) body.pop();
        const ls = body.map((l) => l.slice(Math.max(bi, 0)));
        let v = '';
        if (literal) v = ls.join('\n');
        else ls.forEach((l, k) => { v += k === 0 ? l : (l === '' ? '\n' : (ls[k - 1] === '' ? '' : ' ') + l); });
        return chomp === '-' ? v : v + '\n';
      }
      if (r[0] === '{' || r[0] === '[' || r[0] === '"' || r[0] === "'") {
        const [v, k] = flow(r, 0);
        if (r.slice(k).trim() !== '') fail(r);
        i++;
        return v;
      }
      // A plain scalar, maybe continued on more indented lines.
      let v = r;
      i++;
      while (i < lines.length && !/^\s*$/.test(lines[i]) && indentOf(lines[i]) > ind && !/^\s*#/.test(lines[i])) { v += ' ' + stripComment(lines[i]).trim(); i++; }
      return plain(v);
    };
    const block = (ind) => {
      skip();
      if (i >= lines.length) return null;
      if (lines[i].trimStart().startsWith('- ') || lines[i].trim() === '-') {
        const out = [];
        while (i < lines.length && indentOf(lines[i]) === ind && /^-( |$)/.test(lines[i].trimStart())) {
          const rest = lines[i].trimStart().slice(2);
          if (/^[^\s"'{\[#][^:]*:(\s|$)/.test(rest)) {  // "- key: value": a mapping in the item
            lines[i] = ' '.repeat(ind + 2) + rest;
            out.push(block(ind + 2));
          } else out.push(value(rest, ind));
          skip();
        }
        return out;
      }
      const out = {};
      while (i < lines.length && indentOf(lines[i]) === ind) {
        const t = lines[i].trimStart();
        const m = /^([^\s:#"'][^:]*):(\s+|$)(.*)$/.exec(t);
        if (!m) fail(t);
        if (m[1] in out) fail(m[1]);
        out[m[1]] = value(m[3], ind);
        skip();
      }
      if (i < lines.length && indentOf(lines[i]) > ind) fail(lines[i].trim());
      return out;
    };
    skip();
    if (i < lines.length && lines[i].trim() === '---') { i++; skip(); }
    const doc = block(0);
    skip();
    if (i < lines.length) fail(lines[i].trim());
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('?');
    return doc;
  }
  function openFile(f) {
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      const status = document.getElementById('status');
      try {
        state = fromData(parseYaml(String(reader.result)));
        rerender();
        document.getElementById('status').textContent = say(W.opened, f.name);
      } catch (e) {
        status.textContent = say(W.openError, e.message);
      }
    };
    reader.readAsText(f);
  }

  // For the page's tests and for scripts: the same functions the buttons use.
  window.siegForm = { yaml, load: (data) => { state = fromData(data); rerender(); }, parseYaml, validate, state: () => state };
  try { const saved = localStorage.getItem(STORE); if (saved) state = JSON.parse(saved) || {}; } catch (e) { state = {}; }
  render();
  validate();
})();
)js";
  return js;
}

const std::string& form_style() {
  static const std::string css = R"css(:root { --ink: #1d2530; --muted: #4d5866; --line: #c9d1db; --accent: #1f5fa8; --bad: #a8201a; --warn: #8a5a00; --bg-alt: #f4f6f9; }
* { box-sizing: border-box; }
body { font: 16px/1.5 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem 4rem; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); margin-top: 2rem; }
fieldset { border: 1px solid var(--line); margin: .8rem 0; padding: .5rem 1rem; }
legend { font-weight: bold; padding: 0 .3rem; }
label { display: block; font-weight: bold; margin-top: .6rem; }
.help { color: var(--muted); font-size: .9rem; margin: .1rem 0 .3rem; }
.hint { font-style: italic; }
input[type=text], input[type=date], input[type=email], select, textarea { width: 100%; font: inherit; padding: .35rem .45rem; border: 1px solid #6b7685; border-radius: 3px; }
textarea { min-height: 4rem; resize: vertical; }
:focus-visible { outline: 3px solid #f2b01e; outline-offset: 1px; }
[aria-invalid=true] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
.error { color: var(--bad); margin: .2rem 0; font-size: .9rem; }
button, .button { font: inherit; display: inline-block; margin: .3rem .3rem .3rem 0; padding: .35rem .8rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 3px; cursor: pointer; font-weight: normal; }
button#download { background: var(--accent); color: #fff; }
input[type=file] { position: absolute; left: -9999px; }
input[type=file]:focus-visible + * { outline: 3px solid #f2b01e; }
.bar { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .3rem 0; z-index: 1; }
.item { border-left: 3px solid var(--line); padding-left: .6rem; margin: .5rem 0; }
.item-tools button { font-size: .85rem; }
.sans-objet { display: flex; gap: .4rem; align-items: baseline; }
.sans-objet label { display: inline; font-weight: normal; }
.level { display: flex; gap: .5rem; align-items: baseline; }
.level label { font-weight: normal; margin: .2rem 0; }
.total, .live { font-weight: bold; }
#summary li.warning { color: var(--warn); }
#summary li.error { color: var(--bad); }
.note { background: var(--bg-alt); border-left: 4px solid var(--accent); padding: .4rem .8rem; }
@media print {
  .bar, .item-tools, button, .add, #summary, .note { display: none; }
  body { max-width: none; font-size: 10.5pt; }
  fieldset, .field { break-inside: avoid; }
}
)css";
  return css;
}

} // namespace sieg::scaffold
