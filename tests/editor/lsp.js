'use strict';
// A real editor session: yaml-language-server over stdio, configured as VS Code would be from the
// repository's .vscode/settings.json (sieg init), opening files and answering what the editor shows:
// the diagnostics of each file, and the completion items at a place.
// Usage: node lsp.js SERVER_JS REPO_ROOT REQUESTS.json  ->  JSON on stdout:
//   REQUESTS = [{file, completeAt?: {line, character}}], relative to REPO_ROOT;
//   out = {file: {diagnostics: [{line, message, severity}], completion?: [{label, documentation}]}}.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const [server, root, requestsFile] = process.argv.slice(2);
const requests = JSON.parse(fs.readFileSync(requestsFile, 'utf8'));
const settings = JSON.parse(fs.readFileSync(path.join(root, '.vscode', 'settings.json'), 'utf8'));
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const rootUri = pathToFileURL(root).href;

let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();
const waiters = [];
function send(msg) {
  const body = Buffer.from(JSON.stringify(Object.assign({ jsonrpc: '2.0' }, msg)), 'utf8');
  child.stdin.write('Content-Length: ' + body.length + '\r\n\r\n');
  child.stdin.write(body);
}
const request = (method, params) => new Promise((resolve) => { const id = nextId++; pending.set(id, resolve); send({ id, method, params }); });
const notify = (method, params) => send({ method, params });
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = +/Content-Length: (\d+)/i.exec(buffer.slice(0, end).toString())[1];
    if (buffer.length < end + 4 + length) return;
    const msg = JSON.parse(buffer.slice(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.slice(end + 4 + length);
    if (msg.id !== undefined && pending.has(msg.id) && msg.method === undefined) { pending.get(msg.id)(msg.result); pending.delete(msg.id); continue; }
    if (msg.method === 'textDocument/publishDiagnostics') {
      diagnostics.set(msg.params.uri, msg.params.diagnostics);
      for (const w of waiters.splice(0)) w();
      continue;
    }
    if (msg.id !== undefined && msg.method) {  // a request from the server: the configuration it asks for
      let result = null;
      if (msg.method === 'workspace/configuration') result = msg.params.items.map((it) => (it.section === 'yaml' ? yamlSettings() : null));
      send({ id: msg.id, result });
    }
  }
});
function yamlSettings() {
  const schemas = {};
  // Relative schema paths are the workspace's, as VS Code resolves them.
  for (const [k, v] of Object.entries(settings['yaml.schemas'] || {})) schemas[k.startsWith('./') ? pathToFileURL(path.join(root, k)).href : k] = v;
  return { schemas, validate: true, completion: true, hover: true, format: { enable: false }, schemaStore: { enable: false } };
}
const settle = (uri, ms) => new Promise((resolve) => {
  const start = Date.now();
  const tick = () => {
    // The server publishes once per change; wait a little after the last publication.
    if (diagnostics.has(uri) && Date.now() - start > ms) return resolve(diagnostics.get(uri));
    if (Date.now() - start > 20000) return resolve(diagnostics.get(uri) || null);
    setTimeout(tick, 100);
  };
  tick();
});

(async () => {
  await request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'repo' }],
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } } } } });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings() } });
  const out = {};
  for (const r of requests) {
    const file = path.join(root, r.file);
    const uri = pathToFileURL(file).href;
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(file, 'utf8') } });
    const diags = await settle(uri, 1500);
    const entry = { diagnostics: (diags || []).map((d) => ({ line: d.range.start.line + 1, message: d.message, severity: d.severity })) };
    if (diags === null) entry.timeout = true;
    if (r.completeAt) {
      const res = await request('textDocument/completion', { textDocument: { uri }, position: r.completeAt });
      const items = Array.isArray(res) ? res : (res && res.items) || [];
      entry.completion = items.map((it) => ({ label: it.label, documentation: typeof it.documentation === 'string' ? it.documentation : it.documentation ? it.documentation.value : '' }));
    }
    out[r.file] = entry;
  }
  process.stdout.write(JSON.stringify(out));
  await request('shutdown', null);
  notify('exit', null);
  setTimeout(() => process.exit(0), 200);
})();
