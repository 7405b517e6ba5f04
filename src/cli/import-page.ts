/**
 * npm run import -- page.txt [--section politics-law] [--slug x] [--promo-id y]
 * Turns a print page's text into a draft article (and a draft promo when the page has an ad).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toIsoBeijing } from '../lib/dates';
import { articleMdx, importArticle, importPromo, promoYaml } from '../lib/editor/print-import';
import { articleSlug } from '../lib/editor/scaffold';
import { isValidId } from '../lib/slug';
import { fail, parseArgs } from './args';
import { CONTENT, sections, series, writeNew } from './content-files';

const { positionals, options } = parseArgs(process.argv.slice(2));
const [file] = positionals;
if (!file) fail('用法：npm run import -- 版面文字.txt [--section politics-law] [--slug 网址名] [--promo-id 广告网址名]');
const text = readFileSync(file, 'utf8');
const known = sections();
const section = options['section'] ?? known[0]?.id ?? '';
if (!known.some((entry) => entry.id === section)) fail(`--section 应为以下之一：${known.map((entry) => entry.id).join('、')}`);

const promo = importPromo(text);
const promoId = promo ? (options['promo-id'] ?? articleSlug(promo.title)) : undefined;
const importOptions = { section, series: series(), today: toIsoBeijing(new Date()).slice(0, 10), promoId };
const article = importArticle(text, importOptions);
const slug = options['slug'] ?? articleSlug(article.title);
for (const id of [slug, promoId].filter((id): id is string => id !== undefined)) {
	if (!isValidId(id)) fail(`网址名「${id}」应为小写英文字母、数字和连字符`);
}

const articlePath = join(CONTENT, 'articles', `${slug}.mdx`);
const promoPath = promoId ? join(CONTENT, 'promos', `${promoId}.yaml`) : undefined;
// Both or neither: check every target before writing the first.
for (const path of [articlePath, promoPath]) {
	if (path && existsSync(path)) fail(`${path} 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。`);
}
try {
	writeNew(articlePath, articleMdx(article, importOptions), writeFileSync);
	console.log(`已导入文章草稿 ${articlePath}（栏目 ${section}${options['section'] ? '' : '，未指定时用第一个栏目'}）`);
	if (article.unknownSeries)
		console.log(`注意：标题中的系列「${article.unknownSeries}」还没有对应的 content/series/ 文件，series 和 part 暂未填写。`);
	if (promo && promoPath) {
		writeNew(promoPath, promoYaml(promo), writeFileSync);
		console.log(`已导入广告草稿 ${promoPath}`);
	}
} catch (error) {
	fail((error as Error).message);
}
console.log('请运行 npm run content:check 检查，再用 npm run dev 预览。');
