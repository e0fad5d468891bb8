'use strict';
// lib/scaffold/form_core.js under node's built-in test runner (node --test): the page's YAML reader and
// writer and its verdict, on hand-made inputs. The verdict against sieg itself over a corpus:
// differential.py.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const C = require(path.join(__dirname, '..', '..', 'lib', 'scaffold', 'form_core.js'));

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'dossier.schema.json'), 'utf8'));
const codes = (fs2) => fs2.map((f) => f.code + ' ' + f.path);

test('numbers are read as written, texts stay texts (sieg\'s loader: JSON grammar only)', () => {
  const d = C.parseYaml('a: 28.000\nb: "40000"\nc: 0123\nd: true\ne: yes\nf:\ng: ~\n', 'fr');
  assert.ok(d.a instanceof C.Num);
  assert.equal(d.a.t, '28.000');
  assert.equal(d.b, '40000');
  assert.equal(d.c, '0123');
  assert.equal(d.d, true);
  assert.equal(d.e, 'yes');
  assert.equal(d.f, null);
  assert.equal(d.g, null);
});

test('a plain text continued over indented lines, without >-, opens', () => {
  const d = C.parseYaml('action:\n  resume: Une crèche\n    ouverte aux horaires\n    atypiques.\n  intitule: X\n', 'fr');
  assert.equal(d.action.resume, 'Une crèche ouverte aux horaires atypiques.');
  assert.equal(d.action.intitule, 'X');
});

test('block scalars, flow collections over lines, comments, quoted keys', () => {
  const d = C.parseYaml('a: |\n  un\n  deux\nb: >-\n  un\n  deux\n\n  trois\nc: {x: 1, y: [a, "b, c"]}\nd: [1,\n  2]  # deux\n"e f": \'l\'\'eau\'\n', 'fr');
  assert.equal(d.a, 'un\ndeux\n');
  assert.equal(d.b, 'un deux\ntrois');
  assert.equal(d.c.x.t, '1');
  assert.deepEqual(d.c.y, ['a', 'b, c']);
  assert.deepEqual(d.d.map((x) => x.t), ['1', '2']);
  assert.equal(d['e f'], "l'eau");
});

test('what sieg refuses, the page refuses with its line', () => {
  assert.throws(() => C.parseYaml('a: 1\na: 2\n', 'fr'), /ligne 2 : clé en double a/);
  assert.throws(() => C.parseYaml('a: &x 1\n', 'fr'), /ligne 1/);
  assert.throws(() => C.parseYaml('- a\n- b\n', 'en'), /not a dossier/);
});

test('amounts: exact cents; more than two written decimals is not an amount', () => {
  assert.equal(C.cents('12500.5'), 1250050n);
  assert.equal(C.cents('4e4'), 4000000n);
  assert.equal(C.cents('28.000'), null);
  assert.equal(C.cents('1250.0e-2'), 1250n);
  assert.equal(C.cents('1e-3'), null);
});

test('schema: 28.000 is an error with the thousands hint; a quoted number is not a number', () => {
  const chk = C.schemaChecker(schema);
  const out = [];
  chk.check({ budget: { aide_demandee: new C.Num('28.000'), depenses: [{ categorie: 'autre', libelle: 'x', montant: '40000' }] } }, out);
  const aid = out.find((f) => f.path === 'budget.aide_demandee');
  assert.equal(aid.code, 'SIEG-S012');
  assert.equal(aid.what, 'thousands');
  assert.equal(aid.args.digits, '28000');
  assert.ok(out.some((f) => f.path === 'budget.depenses.0.montant' && f.code === 'SIEG-S001'));
  assert.ok(out.some((f) => f.path === 'format' && f.code === 'SIEG-S002'));
});

test('schema: an impossible date, an unknown key, a département without quotes', () => {
  const chk = C.schemaChecker(schema);
  const out = [];
  chk.check({ calendrier: { date_debut: '2015-02-30' }, action: { objectif: 'x', territoire: { departements: [new C.Num('33')] } } }, out);
  const list = codes(out);
  assert.ok(list.includes('SIEG-S009 calendrier.date_debut'), list.join('\n'));
  assert.ok(list.includes('SIEG-S003 action.objectif'), list.join('\n'));
  assert.ok(list.includes('SIEG-S001 action.territoire.departements.0'), list.join('\n'));
});

