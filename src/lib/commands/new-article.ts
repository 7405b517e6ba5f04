/**
 * npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇] [--slug x]
 * Writes content/articles/<pinyin-slug>.mdx: a valid draft dated now (+08:00).
 */
import { CONTENT_DIR } from '../content/content-folder';
import { articleSlug, newArticleMdx } from '../editor/scaffold';
import { isValidId } from '../slug';
import { type Command, fail, parseArgs } from './command';
import { sections, series } from '../editor/content-lists';
import { writeNew } from './content-files';

export const newArticle: Command = async (argv, { root, now, log }) => {
	const { positionals, options } = parseArgs(argv);
	const title = positionals.join(' ').trim();
	if (!title) fail('用法：npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇]');
	const section = options['section'] ?? '';
	const known = sections(root);
	if (!known.some((entry) => entry.id === section))
		fail(`--section 应为以下之一：${known.map((entry) => `${entry.id}（${entry.name}）`).join('、')}`);
	const seriesId = options['series'];
	const knownSeries = series(root);
	if (seriesId && !knownSeries.some((entry) => entry.id === seriesId))
		fail(`--series 应为以下之一：${knownSeries.map((entry) => entry.id).join('、')}`);
	if (options['part'] && !seriesId) fail('--part 需要同时给出 --series');
	const slug = options['slug'] ?? articleSlug(title);
	if (!isValidId(slug)) fail(`网址名「${slug}」应为小写英文字母、数字和连字符`);

	const path = `${CONTENT_DIR}/articles/${slug}.mdx`;
	writeNew(root, path, newArticleMdx({ title, section, series: seriesId, part: options['part'], now }));
	log(`已新建 ${path}（草稿）。写好正文和摘要后，删去 draft 一行即可发布；npm run dev 可预览。`);
	return 0;
};
