import { problemLine } from './content-errors';
import { splitFrontmatter } from '../editor/mdx-regions';
import { isValidId, tagSlug } from '../slug';

/**
 * Checks that span files or look into article text, which a per-file schema cannot: ids that
 * are not kebab-case, references to entries that do not exist, duplicate titles, and what an
 * article's MDX may contain (known components only, pictures that exist, no scripts, no
 * javascript: links). Pure: plain data in, problems out. The build stops on any of them; the
 * content doctor reports them with line and column.
 */

export interface CheckedEntry {
	id: string;
	file: string;
}

export interface CheckedArticle extends CheckedEntry {
	/** The whole file as written, so problems can give real line numbers. */
	source: string;
	title: string;
	section: string;
	series?: string | undefined;
	promos: readonly string[];
	tags: readonly string[];
}

export interface ContentIndex {
	articles: readonly CheckedArticle[];
	series: readonly CheckedEntry[];
	sections: readonly CheckedEntry[];
	promos: readonly CheckedEntry[];
	/** Paths of the pictures under content/, relative to it (articles/images/a.jpg). */
	pictures: ReadonlySet<string>;
}

export interface Problem {
	file: string;
	/** 1-based line in the file, when the problem is at one place. */
	line?: number | undefined;
	column?: number | undefined;
	field: string;
	message: string;
}

/** The components an article may use without importing them (the page passes them in). */
export const MDX_COMPONENTS = ['PullQuote', 'Figure', 'Promo'] as const;
/** HTML that runs code or embeds other sites: never in an article. */
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta'];

const PROMO_TAG = /<Promo\b[^>]*?\bid\s*=\s*["']([^"']*)["']/g;
const FIGURE_TAG = /<Figure\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']/g;
const COMPONENT_TAG = /<([A-Z][\w.]*)/g;
const HTML_TAG = /<([a-z][\w-]*)\b/g;
const UNSAFE_LINK = /(?:\]\(\s*<?|\bhref\s*=\s*["'{]\s*["'`]?)\s*((?:javascript|vbscript|data):)/gi;
/** Event handlers (onclick, onerror…) and addresses computed by code, in any tag. */
const EVENT_ATTRIBUTE = /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/g;
const COMPUTED_ADDRESS = /<[A-Za-z][^>]*?\s(href|src)\s*=\s*\{/g;

/** The path under content/ that `<Figure src>` names (the component accepts a leading content/ or ./). */
export function picturePath(src: string): string {
	return src.replace(/^\.?\/?(content\/)?/, '');
}

/** `file:line: field: message`, the one-line form the build prints. */
export function formatProblem(problem: Problem): string {
	return problemLine(problem.line ? `${problem.file}:${problem.line}` : problem.file, problem.field, problem.message);
}

function unknownId(kind: string, id: string, known: readonly CheckedEntry[]): string {
	const choices = known.map((entry) => entry.id).join('、') || '（暂无）';
	return `找不到${kind}「${id}」，应为以下之一：${choices}`;
}

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function articleTextProblems(article: CheckedArticle, index: ContentIndex, promoIds: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	const { source } = article;
	// Only the text after the frontmatter: its fields are checked by the schema.
	const { body, bodyStart: start } = splitFrontmatter(source);
	const at = (offset: number, field: string, message: string) =>
		problems.push({ file: article.file, ...position(source, start + offset), field, message });

	const placed = new Set(article.promos);
	for (const match of body.matchAll(PROMO_TAG)) {
		const id = match[1] ?? '';
		if (!promoIds.has(id)) at(match.index, '<Promo id>', unknownId('广告', id, index.promos));
		else if (placed.has(id)) at(match.index, '<Promo id>', `广告「${id}」在本文中已经出现过，同一广告每篇只放一次`);
		placed.add(id);
	}
	for (const match of body.matchAll(FIGURE_TAG)) {
		const path = picturePath(match[1] ?? '');
		if (!index.pictures.has(path)) {
			at(
				match.index,
				'<Figure src>',
				`找不到图片 content/${path}，应为 content/ 下的 .jpg、.png、.webp、.avif 或 .gif 文件，如 articles/images/photo.jpg`,
			);
		}
	}
	for (const match of body.matchAll(COMPONENT_TAG)) {
		const name = match[1] ?? '';
		if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
			at(match.index, `<${name}>`, `没有「${name}」这个组件；文章里可以用的是 ${MDX_COMPONENTS.map((c) => `<${c}>`).join('、')}`);
		}
	}
	for (const match of body.matchAll(HTML_TAG)) {
		const tag = (match[1] ?? '').toLowerCase();
		if (FORBIDDEN_TAGS.includes(tag))
			at(match.index, `<${tag}>`, `文章里不能有 <${tag}>：它会在读者的浏览器里运行代码或嵌入别的网站`);
	}
	for (const match of body.matchAll(EVENT_ATTRIBUTE)) {
		at(match.index, match[1] ?? 'on…', `文章里的标签不能带 ${match[1]}：它会在读者的浏览器里运行代码`);
	}
	for (const match of body.matchAll(COMPUTED_ADDRESS)) {
		at(match.index, match[1] ?? 'href', `${match[1]} 请直接写成网址文字，如 href="https://…"，不要用 {…} 计算`);
	}
	for (const match of body.matchAll(UNSAFE_LINK)) {
		at(match.index, '链接', `链接不能以 ${match[1]} 开头；应为 https:// 开头的网址`);
	}
	return problems;
}

export function findContentProblems(index: ContentIndex): Problem[] {
	const problems: Problem[] = [];
	const ids = (entries: readonly CheckedEntry[]) => new Set(entries.map((entry) => entry.id));
	const [seriesIds, sectionIds, promoIds] = [ids(index.series), ids(index.sections), ids(index.promos)];

	for (const entry of [...index.articles, ...index.series, ...index.sections, ...index.promos]) {
		if (!isValidId(entry.id)) {
			problems.push({
				file: entry.file,
				field: 'id',
				message: `编号「${entry.id}」应为小写英文字母、数字和连字符（如 saohei-chu-e），中文写在字段里`,
			});
		}
	}
	const titles = new Map<string, string>();
	for (const article of index.articles) {
		const field = (name: string, message: string) => problems.push({ file: article.file, field: name, message });
		if (!sectionIds.has(article.section)) field('section', unknownId('栏目', article.section, index.sections));
		if (article.series !== undefined && !seriesIds.has(article.series))
			field('series', unknownId('系列', article.series, index.series));
		for (const promo of article.promos) {
			if (!promoIds.has(promo)) field('promos', unknownId('广告', promo, index.promos));
		}
		const twin = titles.get(article.title);
		if (twin) field('title', `标题与 ${twin} 重复：「${article.title}」；每篇文章的标题应不同`);
		else titles.set(article.title, article.file);
		problems.push(...articleTextProblems(article, index, promoIds));
	}
	problems.push(...tagSlugClashes(index.articles));
	return problems;
}

/** Two spellings whose pinyin slug is the same would share one tag page: 政治 and 正直 both give zheng-zhi. */
function tagSlugClashes(articles: readonly CheckedArticle[]): Problem[] {
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
			return {
				file: firstFile,
				field: 'tags',
				message: `标签「${first}」与${clash}的网址都是 /tags/${slug}/，请统一写法或改用其他标签`,
			};
		});
}
