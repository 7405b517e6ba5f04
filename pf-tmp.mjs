import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
const root = '/tmp/prof1k/dist';
const files = [];
(function walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) files.push(p); } })(root);
files.sort();
const pages = files.map(p => ({ url: p.slice(root.length).replace(/index\.html$/, ''), content: readFileSync(p, 'utf8') })).filter(p => p.content.includes('data-pagefind-body'));
function extract(html) {
  const start = html.indexOf('<article class="article" data-pagefind-body');
  let depth = 0; const re = /<(\/?)article\b/g; re.lastIndex = start; let m;
  while ((m = re.exec(html))) { depth += m[1] ? -1 : 1; if (depth === 0) break; }
  const end = html.indexOf('>', m.index) + 1;
  return `<!doctype html><html lang="zh-CN"><body>${html.slice(start, end)}</body></html>`;
}
console.log('bytes', pages.reduce((a, p) => a + p.content.length, 0), pages.reduce((a, p) => a + extract(p.content).length, 0));
function walk(d, out = {}) { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p, out); else out[p.slice(d.length)] = createHash('sha1').update(readFileSync(p)).digest('hex'); } return out; }
for (const [name, f] of [['full', (x) => x], ['extract', extract]]) {
  const t = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  await Promise.all(pages.map(p => index.addHTMLFile({ url: p.url, content: f(p.content) })));
  await index.writeFiles({ outputPath: `/tmp/pf-${name}` });
  console.log(name, Math.round(performance.now() - t));
}
await pagefind.close();
const a = walk('/tmp/pf-full'), b = walk('/tmp/pf-extract');
console.log('files', Object.keys(a).length, 'differ', Object.keys({...a, ...b}).filter(k => a[k] !== b[k]).length);