const D = {
  schema: { type: 'object' },
  call: { id: 'c', departements: ['33', '40'] },
  grid: { id: 'g', scale: 3, markers: [{ id: 'm1' }, { id: 'm2' }] },
  rules: [
    { code: 'SIEG-E013', kind: 'max_amount', severity: 'error', statement: 'cap', params: { path: { text: 'budget.aide_demandee' }, max: { number: 40000 } }, when: [] },
    { code: 'SIEG-E007', kind: 'in_region', severity: 'error', statement: 'region', params: { path: { text: 'porteur.adresse.departement' } }, when: [] },
    { code: 'SIEG-E030', kind: 'required', severity: 'error', statement: 'essaimage', params: { paths: { list: ['action.lieu_origine'] } },
      when: [{ path: 'action.type_action', op: 'equals', value: 'transfert_essaimage' }] },
    { code: 'SIEG-E040', kind: 'balanced', severity: 'warning', statement: 'budget', params: { left: { text: 'budget.depenses[].montant' }, right: { text: 'budget.ressources[].montant' } }, when: [] },
  ],
};

test('rules: the cap in exact cents, the region, a condition, a warning', () => {
  const doc = {
    budget: { aide_demandee: new C.Num('40000.01'), depenses: [{ montant: new C.Num('10') }], ressources: [{ montant: new C.Num('9.99') }] },
    porteur: { adresse: { departement: '24' } },
    action: { type_action: 'transfert_essaimage' },
  };
  const out = C.checkRules(D, doc, { y: 2015, m: 5, d: 1 });
  assert.deepEqual(out.map((f) => [f.code, f.path, f.severity]), [
    ['SIEG-E013', 'budget.aide_demandee', 'error'],
    ['SIEG-E007', 'porteur.adresse.departement', 'error'],
    ['SIEG-E030', 'action.lieu_origine', 'error'],
    ['SIEG-E040', 'budget.ressources', 'warning'],
  ]);
  doc.budget.aide_demandee = new C.Num('40000');
  doc.porteur.adresse.departement = '40';
  doc.action.type_action = 'creation';
  doc.budget.ressources[0].montant = new C.Num('10.00');
  assert.deepEqual(C.checkRules(D, doc, { y: 2015, m: 5, d: 1 }), []);
});

test('the verdict: rules only on a dossier of the right shape; the grid\'s markers; sieg.toml\'s severities', () => {
  const doc = { budget: { aide_demandee: new C.Num('50000') }, porteur: { adresse: { departement: '33' } },
    auto_evaluation: [{ niveaux: { m1: { niveau: new C.Num('4') }, zz: { niveau: new C.Num('1') } } }] };
  const out = C.check(Object.assign({}, D, { severity: { 'SIEG-E013': 'warning' }, off: ['SIEG-E040'] }), doc, { y: 2015, m: 5, d: 1 });
  assert.deepEqual(out.map((f) => [f.code, f.path, f.severity]), [
    ['SIEG-E013', 'budget.aide_demandee', 'warning'],
    ['SIEG-R003', 'auto_evaluation.0.niveaux.m1.niveau', 'error'],
    ['SIEG-R002', 'auto_evaluation.0.niveaux.zz', 'error'],
    ['SIEG-R007', 'auto_evaluation.0.niveaux.m2.niveau', 'error'],
  ]);
  const bad = C.check(Object.assign({}, D, { schema: { type: 'object', required: ['format'] } }), doc, { y: 2015, m: 5, d: 1 });
  assert.deepEqual(codes(bad), ['SIEG-S002 format']);
  // A 1-5 grid (lowest = 1): 0 is off its scale as 6 is, as sieg says (SIEG-R003).
  const low = { auto_evaluation: [{ niveaux: { m1: { niveau: new C.Num('0') }, m2: { niveau: new C.Num('5') } } }] };
  const grid15 = Object.assign({}, D.grid, { scale: 5, lowest: 1 });
  const out15 = C.check(Object.assign({}, D, { grid: grid15, off: ['SIEG-E040'] }), low, { y: 2015, m: 5, d: 1 });
  assert.deepEqual(out15.filter((f) => f.code.startsWith('SIEG-R')).map((f) => [f.code, f.path]), [
    ['SIEG-R003', 'auto_evaluation.0.niveaux.m1.niveau'],
  ]);
});

