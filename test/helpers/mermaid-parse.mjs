// Parses Mermaid documents with the real Mermaid parser in Node, without a browser:
// `node test/helpers/mermaid-parse.mjs <path to mermaid.core.mjs>`, the documents as a
// JSON array of strings on stdin; prints a JSON array of { type } or { error }.
// Mermaid's core bundle imports DOMPurify, which needs a DOM only to sanitise what it
// renders; parsing needs none, so a stand-in is registered for it.
import { register } from 'node:module';

const stub = 'const p = { addHook() {}, removeHook() {}, removeHooks() {}, removeAllHooks() {}, sanitize: (x) => x, isSupported: true, setConfig() {}, clearConfig() {} }; export default p;';
const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'dompurify') return { url: ${JSON.stringify(`data:text/javascript,${encodeURIComponent(stub)}`)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const sources = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const { default: mermaid } = await import(process.argv[2]);
const results = [];
for (const source of sources) {
  try {
    const parsed = await mermaid.parse(source);
    results.push({ type: parsed.diagramType });
  } catch (error) {
    results.push({ error: String((error && error.message) || error).split('\n').slice(0, 3).join(' ') });
  }
}
process.stdout.write(JSON.stringify(results));
