'use strict';
// The page's verdict, without a browser, for tests/form/differential.py: for each file, what « Ouvrir »
// does (opened, or refused with its reason) and then what the page says — SiegCore.check on the file the
// page would write (SiegCore.document) — and that file's text.
// Usage: node verdict.js CORE_JS JOBS.json > OUT.json, JOBS = {today: "YYYY-MM-DD", descriptions: {call:
// D}, files: [{file, call}]}.
const fs = require('node:fs');
const C = require(process.argv[2]);
const jobs = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const [y, m, d] = jobs.today.split('-').map(Number);
const today = { y, m, d };
const out = {};
for (const { file, call } of jobs.files) {
  const D = jobs.descriptions[call];
  const bytes = fs.readFileSync(file);
  try {
    const data = C.parseYaml(C.decode(bytes), D.lang);
    if (typeof data.appel === 'string' && data.appel !== D.call.id) throw new Error('other call ' + data.appel);
    const doc = C.document(D, data);
    out[file] = { opened: true, findings: C.check(D, doc, today).map((f) => ({ path: f.path, code: f.code, severity: f.severity })),
      yaml: C.dumpYaml(doc, D.modeline) };
  } catch (e) {
    out[file] = { opened: false, reason: e.message };
  }
}
process.stdout.write(JSON.stringify(out));
