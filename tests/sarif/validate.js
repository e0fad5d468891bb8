'use strict';
// Validates SARIF files against the official SARIF 2.1.0 schema (rtm.5, as @microsoft/jest-sarif ships
// it, with its ajv 6 and the draft-04 meta-schema). Usage: node validate.js NODE_MODULES FILE...
// Prints "FILE: valid" or the schema's errors; exit 1 when any file is invalid.
const path = require('node:path');
const modules = process.argv[2];
const Ajv = require(path.join(modules, 'ajv'));
const schema = require(path.join(modules, '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'));
const ajv = new Ajv({ schemaId: 'auto', validateSchema: false, allErrors: true, format: 'full' });
ajv.addMetaSchema(require(path.join(modules, 'ajv', 'lib', 'refs', 'json-schema-draft-04.json')));
const validate = ajv.compile(schema);
let bad = 0;
for (const file of process.argv.slice(3)) {
  const doc = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
  if (validate(doc)) console.log(path.basename(file) + ': valid');
  else {
    bad++;
    console.log(path.basename(file) + ': ' + validate.errors.map((e) => e.dataPath + ' ' + e.message).join('; '));
  }
}
process.exit(bad ? 1 : 0);
