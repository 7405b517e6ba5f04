import * as pagefind from 'pagefind';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { indexedText, displayedText, queryWords } from '../src/lib/site/search-words.ts';

const html = '<h1>全市<wbr>扫黑除恶 系列述评</h1><h2>突出政治站位 及早谋划部署</h2><p>扫黑，除恶务尽。讲“政治站位”。电话133 0474 3215，G6高速和5G网络。第3篇ABC公司Astro框架、Ulan<wbr>qab与<strong>重点</strong> 后文。</p>';
let last = '';
const doc = html.replace(/>([^<]*)</g, (_m, t) => { const r = indexedText(t, last); last = r.last; return '>' + r.text + '<'; });
for (const lang of ['zh-cn', 'en']) {
const out = mkdtempSync(join(tmpdir(), 'pf-'));
const { index } = await pagefind.createIndex({ forceLanguage: lang });
await index!.addHTMLFile({ url: `/a/`, content: `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body data-pagefind-sort="date:2019-07-01">${doc}</article></body></html>` });
await index!.writeFiles({ outputPath: join(out, 'pagefind') });
const { url, server } = await serveStatic(out);
const pf: any = await import(pathToFileURL(join(out, 'pagefind/pagefind.js')).href + '?' + lang);
await pf.options({ basePath: `${url}/pagefind/` }); await pf.init();
const r = await pf.search('"扫"'); const d = await r.results[0]?.data();
console.log(lang, JSON.stringify(d?.content)); console.log(JSON.stringify(displayedText(d?.content ?? '')), JSON.stringify(d?.meta));
for (const term of ['扫黑除恶', '扫黑，除恶', '扫黑除', '政治站位', '“政治站位”', '站位及早', '133', '0474', '133 0474', 'G6高速', 'g6', '5G', '5G网络', 'ABC公司', 'Astro框架', '第3篇', 'Ulanqab', '重点后文', '市扫黑', '述评突出']) {
  const q = `"${queryWords(term).join(' ')}"`;
  const res = await pf.search(q);
  console.log('  ', term, q, res.results.length);
}
server.close();
}
await pagefind.close();
