/**
 * The content gate: one verdict on everything under content/, run by the build before Astro
 * reads a single file (lib/pipeline/content-gate.ts) and by `npm run content:check`, so both give
 * the same errors in the same words. Files in, diagnostics out; it reads nothing else.
 *
 * It decides: which files are content and what their ids are (inventory.ts), that each file is
 * UTF-8 text with well-formed YAML (source.ts), every field (schema.ts), what an article's MDX
 * may contain (mdx-subset.ts), that every picture exists and decodes (pictures.ts), and that
 * references between files resolve.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import { didYouMean, nearest } from './nearest';
import { type Diagnostic, positionAt, sortDiagnostics } from './diagnostics';
import { type EntryKind, type InventoryEntry, takeInventory } from './inventory';
import { componentUses, mdxSubsetProblems, parseMdx } from './mdx-subset';
import { parsePlainMarkdown, plainMarkdownProblems } from './plain-markdown';
import { ARTICLE_FOLDER, PICTURE_RULE, pictureProblem, picturePathFrom, picturePathProblem, resolvePicture } from './pictures';
import { articleSchema, promoSchema, sectionSchema, seriesSchema } from './schema';
import { type ContentFile, type ContentSource, fieldOffset, readSource, valueOffset } from './source';

export type { ContentFile } from './source';

/** The schemas as the check runs them: pictures and references are path and id strings, checked below. */
const tools = {
	image: () => z.string({ error: '图片应写成路径，如 ./images/photo.jpg' }),
	reference: () => z.string({ error: '应为编号，如 politics-law' }),
};
const SCHEMAS = {
	article: articleSchema(tools),
	series: seriesSchema(),
	promo: promoSchema(tools),
	sections: z.array(sectionSchema(), { error: 'sections.yaml 应为栏目列表，每项以 - id: 开头' }),
} satisfies Record<EntryKind, z.ZodType>;

type ArticleData = z.output<typeof SCHEMAS.article>;
type PromoData = z.output<typeof SCHEMAS.promo>;

export interface CheckResult {
	diagnostics: Diagnostic[];
	/** Every content file that could be read, by path. */
	sources: ReadonlyMap<string, ContentSource>;
	/** What the schema made of each valid file, by path (promos' dates parsed, defaults applied). */
	parsed: ReadonlyMap<string, unknown>;
	/** Each article body's MDX syntax tree, by path, for rules layered on top (the doctor's). */
	trees: ReadonlyMap<string, Root>;
}

class Report {
	readonly diagnostics: Diagnostic[] = [];
	constructor(private readonly sources: Map<string, ContentSource>) {}

	at(file: string, offset: number, field: string, problem: string, suggestion = '', severity: Diagnostic['severity'] = 'error') {
		const text = this.sources.get(file)?.text ?? '';
		this.diagnostics.push({ file, ...positionAt(text, offset), severity, field, problem, suggestion });
	}

	field(file: string, path: readonly PropertyKey[], problem: string, suggestion = '') {
		const source = this.sources.get(file);
		this.at(file, source ? fieldOffset(source, path) : 0, path.map(String).join('.'), problem, suggestion);
	}
}

function schemaIssues(report: Report, file: string, issues: readonly z.core.$ZodIssue[]) {
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') for (const key of issue.keys) report.field(file, [...issue.path, key], issue.message);
		else report.field(file, issue.path, issue.message);
	}
}

/**
 * The fields other files are named by, read straight from a file the schema refused (a wrong date,
 * say), so its references are still checked in the same run: one run, every problem. A value of
 * the wrong type is left out (the schema has said so already).
 */
export function referencesOf(data: unknown): {
	section: string | undefined;
	series: string | undefined;
	promos: (string | undefined)[];
	cover: string | undefined;
	qrImage: string | undefined;
} {
	const fields = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	const qr = fields['qr'];
	return {
		section: text(fields['section']),
		series: text(fields['series']),
		promos: Array.isArray(fields['promos']) ? fields['promos'].map(text) : [],
		cover: text(fields['cover']),
		qrImage: qr !== null && typeof qr === 'object' ? text((qr as Record<string, unknown>)['image']) : undefined,
	};
}

/**
 * The picture a path that misses probably meant, as the file would write it: by file name (the
 * same, or the nearest), and of several so named, the one under the file's own folder.
 */
