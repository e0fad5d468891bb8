'use strict';
// sieg form's page without the page: YAML in and out, and the verdict on a dossier from the same
// definitions sieg uses — the dossier schema (JSON Schema, embedded whole), the call's rules (every kind
// of lib/rules/check.cpp, with their conditions) and the grid (lib/score/score.cpp's level checks).
// No DOM here: node's test runner loads this file (tests/form/core.test.js), and the differential test
// (tests/form/differential.py) proves its findings equal `sieg validate`'s over a corpus.
// Paths are the page's: dots and 0-based indices (budget.depenses.0.montant).
const SiegCore = (function () {
  // A number as written (YAML's plain scalar, or typed in a number field): its text, never a rounded value.
  class Num {
    constructor(t) { this.t = String(t); }
    toJSON() { return { $num: this.t }; }
  }
  const revive = (k, v) => (v && typeof v === 'object' && !Array.isArray(v) && typeof v.$num === 'string' &&
    Object.keys(v).length === 1 ? new Num(v.$num) : v);
  const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
  const INTEGER = /^-?(0|[1-9]\d*)$/;
  const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Num);
  const isNumber = (v) => v instanceof Num && JSON_NUMBER.test(v.t);
  const kindOf = (v) => (v === null || v === undefined ? 'null' : typeof v === 'boolean' ? 'boolean' : v instanceof Num
    ? (JSON_NUMBER.test(v.t) ? 'number' : 'string') : typeof v === 'string' ? 'string' : Array.isArray(v) ? 'array' : 'object');
  const textOf = (v) => (v instanceof Num ? v.t : String(v));
  const chars = (s) => [...s].length;
  const child = (path, key) => (path === '' ? String(key) : path + '.' + key);

  // ---- values: dates and cents as sieg counts them (lib/values) ----
  const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  function parseDate(s) {
    if (typeof s !== 'string') return null;
    const m = DATE.exec(s);
    if (!m) return null;
    const y = +m[1], mo = +m[2], d = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return null;
    return { y, m: mo, d };
  }
  const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthLength = (y, m) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  const days = (d) => Math.round(Date.UTC(d.y, d.m - 1, d.d) / 86400000);
  const fromDays = (n) => { const t = new Date(n * 86400000); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; };
  const before = (a, b) => days(a) < days(b);
  const dateText = (d) => String(d.y).padStart(4, '0') + '-' + String(d.m).padStart(2, '0') + '-' + String(d.d).padStart(2, '0');
  function addMonths(d, months) {
    const total = d.y * 12 + (d.m - 1) + months;
    const r = { y: Math.floor(total / 12), m: (total % 12) + 1, d: d.d };
    r.d = Math.min(r.d, monthLength(r.y, r.m));
    return r;
  }
  const periodEnd = (start, months) => fromDays(days(addMonths(start, months)) - 1);
  // lib/values/money.cpp's parse_cents: exact, null beyond two written decimals or out of range.
  const MAX_CENTS = 100000000000000n;
  function cents(text) {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === '' && !m[3])) return null;
    const frac = m[3] || '';
    if (frac.length > 2 && m[4] === undefined) return null;
    let digits = m[2] + frac, scale = -frac.length + (m[4] !== undefined ? +m[4] : 0) + 2;
    if (Math.abs(scale) > 1000) return null;
    while (scale < 0) {
      if (digits === '' ) return 0n;
      if (digits[digits.length - 1] !== '0') return null;
      digits = digits.slice(0, -1);
      scale++;
    }
    let c = BigInt(digits || '0') * 10n ** BigInt(scale);
    if (c > MAX_CENTS) return null;
    return m[1] === '-' ? -c : c;
  }
  const centsOf = (v) => (v instanceof Num ? cents(v.t) : null);

  // text::fold then schema::fold: case and accents folded, spaces, dashes and apostrophes as '_'.
  const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ \-'\u2019]/g, '_');

  // ---- the dossier schema (lib/schema/validate.cpp, the keywords sieg compiles) ----
  function isEmail(s) {
    const at = s.indexOf('@');
    if (at <= 0 || s.indexOf('@', at + 1) >= 0) return false;
    const local = s.slice(0, at), domain = s.slice(at + 1);
    if (local.length > 64 || domain === '' || domain.length > 253) return false;
    if (local[0] === '.' || local[local.length - 1] === '.' || local.includes('..')) return false;
    if (!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) return false;
    const labels = domain.split('.');
    return labels.length >= 2 && labels.every((l) => l.length > 0 && l.length <= 63 && /^[A-Za-z0-9-]+$/.test(l) && l[0] !== '-' && l[l.length - 1] !== '-');
  }
  function equal(a, b) {
    const ka = kindOf(a), kb = kindOf(b);
    if (ka !== kb) return false;
    if (ka === 'number') return Number(a.t) === Number(b.t);
    if (ka === 'string') return textOf(a) === textOf(b);
    if (ka === 'array') return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    if (ka === 'object') {
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length && keys.every((k) => k in b && equal(a[k], b[k]));
    }
    return a === b || (ka === 'null');
  }
  const patterns = new Map();
  const pattern = (p) => { if (!patterns.has(p)) patterns.set(p, new RegExp(p, 'u')); return patterns.get(p); };

  function schemaChecker(root) {
    const deref = (s) => {
      while (s && typeof s === 'object' && s.$ref) s = root.definitions[s.$ref.slice(s.$ref.lastIndexOf('/') + 1)];
      return s;
    };
    const typeOk = (types, v) => {
      const k = kindOf(v);
      if (types.includes(k)) return true;
      return k === 'number' && types.includes('integer') && INTEGER.test(v.t);
    };
    // Findings as [path, code, detail]; `quiet` stops at the first (anyOf and friends).
    function check(s, v, path, out) {
      if (s === true || s === undefined) return true;
      if (s === false) return push(out, path, 'SIEG-S022', 'false');
      if (s.$ref) return check(deref(s), v, path, out);
      if (s.type !== undefined) {
        const types = Array.isArray(s.type) ? s.type : [s.type];
        if (!typeOk(types, v)) return push(out, path, 'SIEG-S001', v === null ? 'empty' : types.includes('number') || types.includes('integer') ? 'number' : 'type', { types, value: v });
      }
      let ok = true;
      if (s.enum && !s.enum.some((e) => equal(fromJson(e), v))) ok = push(out, path, 'SIEG-S004', 'enum') && ok;
      if (s.const !== undefined && !equal(fromJson(s.const), v)) ok = push(out, path, 'SIEG-S005', 'const') && ok;
      const k = kindOf(v);
      if (k === 'string') ok = checkString(s, textOf(v), path, out) && ok;
      else if (k === 'number') ok = checkNumber(s, v.t, path, out) && ok;
      else if (k === 'array') ok = checkArray(s, v, path, out) && ok;
      else if (k === 'object') ok = checkObject(s, v, path, out) && ok;
      for (const sub of s.allOf || []) ok = check(sub, v, path, out) && ok;
      if (s.anyOf && !s.anyOf.some((sub) => check(sub, v, path, null))) ok = push(out, path, 'SIEG-S019', 'anyOf') && ok;
      if (s.oneOf && s.oneOf.filter((sub) => check(sub, v, path, null)).length !== 1) ok = push(out, path, 'SIEG-S019', 'oneOf') && ok;
      if (s.not !== undefined && check(s.not, v, path, null)) ok = push(out, path, 'SIEG-S020', 'not') && ok;
      if (s.if !== undefined) {
        const branch = check(s.if, v, path, null) ? s.then : s.else;
        if (branch !== undefined) ok = check(branch, v, path, out) && ok;
      }
      return ok;
    }
    function checkString(s, t, path, out) {
      let ok = true;
      const len = chars(t);
      if (s.minLength !== undefined && len < s.minLength) ok = push(out, path, 'SIEG-S006', 'minLength', { min: s.minLength });
      if (s.maxLength !== undefined && len > s.maxLength) ok = push(out, path, 'SIEG-S007', 'maxLength', { max: s.maxLength }) && ok;
      const badDate = s.format === 'date' && !parseDate(t);
      if (s.pattern !== undefined && !badDate && !pattern(s.pattern).test(t)) ok = push(out, path, 'SIEG-S008', 'pattern') && ok;
      if (badDate) ok = push(out, path, 'SIEG-S009', 'date') && ok;
      else if (s.format === 'email' && !isEmail(t)) ok = push(out, path, 'SIEG-S009', 'email') && ok;
      return ok;
    }
    function checkNumber(s, t, path, out) {
      const x = Number(t);
      let ok = true;
      if (s.minimum !== undefined && x < s.minimum) ok = push(out, path, 'SIEG-S010', 'minimum', { min: s.minimum });
      if (s.exclusiveMinimum !== undefined && x <= s.exclusiveMinimum) ok = push(out, path, 'SIEG-S010', 'minimum', { min: s.exclusiveMinimum }) && ok;
      if (s.maximum !== undefined && x > s.maximum) ok = push(out, path, 'SIEG-S011', 'maximum', { max: s.maximum }) && ok;
      if (s.exclusiveMaximum !== undefined && x >= s.exclusiveMaximum) ok = push(out, path, 'SIEG-S011', 'maximum', { max: s.exclusiveMaximum }) && ok;
      if (s.multipleOf !== undefined) {
        const places = [0.1, 0.01, 0.001, 0.0001, 0.00001, 0.000001].findIndex((p) => Math.abs(s.multipleOf - p) <= p * 1e-12) + 1;
        if (places > 0 && !/[eE]/.test(t)) {
          const dot = t.indexOf('.');
          const decimals = dot < 0 ? 0 : t.length - dot - 1;
          const thousands = decimals === 3 && /^-?\d{1,3}\.\d{3}$/.test(t);  // 28.000: a French thousands dot
          if (decimals > places) ok = push(out, path, 'SIEG-S012', thousands ? 'thousands' : 'decimals', { places, digits: t.replace(/\./g, '').replace(/^(-?)0+(?=\d)/, '$1') }) && ok;
        } else {
          const q = x / s.multipleOf;
          if (!(Number.isFinite(q) && Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, Math.abs(q)))) ok = push(out, path, 'SIEG-S012', 'multipleOf') && ok;
        }
      }
      return ok;
    }
    function checkArray(s, v, path, out) {
      let ok = true;
      if (s.minItems !== undefined && v.length < s.minItems) ok = push(out, path, 'SIEG-S013', 'minItems', { min: s.minItems });
      if (s.maxItems !== undefined && v.length > s.maxItems) ok = push(out, path, 'SIEG-S014', 'maxItems', { max: s.maxItems }) && ok;
      if (s.uniqueItems) {
        for (let i = 1; i < v.length; i++)
          if (v.slice(0, i).some((x) => equal(x, v[i]))) ok = push(out, child(path, i), 'SIEG-S015', 'unique') && ok;
      }
      v.forEach((x, i) => {
        const item = Array.isArray(s.items) ? (i < s.items.length ? s.items[i] : s.additionalItems) : s.items;
        if (item !== undefined) ok = check(item, x, child(path, i), out) && ok;
      });
      if (s.contains !== undefined && !v.some((x) => check(s.contains, x, path, null))) ok = push(out, path, 'SIEG-S016', 'contains') && ok;
      return ok;
    }
    function checkObject(s, v, path, out) {
      let ok = true;
      for (const key of s.required || []) if (!(key in v)) ok = push(out, child(path, key), 'SIEG-S002', 'required') && ok;
      const n = Object.keys(v).length;
      if (s.minProperties !== undefined && n < s.minProperties) ok = push(out, path, 'SIEG-S017', 'minProperties', { min: s.minProperties }) && ok;
      if (s.maxProperties !== undefined && n > s.maxProperties) ok = push(out, path, 'SIEG-S017', 'maxProperties', { max: s.maxProperties }) && ok;
      for (const [key, x] of Object.entries(v)) {
        if (s.propertyNames !== undefined && !check(s.propertyNames, key, path, null)) ok = push(out, child(path, key), 'SIEG-S021', 'propertyName') && ok;
        let matched = false;
        if (s.properties && Object.prototype.hasOwnProperty.call(s.properties, key)) {
          matched = true;
          ok = check(s.properties[key], x, child(path, key), out) && ok;
        }
        for (const [p, sub] of Object.entries(s.patternProperties || {}))
          if (pattern(p).test(key)) { matched = true; ok = check(sub, x, child(path, key), out) && ok; }
        if (!matched && s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) ok = push(out, child(path, key), 'SIEG-S003', 'unknownKey', { key }) && ok;
          else ok = check(s.additionalProperties, x, child(path, key), out) && ok;
        }
      }
      for (const [key, dep] of Object.entries(s.dependencies || {})) {
        if (!(key in v)) continue;
        if (Array.isArray(dep)) { for (const o of dep) if (!(o in v)) ok = push(out, child(path, o), 'SIEG-S018', 'dependency', { key }) && ok; }
        else ok = check(dep, v, path, out) && ok;
      }
      return ok;
    }
    // A JSON value of the schema (enum, const) as the page holds values.
    const fromJson = (e) => (typeof e === 'number' ? new Num(String(e)) : Array.isArray(e) ? e.map(fromJson)
      : isMap(e) ? Object.fromEntries(Object.entries(e).map(([a, b]) => [a, fromJson(b)])) : e);
    // The schema of a path (for its title and hint): properties, items, definitions followed.
    function at(path) {
      let s = root;
      for (const k of path.split('.')) {
        s = deref(s);
        if (!s) return null;
        if (/^\d+$/.test(k) && s.items) s = s.items;
        else if (s.properties && s.properties[k]) s = s.properties[k];
        else return null;
      }
      return s;
    }
    return { check: (v, out) => check(root, v, '', out), at, deref };
  }
  function push(out, path, code, what, args) {
    if (out) out.push({ path, code, severity: 'error', what, args: args || {} });
    return false;
  }

  // ---- the call's rules (lib/rules/check.cpp): one function per kind ----
  // The values a rule's path reaches, each with its page path ("budget.depenses[].montant").
  function select(doc, p) {
    let cur = [{ v: doc, path: '' }];
    for (const seg of p.split('.')) {
      const each = seg.endsWith('[]');
      const key = each ? seg.slice(0, -2) : seg;
      const next = [];
      for (const { v, path } of cur) {
        if (!isMap(v) || !(key in v)) continue;
        const x = v[key];
        if (each) { if (Array.isArray(x)) x.forEach((item, i) => next.push({ v: item, path: child(child(path, key), i) })); }
        else next.push({ v: x, path: child(path, key) });
      }
      cur = next;
    }
    return cur;
  }
  // Where a missing answer is reported: the path up to its first list.
  const missingPath = (p) => p.split('.').reduce((acc, seg) => (acc.stop ? acc : seg.endsWith('[]')
    ? { path: child(acc.path, seg.slice(0, -2)), stop: true } : { path: child(acc.path, seg), stop: false }), { path: '', stop: false }).path;
  const filled = (v) => v !== null && v !== undefined && (typeof v !== 'string' || /[^ \t\r\n]/.test(v)) &&
    (!Array.isArray(v) || v.length > 0) && (!isMap(v) || Object.keys(v).length > 0);
  const scalarText = (v) => (typeof v === 'boolean' ? String(v) : textOf(v));
  const conditionValue = (c) => (typeof c.value === 'number' ? new Num(String(c.value)) : c.value);

  function checkRules(D, doc, today) {
    const out = [];
    let rule = null;
    const emit = (path, what, args) => out.push({ path, code: rule.code, severity: rule.severity, what: what || 'rule', args: args || {}, statement: rule.statement });
    const param = (name) => (rule.params || {})[name] || {};
    const holds = (c) => {
      const nodes = select(doc, c.path);
      if (c.op === 'present') return nodes.some((n) => filled(n.v));
      if (c.op === 'equals') return nodes.length === 1 && equal(nodes[0].v, conditionValue(c));
      return nodes.some((n) => equal(n.v, conditionValue(c)));
    };
    const ref = (() => { const d = isMap(doc) ? parseDate(doc.date_depot) : null; return d || today; })();
    const period = () => {
      const start = select(doc, 'calendrier.date_debut'), months = select(doc, 'calendrier.duree_mois');
      if (start.length !== 1 || months.length !== 1 || !isNumber(months[0].v)) return null;
      const d = parseDate(start[0].v);
      return d ? { start: d, end: periodEnd(d, Math.trunc(Number(months[0].v.t))), path: months[0].path } : null;
    };
    // Where a finding about a list's items as a whole goes (the list), or where it would be when missing.
    const listPath = (p) => {
      const lp = p.slice(0, p.indexOf('[]') < 0 ? p.length : p.indexOf('[]'));
      const lists = select(doc, lp);
      return lists.length ? lists[0].path : missingPath(lp);
    };
    const kinds = {
      required() {
        for (const p of param('paths').list) {
          const nodes = select(doc, p);
          for (const n of nodes) if (!filled(n.v)) emit(n.path, 'missing');
          if (nodes.length === 0) emit(missingPath(p), 'missing');
        }
      },
      required_any() {
        const paths = param('paths').list;
        if (paths.some((p) => select(doc, p).some((n) => filled(n.v)))) return;
        emit(missingPath(paths[0]), 'noneFilled', { paths });
      },
      min_count() {
        const p = param('path').text, nodes = select(doc, p);
        const n = nodes.length === 1 && Array.isArray(nodes[0].v) ? nodes[0].v.length : 0;
        if (n < param('min').number) emit(nodes.length ? nodes[0].path : missingPath(p), 'tooFew', { min: param('min').number });
      },
      one_of() { oneOf(true); },
      none_of() { oneOf(false); },
      all_in() {
        for (const n of select(doc, param('path').text)) if (!param('values').list.includes(scalarText(n.v))) emit(n.path, 'notAllowed');
      },
      contains_any() {
        const p = param('path').text, values = param('values').list;
        if (select(doc, p).some((n) => values.includes(scalarText(n.v)))) return;
        emit(listPath(p), 'noneOf', { values });
      },
      max_number() { maxNumber(false); },
      max_amount() { maxNumber(true); },
      min_length() { length(true); },
      max_length() { length(false); },
      is_true() { bool(true); },
      is_not_true() { bool(false); },
      in_region() {
        const p = param('path').text, allowed = param('departements').list || D.call.departements;
        let any = false;
        for (const n of select(doc, p)) {
          if (kindOf(n.v) !== 'string') continue;
          any = true;
          if (!allowed.includes(n.v)) emit(n.path, 'outOfRegion', { values: allowed });
        }
        if (!any && rule.severity === 'error') emit(missingPath(p), 'missing');  // a warning rule only names the others
      },
      some_in_region() {
        const p = param('path').text, allowed = param('departements').list || D.call.departements;
        const given = select(doc, p).filter((n) => kindOf(n.v) === 'string');
        if (given.some((n) => allowed.includes(n.v))) return;
        if (given.length === 0) return emit(missingPath(p), 'missing');
        emit(listPath(p), 'noneInRegion', { values: allowed });
      },
      date_not_after() {
        const limit = parseDate(param('date').date);
        if (before(limit, ref)) emit(select(doc, 'date_depot').length ? 'date_depot' : '', 'late');
      },
      period_ends_by() {
        const limit = parseDate(param('date').date), p = period();
        if (!p) return;  // no calendar: a call asks for one with a required rule
        if (before(limit, p.end)) emit(p.path, 'periodEnds');
      },
      steps_within_months() { steps('within'); },
      steps_ordered() { steps('ordered'); },
      steps_in_period() { steps('inPeriod'); },
      min_years_since() {
        const p = param('path').text, nodes = select(doc, p);
        if (!nodes.length || !isNumber(nodes[0].v)) return emit(missingPath(p), 'missing');
        if (ref.y - Number(nodes[0].v.t) < param('years').number) emit(nodes[0].path, 'tooRecent');
      },
      balanced() {
        const left = param('left').text, right = param('right').text;
        const sum = (p) => select(doc, p).reduce((a, n) => (a === null ? null : a + (centsOf(n.v) ?? 0n)), 0n);
        const l = sum(left), r = sum(right);
        const rp = right.slice(0, right.indexOf('[]')), where = select(doc, rp);
        const at = where.length ? where[0].path : missingPath(rp);
        if (l === null || r === null || l > MAX_CENTS * 10000n || r > MAX_CENTS * 10000n) return emit(at, 'range');
        if (l !== r) emit(at, 'unbalanced', { left: l, right: r });
      },
      unique() {
        // sieg's message names the differing `compare` field; the finding, its code and place are the same.
        const p = param('path').text;
        const parent = p.slice(0, p.lastIndexOf('.')), leaf = p.slice(p.lastIndexOf('.') + 1);
        const seen = new Map();
        for (const item of select(doc, parent)) {
          const v = isMap(item.v) ? item.v[leaf] : undefined;
          if (kindOf(v) !== 'string') continue;
          const key = fold(v).replace(/_/g, '');
          if (!seen.has(key)) { seen.set(key, item); continue; }
          emit(child(item.path, leaf), 'duplicate');
        }
      },
      payment_schedule() {
        if (!select(doc, 'budget.aide_demandee').length) emit('budget.aide_demandee', 'missing');
      },
      aid_covered() {
        const aidNodes = select(doc, 'budget.aide_demandee');
        if (!aidNodes.length || !isNumber(aidNodes[0].v)) return;
        const aid = centsOf(aidNodes[0].v) ?? 0n, cats = param('categories').list, p = period();
        const limit = p ? periodEnd(p.start, param('months').number) : null;
        let base = 0n;
        for (const item of select(doc, 'budget.depenses[]')) {
          if (!isMap(item.v) || !('categorie' in item.v) || !('montant' in item.v)) continue;
          if (!cats.includes(item.v.categorie)) continue;
          const when = 'date' in item.v && limit ? parseDate(item.v.date) : null;
          if (when && (before(limit, when) || before(when, p.start))) continue;
          base += centsOf(item.v.montant) ?? 0n;
        }
        if (base > MAX_CENTS * 10000n) return;
        if (aid > base) emit(aidNodes[0].path, 'aidOverEligible');
      },
      final_due() {
        const given = select(doc, 'bilan_final.date_remise'), endNodes = select(doc, 'bilan_final.date_fin_convention');
        let end = null;
        if (endNodes.length) end = parseDate(endNodes[0].v);
        else { const p = period(); if (p) end = p.end; }
        if (!given.length) return emit('bilan_final.date_remise', 'missing');
        const when = parseDate(given[0].v);
        if (!when) return;
        if (!end) return emit('bilan_final.date_fin_convention', 'missing');
        if (before(addMonths(end, -param('months').number), when)) emit(given[0].path, 'finalLate');
      },
    };
    function oneOf(mustBeIn) {
      const p = param('path').text, nodes = select(doc, p), values = param('values').list;
      if (!nodes.length || !filled(nodes[0].v)) { if (mustBeIn) emit(missingPath(p), 'missing'); return; }
      for (const n of nodes) if (values.includes(scalarText(n.v)) !== mustBeIn) emit(n.path, mustBeIn ? 'notAllowed' : 'discouraged');
    }
    function maxNumber(amount) {
      const max = param('max').number;
      for (const n of select(doc, param('path').text)) {
        if (!isNumber(n.v)) continue;
        if (amount ? (centsOf(n.v) ?? 0n) > BigInt(Math.round(max * 100)) : Number(n.v.t) > max) emit(n.path, 'overMax', { max });
      }
    }
    function length(minimum) {
      const limit = param(minimum ? 'min' : 'max').number;
      for (const n of select(doc, param('path').text)) {
        if (typeof n.v !== 'string') continue;
        const c = chars(n.v);
        if (minimum && c < limit) emit(n.path, 'shortText', { min: limit });
        if (!minimum && c > limit) emit(n.path, 'longText', { max: limit });
      }
    }
    function bool(mustBeTrue) {
      const p = param('path').text, nodes = select(doc, p);
      const isTrue = nodes.length === 1 && nodes[0].v === true;
      if (mustBeTrue && !isTrue) emit(nodes.length ? nodes[0].path : missingPath(p), nodes.length ? 'mustBeTrue' : 'missing');
      if (!mustBeTrue && isTrue) emit(nodes[0].path, 'mustNotBeTrue');
    }
    function steps(what) {
      const p = period();
      if (!p && what !== 'ordered') return;
      for (const step of select(doc, 'calendrier.etapes[]')) {
        const s = step.v;
        if (!isMap(s) || !('intitule' in s) || !('debut' in s) || !('fin' in s)) continue;
        const b = parseDate(s.debut), e = parseDate(s.fin);
        if (!b || !e) continue;
        if (what === 'ordered' && before(e, b)) emit(child(step.path, 'debut'), 'stepOrder');
        if (what === 'inPeriod' && (before(b, p.start) || before(p.end, e))) emit(step.path, 'stepOutside');
        if (what === 'within' && before(periodEnd(p.start, param('months').number), e)) emit(child(step.path, 'fin'), 'stepTooLate');
      }
    }
    for (const r of D.rules || []) {
      rule = r;
      if (r.when && r.when.length && !r.when.some(holds)) continue;
      if (kinds[r.kind]) kinds[r.kind]();
    }
    return out;
  }

  // ---- the self-assessment on the grid (lib/score/score.cpp's check_levels), the latest one ----
  function checkLevels(D, doc, listPath, missingCode) {
    const out = [];
    const items = listPath === '' ? [{ v: doc, path: '' }] : select(doc, listPath + '[]');
    // No self-assessment and (in the page) no review: nothing to score (SIEG-R014, a warning).
    if (!items.length) {
      if (listPath !== '') out.push({ path: listPath, code: 'SIEG-R014', severity: 'warning', what: 'nothingToScore', args: {} });
      return out;
    }
    const last = items[items.length - 1];
    const s = last.v;
    if (!isMap(s)) return out;
    if (typeof s.grille === 'string' && s.grille !== '' && s.grille !== D.grid.id) {
      out.push({ path: child(last.path, 'grille'), code: 'SIEG-R005', severity: 'error', what: 'otherGrid', args: {} });
      return out;
    }
    const levels = isMap(s.niveaux) ? s.niveaux : {};
    const lpath = child(last.path, 'niveaux');
    for (const [id, x] of Object.entries(levels)) {
      const m = D.grid.markers.find((k) => k.id === id);
      const lv = isMap(x) ? x.niveau : x;
      if (!m) out.push({ path: child(lpath, id), code: 'SIEG-R002', severity: 'error', what: 'unknownMarker', args: { id } });
      else if (isNumber(lv) && (Number(lv.t) > D.grid.scale || Number(lv.t) < (D.grid.lowest || 0))) out.push({ path: child(child(lpath, id), 'niveau'), code: 'SIEG-R003', severity: 'error', what: 'scale', args: {} });
    }
    for (const m of D.grid.markers)
      if (!(m.id in levels)) out.push({ path: child(child(lpath, m.id), 'niveau'), code: missingCode, severity: 'error', what: 'missing', args: {} });
    return out;
  }

  // The verdict: the schema's findings; on a dossier of the right shape, the call's rules and the grid.
  function check(D, doc, today) {
    const schema = schemaChecker(D.schema);
    const out = [];
    schema.check(doc, out);
    if (out.length) return out;
    if (D.mode === 'review') return checkLevels(D, doc, '', 'SIEG-R001');
    out.push(...checkRules(D, doc, today));
    out.push(...checkLevels(D, doc, 'auto_evaluation', 'SIEG-R007'));
    for (const f of out) if (D.severity && D.severity[f.code]) f.severity = D.severity[f.code];
    return out.filter((f) => !(D.off || []).includes(f.code));
  }

  // A file's bytes as text: UTF-8 only (as sieg: SIEG-L003), no control character (SIEG-L004).
  function decode(bytes, lang) {
    let text;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch (e) {
      throw new Error(lang === 'en' ? 'the file is not UTF-8 text (save it as UTF-8)' : "le fichier n'est pas un texte UTF-8 (enregistrez-le en UTF-8)");
    }
    const bad = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.exec(text);
    if (bad) {
      const line = text.slice(0, bad.index).split('\n').length;
      throw new Error((lang === 'en' ? 'line ' : 'ligne ') + line + (lang === 'en' ? ' : a control character' : ' : un caractère de contrôle'));
    }
    return text;
  }

  // ---- YAML in: the block subset sieg's own files use; typed as sieg's loader types (yaml/loader.cpp) ----
  function parseYaml(text, lang) {
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    let i = 0;
    const fail = (why, at) => { throw new Error((lang === 'en' ? 'line ' : 'ligne ') + ((at === undefined ? i : at) + 1) + ' : ' + why); };
    const indentOf = (l) => l.length - l.replace(/^ */, '').length;
    const say = (t, ...a) => t.replace(/\{(\d)\}/g, (_, k) => String(a[+k]));
    // A tab in the indentation: YAML refuses it (SIEG-L011).
    const tab = (k) => { if (/^ *\t/.test(lines[k]) && !/^\s*$/.test(lines[k])) fail(lang === 'en' ? 'a tab in the indentation (YAML wants spaces)' : "une tabulation dans l'indentation (YAML ne veut que des espaces)", k); };
    const skip = () => { while (i < lines.length && /^\s*(#.*)?$/.test(lines[i])) i++; };
    const stripComment = (s) => {
      let q = null;
      for (let k = 0; k < s.length; k++) {
        const c = s[k];
        if (q) { if (c === '\\' && q === '"') k++; else if (c === q) { if (q === "'" && s[k + 1] === "'") k++; else q = null; } }
        else if ((c === '"' || c === "'") && (k === 0 || /[\s:[{,]/.test(s[k - 1]))) q = c;
        else if (c === '#' && (k === 0 || /\s/.test(s[k - 1]))) return s.slice(0, k).trimEnd();
      }
      return s.trimEnd();
    };
    const unescape = (s) => s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
      const m = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', 0: '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      if (e in m) return m[e];
      return fail('\\' + e);
    });
    const plain = (s, at) => {
      if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
      if (s === 'true') return true;
      if (s === 'false') return false;
      if (JSON_NUMBER.test(s)) return new Num(s);
      if (/^[&*!|>%@`]/.test(s)) fail(s, at);
      // "- text" after a key starts a list, which YAML does not allow on the key's line (as sieg says).
      if (/^-( |$)/.test(s)) fail(s, at);
      return s;
    };
    // A flow value ({...}, [...], "...", '...', plain) from s at k; returns [value, next k].
    const flow = (s, k, inFlow) => {
      while (s[k] === ' ') k++;
      const c = s[k];
      if (c === '{' || c === '[') {
        const map = c === '{', out = map ? {} : [];
        k++;
        for (;;) {
          while (s[k] === ' ') k++;
          if (s[k] === (map ? '}' : ']')) return [out, k + 1];
          if (map) {
            const m = /^([^:,{}[\]]+):(\s|(?=[,}]))/.exec(s.slice(k));
            if (!m) fail(s.slice(k));
            k += m[0].length;
            const key = m[1].trim();
            if (Object.prototype.hasOwnProperty.call(out, key)) fail(key);
            const [v, nk] = flow(s, k, true);
            out[key] = v;
            k = nk;
          } else { const [v, nk] = flow(s, k, true); out.push(v); k = nk; }
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
      const m = inFlow ? /^[^,\]}]*/.exec(s.slice(k)) : /^.*/.exec(s.slice(k));
      return [plain(m[0].trim()), k + m[0].length];
    };
    // A quoted scalar may go on over lines (folded: one space per line break, an empty line a newline).
    const quotedOver = (first, ind) => {
      const q = first[0];
      let text = first;
      const closed = (t) => {
        let k = 1;
        for (; k < t.length; k++) {
          if (q === '"' && t[k] === '\\') { k++; continue; }
          if (t[k] === q) { if (q === "'" && t[k + 1] === "'") { k++; continue; } return k; }
        }
        return -1;
      };
      while (closed(text) < 0) {
        i++;
        if (i >= lines.length) fail(first);
        const l = lines[i];
        text += /^\s*$/.test(l) ? '\n' : (text.endsWith('\n') ? '' : ' ') + l.trim();
      }
      text = text.replace(/ ?\n ?/g, '\n');
      return text;
    };
    const value = (rest, ind) => {
      // After "key:" or "- ": a scalar on the line, a block scalar, or a nested block below.
      const r = stripComment(rest).trim();
      if (r === '') {
        i++;
        skip();
        if (i < lines.length && indentOf(lines[i]) > ind) return block(indentOf(lines[i]));
        if (i < lines.length && indentOf(lines[i]) === ind && /^-( |$)/.test(lines[i].trimStart())) return block(ind);
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
        let trailing = 0;
        while (body.length && /^\s*$/.test(body[body.length - 1])) { body.pop(); trailing++; }
        const ls = body.map((l) => l.slice(Math.max(bi, 0)));
        let v = '';
        if (literal) v = ls.join('\n');
        else ls.forEach((l, k) => { v += k === 0 ? l : (l === '' ? '\n' : (ls[k - 1] === '' || /^\s/.test(l) || /^\s/.test(ls[k - 1]) ? (ls[k - 1] === '' ? '' : '\n') : ' ') + l); });
        if (chomp === '-' || ls.length === 0) return v;
        return chomp === '+' ? v + '\n'.repeat(trailing + 1) : v + '\n';
      }
      if ((r[0] === '"' || r[0] === "'")) {
        const text = quotedOver(stripComment(rest).trim(), ind);
        const [v, k] = flow(text, 0, false);
        if (stripComment(text.slice(k)).trim() !== '') fail(text);
        i++;
        return v;
      }
      if (r[0] === '{' || r[0] === '[') {
        let text = r;
        // A flow collection may go on over lines.
        // Brackets still open; a quote opens a quoted scalar only where a scalar starts (l'impact is plain).
        const depth = (t) => {
          let d = 0, q = null, start = true;
          for (let k = 0; k < t.length; k++) {
            const c = t[k];
            if (q) { if (c === '\\' && q === '"') k++; else if (c === q) { if (q === "'" && t[k + 1] === "'") k++; else q = null; } continue; }
            if ((c === '"' || c === "'") && start) q = c;
            else if (c === '{' || c === '[') d++;
            else if (c === '}' || c === ']') d--;
            if (c !== ' ') start = c === '{' || c === '[' || c === ',' || c === ':';
          }
          return d;
        };
        while (depth(text) > 0) { i++; if (i >= lines.length) fail(r); text += ' ' + stripComment(lines[i]).trim(); }
        const [v, k] = flow(text, 0, true);
        if (text.slice(k).trim() !== '') fail(text);
        i++;
        return v;
      }
      // A plain scalar, maybe continued on more indented lines (folded: a blank line is a line break).
      // « : » followed by a space (or ending it) would start a key: YAML refuses it, as sieg does.
      const colon = (t, at) => { if (/:(\s|$)/.test(t)) fail(say(lang === 'en' ? '"{0}": a ": " in a text reads as a new key; put the text in double quotes' : '« {0} » : un « : » dans un texte se lit comme une nouvelle clé ; mettez le texte entre guillemets', t), at); };
      let v = r;
      const first = i;
      colon(r, i);
      i++;
      let blank = 0;
      while (i < lines.length && (/^\s*$/.test(lines[i]) || indentOf(lines[i]) > ind) && !/^\s*#/.test(lines[i])) {
        if (/^\s*$/.test(lines[i])) { blank++; i++; continue; }
        tab(i);
        const more = stripComment(lines[i]).trim();
        colon(more, i);
        v += blank ? '\n'.repeat(blank) + more : ' ' + more;
        blank = 0;
        i++;
        if (more !== lines[i - 1].trim()) break;  // a comment ends the scalar
      }
      return plain(v, first);
    };
    const block = (ind) => {
      skip();
      if (i >= lines.length) return null;
      if (/^-( |$)/.test(lines[i].trimStart())) {
        const out = [];
        while (i < lines.length && indentOf(lines[i]) === ind && /^-( |$)/.test(lines[i].trimStart())) {
          tab(i);
          const rest = lines[i].trimStart().slice(2);
          const inner = rest.length - rest.trimStart().length;
          if (/^[^\s"'{[#][^:]*:(\s|$)/.test(rest.trimStart()) || /^("[^"]*"|'[^']*'):(\s|$)/.test(rest.trimStart())) {  // "- key: value": a mapping
            lines[i] = ' '.repeat(ind + 2 + inner) + rest.trimStart();
            out.push(block(ind + 2 + inner));
          } else out.push(value(rest, ind));
          skip();
        }
        if (i < lines.length && indentOf(lines[i]) > ind) fail(lines[i].trim());
        return out;
      }
      const out = {};
      while (i < lines.length && indentOf(lines[i]) === ind) {
        tab(i);
        const t = lines[i].trimStart();
        const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#"'\-?][^:]*?|-[^\s:][^:]*?):(\s+|$)(.*)$/.exec(t);
        if (!m) fail(t.startsWith('- ') ? (lang === 'en' ? 'a list item where a key was expected: ' : 'un élément de liste là où une clé était attendue : ') + t : t);
        let key = m[1];
        if (key[0] === '"') key = unescape(key.slice(1, -1));
        else if (key[0] === "'") key = key.slice(1, -1).replace(/''/g, "'");
        else key = key.trimEnd();
        if (Object.prototype.hasOwnProperty.call(out, key)) fail((lang === 'en' ? 'duplicate key ' : 'clé en double ') + key);
        out[key] = value(m[3], ind);
        skip();
      }
      if (i < lines.length && indentOf(lines[i]) > ind) fail(lines[i].trim());
      return out;
    };
    skip();
    if (i < lines.length && /^\t/.test(lines[i])) fail(lang === 'en' ? 'a tab in the indentation' : "une tabulation dans l'indentation");
    if (i < lines.length && lines[i].trim() === '---') { i++; skip(); }
    const doc = block(0);
    skip();
    if (i < lines.length && lines[i].trim() === '...') { i++; skip(); }
    if (i < lines.length) fail(lines[i].trim());
    if (!isMap(doc)) throw new Error(lang === 'en' ? 'the file is not a dossier (no key: value at the top)' : "le fichier n'est pas un dossier (pas de « clé: valeur » au début)");
    return doc;
  }

  const isEmpty = (v) => v === undefined || v === null || v === '' || (v instanceof Num && v.t === '') ||
    (Array.isArray(v) && v.every(isEmpty)) || (isMap(v) && Object.values(v).every(isEmpty));
  // ---- the file a page's state makes: the description's order, empty answers left out, nothing dropped ----
  // What the page holds but does not ask (an unknown key, a marker of another grid, another call's or a
  // later question) is written back as it came: the page never loses data, and says what sieg will say.
  function tidyNode(D, n, v) {
    const tidy = (a, b) => tidyNode(D, a, b), object = (fields, x) => objectOf(D, fields, x);
    if (n.kind === 'const') return v !== undefined && v !== null && v !== '' ? v : typeof n.value === 'number' ? new Num(String(n.value)) : n.value;
    if (v === null) return null;  // « key: » in an opened file: kept, sieg says it is empty
    if (n.sansObjet && isMap(v)) return isEmpty(v.sans_objet) ? undefined : Object.assign({}, v, { sans_objet: v.sans_objet });
    if (isEmpty(v)) return undefined;
    if (n.kind === 'object' && isMap(v)) return object(n.fields, v);
    if (n.kind === 'levels' && isMap(v)) {
      const o = {};
      const tk = n.textKey || 'justification';
      for (const m of D.grid.markers) {
        const x = v[m.id];
        if (x === undefined || isEmpty(x)) continue;
        if (!isMap(x)) { o[m.id] = x; continue; }
        const e = {};
        if (!isEmpty(x.niveau)) e.niveau = x.niveau;
        if (!isEmpty(x[tk])) e[tk] = x[tk];
        for (const k of Object.keys(x)) if (k !== 'niveau' && k !== tk && !isEmpty(x[k])) e[k] = x[k];
        o[m.id] = e;
      }
      for (const k of Object.keys(v)) if (!(k in o) && !D.grid.markers.some((m) => m.id === k) && v[k] !== undefined) o[k] = v[k];
      return Object.keys(o).length ? o : undefined;
    }
    if (n.kind === 'array' && Array.isArray(v)) {
      const item = n.item.kind === 'object' ? { kind: 'object', fields: n.item.fields } : n.item;
      const a = v.map((x) => (x === null ? null : tidy(item, x))).filter((x) => x !== undefined);
      return a.length ? a : undefined;
    }
    return v;
  }
  function objectOf(D, fields, v) {
    const tidy = (a, b) => tidyNode(D, a, b);
    const o = {};
    for (const f of fields) { const x = tidy(f, v[f.key]); if (x !== undefined) o[f.key] = x; }
    for (const k of Object.keys(v)) if (!fields.some((f) => f.key === k) && v[k] !== undefined && v[k] !== '') o[k] = v[k];
    return Object.keys(o).length ? o : undefined;
  }
  function document(D, state) {
    const tidy = (n, v) => tidyNode(D, n, v);
    const o = {};
    for (const n of D.fields) { const x = tidy(n, state[n.key]); if (x !== undefined) o[n.key] = x; }
    for (const k of Object.keys(state)) if (!D.fields.some((f) => f.key === k) && state[k] !== undefined) o[k] = state[k];
    return o;
  }

  // ---- YAML out: keys in the given order, every text double-quoted, numbers as written ----
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
  function scalar(v) {
    if (v instanceof Num) return JSON_NUMBER.test(v.t) ? v.t : quote(v.t);
    if (v === null) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return String(v);
    return quote(String(v));
  }
  function dump(o, ind) {
    let s = '';
    for (const [k, v] of Object.entries(o)) {
      const key = /^[a-z0-9_]+$/.test(k) ? k : quote(k);
      if (isMap(v)) s += Object.keys(v).length ? ind + key + ':\n' + dump(v, ind + '  ') : ind + key + ': {}\n';
      else if (Array.isArray(v)) s += v.length ? ind + key + ':\n' + items(v, ind) : ind + key + ': []\n';
      else s += ind + key + ': ' + scalar(v) + '\n';
    }
    return s;
  }
  function items(a, ind) {
    let s = '';
    for (const x of a) {
      if (isMap(x) && Object.keys(x).length) { const inner = dump(x, ind + '    '); s += ind + '  - ' + inner.slice(ind.length + 4); }
      else if (Array.isArray(x) && x.length) s += ind + '  -\n' + items(x, ind + '    ');
      else s += ind + '  - ' + (isMap(x) ? '{}' : Array.isArray(x) ? '[]' : scalar(x)) + '\n';
    }
    return s;
  }
  const dumpYaml = (doc, modeline) => (modeline ? modeline + '\n' : '') + dump(doc, '');

  // ---- what a form user types, as sieg reads it ----
  // The number a figure typed as text was meant to be, as lib/schema/validate.cpp's type_hint gives it
  // (24 000 € → 24000, 12,5 → 12.5, 1.250.000 → 1250000, 0450 → 450); null when it cannot tell.
  function numberFix(text) {
    let digits = '', comma = false, other = false;
    for (const ch of text) {
      if (ch >= '0' && ch <= '9') digits += ch;
      else if (ch === ',' || ch === '.') { comma = comma || ch === ','; digits += '.'; }
      else if (ch === ' ' || ch === '_' || ch === "'" || ch === '€' || ch === '\u00a0' || ch === '\u202f') continue;
      else other = true;
    }
    const dots = digits.split('.').length - 1;
    if (!other && !comma && dots > 1 && /^\d{1,3}(\.\d{3})+$/.test(digits)) return digits.replace(/\./g, '');
    if (other || digits === '' || dots > 1) return null;
    if (digits.length > 1 && digits[0] === '0' && digits[1] !== '.') return digits.replace(/^0+/, '') || '0';
    return digits === text ? null : digits;
  }
  // Dates in a form: shown as 29/05/2015, written as 2015-05-29 (sieg's form); other texts as they are.
  const shownDate = (v) => { const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v); return m ? m[3] + '/' + m[2] + '/' + m[1] : v; };
  function typedDate(v) {
    const m = /^\s*(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})\s*$/.exec(v);
    return m ? m[3] + '-' + m[2].padStart(2, '0') + '-' + m[1].padStart(2, '0') : v;
  }

  return { Num, revive, isMap, isEmpty, document, decode, select, isNumber, kindOf, textOf, parseYaml, dumpYaml, check, schemaChecker, checkRules, parseDate, cents, fold, numberFix, shownDate, typedDate };
})();
if (typeof module === 'object' && module.exports) module.exports = SiegCore;