test('YAML out: texts quoted, numbers as written, reread the same', () => {
  const doc = { a: 'He said "yes": # no', b: new C.Num('28000.50'), c: [{ x: 'y', z: new C.Num('1') }, 'deux'], d: { e: true }, f: 'tab\there\nline' };
  const text = C.dumpYaml(doc, '# modeline');
  assert.ok(text.startsWith('# modeline\n'));
  const back = C.parseYaml(text, 'fr');
  assert.equal(back.a, doc.a);
  assert.equal(back.b.t, '28000.50');
  assert.equal(back.c[0].z.t, '1');
  assert.equal(back.c[1], 'deux');
  assert.equal(back.d.e, true);
  assert.equal(back.f, doc.f);
});

test('rules: some_in_region (one département of the region is enough), an in_region warning names the others, required_any', () => {
  const R = {
    schema: { type: 'object' },
    call: { id: 'p', departements: ['02', '60', '80'] },
    grid: D.grid,
    rules: [
      { code: 'SIEG-E007', kind: 'in_region', severity: 'warning', statement: 'each', params: { path: { text: 'action.territoire.departements[]' } }, when: [] },
      { code: 'SIEG-E051', kind: 'some_in_region', severity: 'error', statement: 'some', params: { path: { text: 'action.territoire.departements[]' } }, when: [] },
      { code: 'SIEG-E054', kind: 'required_any', severity: 'error', statement: 'any', params: { paths: { list: ['innovation.caractere_innovant', 'besoins.description'] } }, when: [] },
    ],
  };
  const run = (doc) => C.checkRules(R, doc, { y: 2019, m: 5, d: 1 }).map((f) => [f.code, f.path, f.severity]);
  assert.deepEqual(run({ action: { territoire: { departements: ['80', '59'] } }, besoins: { description: 'x' } }), [
    ['SIEG-E007', 'action.territoire.departements.1', 'warning'],
  ]);
  assert.deepEqual(run({ action: { territoire: { departements: ['59'] } }, innovation: { caractere_innovant: ' ' } }), [
    ['SIEG-E007', 'action.territoire.departements.0', 'warning'],
    ['SIEG-E051', 'action.territoire.departements', 'error'],
    ['SIEG-E054', 'innovation.caractere_innovant', 'error'],
  ]);
  assert.deepEqual(run({ innovation: { caractere_innovant: 'Un processus revu avec les usagers.' } }), [
    ['SIEG-E051', 'action.territoire.departements', 'error'],  // none given: the error only, once
  ]);
});

test('a form user\'s slips: the number meant, dates in the page\'s order', () => {
  assert.equal(C.numberFix('24 000 €'), '24000');
  assert.equal(C.numberFix('12,5'), '12.5');
  assert.equal(C.numberFix('1.250.000'), '1250000');
  assert.equal(C.numberFix('0450'), '450');
  assert.equal(C.numberFix('12 mois'), null);
  assert.equal(C.numberFix('1,250,000'), null);
  assert.equal(C.numberFix('24000'), null);
  assert.equal(C.typedDate('29/05/2015'), '2015-05-29');
  assert.equal(C.typedDate('1/5/2015'), '2015-05-01');
  assert.equal(C.typedDate('31/02/2015'), '2015-02-31');  // written as typed in sieg's order: sieg says it does not exist
  assert.equal(C.typedDate('2015-05-29'), '2015-05-29');
  assert.equal(C.typedDate('mai 2015'), 'mai 2015');
  assert.equal(C.shownDate('2015-05-29'), '29/05/2015');
  assert.equal(C.shownDate('bientôt'), 'bientôt');
});
