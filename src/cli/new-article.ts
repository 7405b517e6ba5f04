/**
 * npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇] [--slug x]
 * Writes content/articles/<pinyin-slug>.mdx: a valid draft dated now (+08:00).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSlug, newArticleMdx } from '../lib/editor/scaffold';
import { isValidId } from '../lib/slug';
import { fail, parseArgs } from './args';
import { CONTENT, sections, series, writeNew } from './content-files';

const { positionals, options } = parseArgs(process.argv.slice(2));
const title = positionals.join(' ').trim();
if (!title) fail('用法：npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇]');
const section = options['section'] ?? '';
const known = sections();
if (!known.some((entry) => entry.id === section))
	fail(`--section 应为以下之一：${known.map((entry) => `${entry.id}（${entry.name}）`).join('、')}`);
const seriesId = options['series'];
if (seriesId && !series().some((entry) => entry.id === seriesId))
	fail(
		`--series 应为以下之一：${series()
			.map((entry) => entry.id)
			.join('、')}`,
	);
if (options['part'] && !seriesId) fail('--part 需要同时给出 --series');
const slug = options['slug'] ?? articleSlug(title);
if (!isValidId(slug)) fail(`网址名「${slug}」应为小写英文字母、数字和连字符`);

const path = join(CONTENT, 'articles', `${slug}.mdx`);
try {
	writeNew(path, newArticleMdx({ title, section, series: seriesId, part: options['part'], now: new Date() }), writeFileSync);
} catch (error) {
	fail((error as Error).message);
}
console.log(`已新建 ${path}（草稿）。写好正文和摘要后，删去 draft 一行即可发布；npm run dev 可预览。`);