export function nearestPicture(missing: string, base: string, pictures: readonly string[]): string | undefined {
	const names = new Set(pictures.map((path) => posix.basename(path)));
	const missingName = posix.basename(missing);
	const name = names.has(missingName) ? missingName : (nearest(missingName, names) ?? missingName);
	const named = pictures.map((path) => picturePathFrom(base, path)).filter((path) => posix.basename(path) === name);
	return named.find((path) => path.startsWith('./')) ?? named[0];
}

/** An id that names nothing: the nearest one there is, else the list of them. */
const unknownId = (notFound: string, id: string, known: readonly string[]) => {
	const guess = nearest(id, known);
	return guess === undefined
		? `${notFound}「${id}」，应为以下之一：${known.join('、') || '（暂无）'}`
		: `${notFound}「${id}」，${didYouMean(guess)}`;
};

export async function checkContent(files: readonly ContentFile[]): Promise<CheckResult> {
	const inventory = takeInventory(files.map((file) => file.path));
	const sources = new Map<string, ContentSource>();
	const parsed = new Map<string, unknown>();
	const trees = new Map<string, Root>();
	const report = new Report(sources);
	report.diagnostics.push(...inventory.diagnostics);
	const bytes = new Map(files.map((file) => [file.path, file.bytes]));
	const ofKind = (kind: InventoryEntry['kind']) => inventory.entries.filter((entry) => entry.kind === kind);
	/** A file that could not be read whole may use any picture: none is then called unused. */
	let unread = false;

	for (const entry of inventory.entries) {
		if (entry.kind === 'picture') continue;
		const { source, diagnostics } = readSource({ path: entry.path, bytes: bytes.get(entry.path) ?? new Uint8Array() });
		report.diagnostics.push(...diagnostics);
		if (!source) {
			unread = true;
			continue;
		}
		sources.set(entry.path, source);
		const result = SCHEMAS[entry.kind].safeParse(source.yaml.data);
		if (result.success) parsed.set(entry.path, result.data);
		else schemaIssues(report, entry.path, result.error.issues);
	}

	// Ids each collection holds; sections are entries of one file.
	const sectionIds = new Map<string, number>();
	/** Each section's id by its Chinese name, for an article that names its section as readers see it. */
	const sectionByName = new Map<string, string>();
	for (const entry of ofKind('sections')) {
		((parsed.get(entry.path) ?? []) as { id: string; name: string }[]).forEach((section, index) => {
			if (!sectionByName.has(section.name)) sectionByName.set(section.name, section.id);
			const first = sectionIds.get(section.id);
			if (first === undefined) sectionIds.set(section.id, index);
			else report.field(entry.path, [index, 'id'], `栏目编号「${section.id}」重复（第 ${first + 1} 项已用过）`, '每个栏目的编号应不同');
		});
	}
	if (ofKind('sections').length === 0)
		report.at('content/sections.yaml', 0, '', '缺少栏目文件 content/sections.yaml', '新建它，列出各栏目的 id 和 name');
	const seriesIds = ofKind('series').map((entry) => entry.id);
	const promoIds = ofKind('promo').map((entry) => entry.id);
	const pictures = new Map(ofKind('picture').map((entry) => [entry.path, entry]));
	type Complain = (problem: string, suggestion: string) => void;
	/** Where each picture is used, to report a picture that does not decode at the field naming it. */
	const uses = new Map<string, Complain[]>();

	/** A field or attribute naming a picture: the path is sound, the file is there. */
	const picture = (path: string, base: string, complain: Complain) => {
		const problem = picturePathProblem(path, base);
		if (problem) return complain(problem, PICTURE_RULE);
		const resolved = resolvePicture(path, base);
		if (!pictures.has(resolved)) {
			const guess = nearestPicture(resolved, base, [...pictures.keys()]);
			return complain(`找不到图片 ${resolved}`, `${guess ? `${didYouMean(guess)}` : ''}${PICTURE_RULE}`);
		}
		uses.set(resolved, [...(uses.get(resolved) ?? []), complain]);
	};

	const titles = new Map<string, string[]>();
	for (const entry of ofKind('article')) {
		const source = sources.get(entry.path);
		const data = parsed.get(entry.path) as ArticleData | undefined;
		if (!source?.body) continue;
		const { body } = source;
		const at = (offset: number, field: string, problem: string, suggestion = '') =>
			report.at(entry.path, body.start + offset, field, problem, suggestion);

		let tree: Root | undefined;
		try {
			tree = parseMdx(body.text);
		} catch (error) {
			const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place;
			const offset = place?.start?.offset ?? place?.offset ?? 0;
			// MDX's reason gives places within the body; the diagnostic gives the place in the file.
			const reason = ((error as { reason?: string }).reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '');
			at(offset, 'MDX', `正文写法有误（${reason}）`, '检查标签是否成对闭合；正文里的 < 和 { 请写成全角 ＜ ｛');
			unread = true;
		}
		const refs = referencesOf(source.yaml.data);
		const placed = new Set(refs.promos);
		if (tree) {
			trees.set(entry.path, tree);
			for (const problem of mdxSubsetProblems(tree)) at(problem.offset, problem.field, problem.problem, problem.suggestion);
			for (const { offset, props } of componentUses(tree, 'Figure')) {
				if (props['src'] !== undefined)
					picture(props['src'], ARTICLE_FOLDER, (problem, suggestion) => at(offset, '<Figure src>', problem, suggestion));
			}
			for (const { offset, props } of componentUses(tree, 'Promo')) {
				const id = props['id'];
				if (id === undefined) continue;
				if (!promoIds.includes(id)) at(offset, '<Promo id>', unknownId('找不到广告', id, promoIds));
				else if (placed.has(id)) at(offset, '<Promo id>', `广告「${id}」在本文中已经出现过`, '同一广告每篇只放一次');
				placed.add(id);
			}
		}

		// References are checked from the file as written, even when another field is wrong.
		const named = refs.section === undefined ? undefined : sectionByName.get(refs.section);
		if (refs.section !== undefined && named !== undefined && !sectionIds.has(refs.section))
			report.field(
				entry.path,
				['section'],
				`栏目要写编号，不写名称：「${refs.section}」栏目的编号是 ${named}`,
				`改为 section: ${named}（--fix 可自动改）`,
			);
		else if (refs.section !== undefined && !sectionIds.has(refs.section))
			report.field(entry.path, ['section'], unknownId('找不到栏目', refs.section, [...sectionIds.keys()]));
		if (refs.series !== undefined && !seriesIds.includes(refs.series))
			report.field(entry.path, ['series'], unknownId('找不到系列', refs.series, seriesIds));
		refs.promos.forEach((id, index) => {
			if (id !== undefined && !promoIds.includes(id)) report.field(entry.path, ['promos', index], unknownId('找不到广告', id, promoIds));
		});
		if (refs.cover !== undefined)
			picture(refs.cover, posix.dirname(entry.path), (problem, suggestion) => report.field(entry.path, ['cover'], problem, suggestion));
		if (!data) continue;
		titles.set(data.title, [...(titles.get(data.title) ?? []), entry.path]);
	}

	for (const [title, paths] of titles) {
		if (paths.length < 2) continue;
		for (const path of paths) {
			const others = paths.filter((other) => other !== path).join('、');
			report.field(path, ['title'], `标题与 ${others} 重复：「${title}」`, '每篇文章的标题应不同');
		}
	}

	for (const entry of ofKind('promo')) {
		const data = parsed.get(entry.path) as PromoData | undefined;
		const source = sources.get(entry.path);
		if (data?.details !== undefined && source) {
			// The schema trimmed the text; the place is found in the text as written.
			const written = (source.yaml.data as { details: string }).details;
			const lead = written.length - written.trimStart().length;
			for (const problem of plainMarkdownProblems(parsePlainMarkdown(data.details)))
				report.at(entry.path, valueOffset(source, ['details'], lead + problem.offset), 'details', problem.problem, problem.suggestion);
		}
		const image = source && referencesOf(source.yaml.data).qrImage;
		if (image !== undefined)
			picture(image, posix.dirname(entry.path), (problem, suggestion) =>
				report.field(entry.path, ['qr', 'image'], problem, suggestion),
			);
	}

	// Every picture is decoded, used or not: nothing unreadable sits in content/ to be shipped later.
	await Promise.all(
		[...pictures.keys()].map(async (path) => {
			const problem = await pictureProblem(bytes.get(path) ?? new Uint8Array());
			const fix = '用看图软件打开确认，重新导出为 .jpg 或 .png';
			if (problem) {
				report.at(path, 0, '', problem, fix);
				for (const complain of uses.get(path) ?? []) complain(`图片 ${path} 不能用：${problem}`, fix);
			} else if (!uses.has(path) && !unread)
				report.at(path, 0, '', '这张图片没有被任何文章或广告使用，不会被发布', '在文章里用 <Figure> 或 cover 引用它，或删除', 'warning');
		}),
	);

	return { diagnostics: sortDiagnostics(report.diagnostics), sources, parsed, trees };
}
