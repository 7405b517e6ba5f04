import { problemLine } from './content-errors';
import { isValidId, tagSlug } from './slug';

/**
 * Checks that span files, which a per-file schema cannot see: ids that are not kebab-case,
 * references to entries that do not exist, and `<Promo id="…"/>` in article bodies.
 * Pure: takes plain data, returns one line per problem.
 */

export interface CheckedArticle extends CheckedEntry {
	/** The whole file as written, so problems can give real line numbers. */
	source: string;
	section: string;
	series?: string | undefined;
	promos: readonly string[];
	tags: readonly string[];
}

export interface CheckedEntry {
	id: string;
	file: string;
}

export interface ContentIndex {
	articles: readonly CheckedArticle[];
	series: readonly CheckedEntry[];
	sections: readonly CheckedEntry[];
	promos: readonly CheckedEntry[];
	/** Paths of the pictures under content/, relative to it (articles/images/a.jpg). */
	pictures: ReadonlySet<string>;
}

const PROMO_TAG = /<Promo\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g;
const FIGURE_TAG = /<Figure\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']/g;

/** The path under content/ that `<Figure src>` names (the component accepts a leading content/ or ./). */
export function picturePath(src: string): string {
	return src.replace(/^\.?\/?(content\/)?/, '');
}

function unknownId(kind: string, id: string, known: readonly CheckedEntry[]): string {
	const choices = known.map((entry) => entry.id).join('、') || '（暂无）';
	return `找不到${kind}「${id}」，应为以下之一：${choices}`;
}

function lineOf(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

export function findContentProblems(index: ContentIndex): string[] {
	const problems: string[] = [];
	const ids = (entries: readonly CheckedEntry[]) => new Set(entries.map((entry) => entry.id));
	const [seriesIds, sectionIds, promoIds] = [ids(index.series), ids(index.sections), ids(index.promos)];

	for (const entry of [...index.articles, ...index.series, ...index.sections, ...index.promos]) {
		if (!isValidId(entry.id)) {
			problems.push(
				problemLine(entry.file, 'id', `编号「${entry.id}」应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里`),
			);
		}
	}
	for (const article of index.articles) {
		if (!sectionIds.has(article.section)) {
			problems.push(problemLine(article.file, 'section', unknownId('栏目', article.section, index.sections)));
		}
		if (article.series !== undefined && !seriesIds.has(article.series)) {
			problems.push(problemLine(article.file, 'series', unknownId('系列', article.series, index.series)));
		}
		for (const promo of article.promos) {
			if (!promoIds.has(promo)) problems.push(problemLine(article.file, 'promos', unknownId('广告', promo, index.promos)));
		}
		const placed = new Set(article.promos);
		for (const match of article.source.matchAll(PROMO_TAG)) {
			const id = match[1] ?? '';
			const where = `${article.file}:${lineOf(article.source, match.index)}`;
			if (!promoIds.has(id)) problems.push(problemLine(where, '<Promo id>', unknownId('广告', id, index.promos)));
			else if (placed.has(id))
				problems.push(problemLine(where, '<Promo id>', `广告「${id}」在本文中已经出现过，同一广告每篇只放一次`));
			placed.add(id);
		}
		for (const match of article.source.matchAll(FIGURE_TAG)) {
			const path = picturePath(match[1] ?? '');
			if (!index.pictures.has(path)) {
				const where = `${article.file}:${lineOf(article.source, match.index)}`;
				problems.push(
					problemLine(
						where,
						'<Figure src>',
						`找不到图片 content/${path}，应为 content/ 下的 .jpg、.png、.webp、.avif 或 .gif 文件，如 articles/images/photo.jpg`,
					),
				);
			}
		}
	}
	problems.push(...tagSlugClashes(index.articles));
	return problems;
}

/** Two spellings whose pinyin slug is the same would share one tag page: 政治 and 正直 both give zheng-zhi. */
function tagSlugClashes(articles: readonly CheckedArticle[]): string[] {
	const spellings = new Map<string, Map<string, string>>();
	for (const article of articles) {
		for (const tag of article.tags) {
			const bySpelling = spellings.get(tagSlug(tag)) ?? new Map<string, string>();
			if (!bySpelling.has(tag)) bySpelling.set(tag, article.file);
			spellings.set(tagSlug(tag), bySpelling);
		}
	}
	return [...spellings.entries()]
		.filter(([, bySpelling]) => bySpelling.size > 1)
		.map(([slug, bySpelling]) => {
			const [[first, firstFile], ...others] = [...bySpelling.entries()] as [[string, string], ...[string, string][]];
			const clash = others.map(([tag, file]) => `「${tag}」（${file}）`).join('、');
			return problemLine(firstFile, 'tags', `标签「${first}」与${clash}的网址都是 /tags/${slug}/，请统一写法或改用其他标签`);
		});
}
