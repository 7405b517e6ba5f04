import * as pagefind from 'pagefind';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndexOf } from '../tests/helpers/search.ts';

const docs: Record<string, string> = {
  a: '<h1>扫黑除恶专项斗争</h1><p>全市扫黑除恶专项斗争取得成效。电话 133 0474 3215。</p>',
  b: '<h1>另一篇</h1><p>扫黑工作，除恶务尽。政治站位要高。</p>',
  c: '<h1>第三篇</h1><p>5G网络覆盖乌兰察布，G6高速通车。</p>',
};
const split = (mode: string, html: string) => {
  if (mode === 'plain') return html;
  const sep = mode === 'zwsp' ? '\u200B' : '\u200A';
  return html.replace(/>([^<]*)</g, (_m, text: string) => '>' + text.replace(/(?<=[\p{Script=Han}\p{Nd}])(?=[\p{Script=Han}\p{Nd}])/gu, sep) + '<');
};
for (const mode of ['plain', 'zwsp', 'hair']) {
  const out = mkdtempSync(join(tmpdir(), 'pf-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (const [id, body] of Object.entries(docs)) {
    await index!.addHTMLFile({ url: `/${id}/`, content: `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body data-pagefind-sort="date:2019-07-0${id.charCodeAt(0)-96}">${split(mode, body)}</article></body></html>` });
  }
  await index!.writeFiles({ outputPath: join(out, 'pagefind') });
  const s = await searchIndexOf(out);
  const q = (t: string) => mode === 'plain' ? t : t.replace(/(?<=[\p{Script=Han}\p{Nd}])(?=[\p{Script=Han}\p{Nd}])/gu, ' ');
  for (const term of ['扫黑除恶', '政治站位', '13304743215', '除恶', '黑除', '5G', 'g6高速']) {
    console.log(mode, term, 'plain:', await s.found(q(term)), 'exact:', await s.found(`"${q(term)}"`));
  }
  s.close();
}
await pagefind.close();
