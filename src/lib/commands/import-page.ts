/**
 * npm run import -- page.txt [--section politics-law] [--slug x] [--promo-id y]
 * Turns a print page's text, or an e-paper's article page (HTML), into a draft article (and a
 * draft promo when the page has an ad).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../content/content-folder';
import { toIsoBeijing } from '../dates';
import { ePaperText, isHtmlPage } from '../editor/e-paper';
import { HANDBOOK } from '../editor/handbook';
import { articleMdx, ImportProblem, importArticle, importPromo, promoYaml } from '../editor/print-import';
import { articleSlug } from '../editor/scaffold';
import { isValidId } from '../slug';
import { type Command, fail, parseArgs } from './command';
import { sections, series } from '../editor/content-lists';
import { writeNew } from './content-files';

/** Reads the page; a page the importer cannot read stops the command with its reason, nothing written. */
function readPage<T>(read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (error instanceof ImportProblem) fail(`${error.message}（${HANDBOOK.path}「导入报纸版面」）`);
		throw error;
	}
}

export const importPage: Command = async (argv, { root, now, log }) => {
	const { positionals, options } = parseArgs(argv);
	const [file] = positionals;
	if (!file) fail('用法：npm run import -- 版面文字.txt [--section politics-law] [--slug 网址名] [--promo-id 广告网址名]');
	const raw = readFileSync(resolve(root, file), 'utf8');
	// An e-paper's web page is read as the text of its article; what the page holds is text only.
	const text = isHtmlPage(raw) ? ePaperText(raw) : raw;
	if (text === '')
		fail(
			`这是网页（HTML）文件，但没有找到文章的标题和正文，没有导入。请在浏览器里打开这一页，把标题和正文复制到一个 .txt 文件里，再导入那个文件（${HANDBOOK.path}「导入报纸版面」）`,
		);
	const known = sections(root);
	const section = options['section'] ?? known[0]?.id ?? '';
	if (!known.some((entry) => entry.id === section)) fail(`--section 应为以下之一：${known.map((entry) => entry.id).join('、')}`);

	const { promo, article, importOptions } = readPage(() => {
		const promo = importPromo(text);
		const promoId = promo ? (options['promo-id'] ?? articleSlug(promo.title)) : undefined;
		const importOptions = { section, series: series(root), today: toIsoBeijing(now).slice(0, 10), promoId };
		return { promo, article: importArticle(text, importOptions), importOptions };
	});
	const { promoId } = importOptions;
	const slug = options['slug'] ?? articleSlug(article.title);
	for (const id of [slug, promoId].filter((id): id is string => id !== undefined)) {
		if (!isValidId(id)) fail(`网址名「${id}」应为小写英文字母、数字和连字符`);
	}

	const articlePath = `${CONTENT_DIR}/articles/${slug}.mdx`;
	const promoPath = promoId ? `${CONTENT_DIR}/promos/${promoId}.yaml` : undefined;
	// Both or neither: check every target before writing the first.
	for (const path of [articlePath, promoPath]) {
		if (path && existsSync(resolve(root, path)))
			fail(`${path} 已存在，没有导入。换一个网址名（--slug / --promo-id）或先处理已有文件。`);
	}
	writeNew(root, articlePath, articleMdx(article, importOptions));
	log(`已导入文章草稿 ${articlePath}（栏目 ${section}${options['section'] ? '' : '，未指定时用第一个栏目'}）`);
	if (article.unknownSeries)
		log(`注意：标题中的系列「${article.unknownSeries}」还没有对应的 content/series/ 文件，series 和 part 暂未填写。`);
	if (promo && promoPath) {
		writeNew(root, promoPath, promoYaml(promo));
		log(`已导入广告草稿 ${promoPath}`);
	}
	log('请运行 npm run content:check 检查，再用 npm run dev 预览。');
	return 0;
};
