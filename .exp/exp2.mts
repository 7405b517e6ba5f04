import * as pagefind from 'pagefind';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndexOf } from '../tests/helpers/search.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { pathToFileURL } from 'node:url';

const body = '<h1>题目</h1><p>2019年7月1日，电话133 0474 3215，G6高速和5G网络。第3篇ABC公司Astro框架。</p>';
const Z = '\u200B';
const modes: Record<string, (t: string) => string> = {
  zwspAll: (t) => t.replace(/(?<=[\p{Script=Han}\p{Nd}])(?=[\p{Script=Han}\p{Nd}])/gu, Z),
  zwspEveryBoundary: (t) => t.replace(/(?<=[\p{Script=Han}\p{Nd}])|(?=[\p{Script=Han}\p{Nd}])/gu, Z),
  zwspAllChars: (t) => [...t].join(Z),
};
for (const [mode, f] of Object.entries(modes)) {
  const out = mkdtempSync(join(tmpdir(), 'pf-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  await index!.addHTMLFile({ url: `/a/`, content: `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body>${body.replace(/>([^<]*)</g, (_m, t) => '>' + f(t) + '<')}</article></body></html>` });
  await index!.writeFiles({ outputPath: join(out, 'pagefind') });
  const { url, server } = await serveStatic(out);
  const pf: any = await import(pathToFileURL(join(out, 'pagefind/pagefind.js')).href + '?' + mode);
  await pf.options({ basePath: `${url}/pagefind/` }); await pf.init();
  const r = await pf.search('"题 目"'); const d = await r.results[0]?.data();
  console.log(mode, JSON.stringify(d?.content), d?.word_count);
  const sp = (t: string) => [...t].join(' ');
  for (const term of ['2019年', '2019', '7月1日', '0474', '13304743215', '133', 'G6高速', 'g6', '5G', 'ABC', 'abc公司', 'Astro框架', '第3篇']) {
    const res = await pf.search(`"${sp(term)}"`);
    const res2 = await pf.search(`"${term.replace(/(?<=[\p{Script=Han}\p{Nd}])|(?=[\p{Script=Han}\p{Nd}])/gu, ' ').trim()}"`);
    console.log('  ', term, res.results.length, res2.results.length);
  }
  server.close();
}
await pagefind.close();
