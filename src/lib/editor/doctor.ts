/**
 * The content doctor: reads every file under content/ as an editor wrote it and says, with line
 * and column, what is wrong and how to put it right. Pure: files in, diagnostics and fixes out
 * (the command in src/cli/ reads and writes the disk).
 */
import { FAILSAFE_SCHEMA, load as loadYaml } from 'js-yaml';
import { findTextIssues, fixPunctuationWidth, isPrintBreak } from './cjk-text';
import { findContentProblems, MDX_COMPONENTS } from '../content/content-check';
import { parseContentDate } from '../dates';
import { mapProse, proseRanges, splitFrontmatter } from './mdx-regions';
import { isValidPhone } from '../phone';
import { promoStatus } from '../site/promos';
import { idFromPath } from '../slug';

export const SUMMARY_LIMIT = 120;
/** Days ahead in which an ad's end is worth a warning. */
export const EXPIRY_NOTICE_DAYS = 14;

export interface ContentFile {
	/** Path from the project root, e.g. content/articles/x.mdx. */
	path: string;
	bytes: Uint8Array;
}

export interface Diagnostic {
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	problem: string;
	suggestion: string;
}

interface Parsed {
	path: string;
	text: string;
	data: Record<string, unknown>;
	/** Where the YAML (frontmatter or whole file) starts in `text`. */
	yamlStart: number;
	yamlText: string;
	body?: { text: string; start: number } | undefined;
}

/** A YAML line's value, after `key: ` or `- `; comments and web addresses are not text to check. */
const YAML_VALUE = /^(\s*(?:-\s+)?[\w.]*\s*:?\s+)(?!#|https?:)(.*)$/;

const TEXT_PROBLEMS = {
	'half-width-punctuation': { severity: 'error', problem: '中文里用了半角标点', fix: true },
	'straight-quote': { severity: 'warning', problem: '中文里用了英文直引号', fix: false },
	'latin-spacing': { severity: 'warning', problem: '中文与英文字母或数字之间有空格（本报不加空格）', fix: false },
} as const;

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index).split('\n');
	return { line: before.length, column: [...(before.at(-1) ?? '')].length + 1 };
}

/** Line of a top-level `key:` in the YAML part, for problems about a field. */
function fieldPosition(file: Parsed, key: string): { line: number; column: number } {
	const match = new RegExp(`^${key.replace(/\./g, '\\.')}\\s*:`, 'm').exec(file.yamlText);
	return match ? position(file.text, file.yamlStart + match.index) : { line: 1, column: 1 };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parse(file: ContentFile, diagnostics: Diagnostic[]): Parsed | undefined {
	let text: string;
	try {
		text = decoder.decode(file.bytes);
	} catch {
		diagnostics.push({
			file: file.path,
			line: 1,
			column: 1,
			severity: 'error',
			problem: '文件不是 UTF-8 编码（可能存成了 GBK）',
			suggestion: '在编辑器里用“另存为”选 UTF-8 编码保存',
		});
		return undefined;
	}
	const isMdx = file.path.endsWith('.mdx');
	const split = isMdx ? splitFrontmatter(text) : undefined;
	const yamlText = split ? (split.frontmatter ?? '') : text.replace(/^\uFEFF/, '');
	const yamlStart = split ? split.frontmatterStart : text.startsWith('\uFEFF') ? 1 : 0;
	if (isMdx && split?.frontmatter === undefined) {
		diagnostics.push({
			file: file.path,
			line: 1,
			column: 1,
			severity: 'error',
			problem: '文章开头没有 --- 包围的字段区',
			suggestion: '第一行写 ---，接着写 title、summary 等字段，再写一行 ---',
		});
	}
	let data: unknown;
	try {
		data = loadYaml(yamlText, { schema: FAILSAFE_SCHEMA });
	} catch (error) {
		const mark = (error as { mark?: { line: number; column: number } }).mark;
		const at = position(text, yamlStart);
		diagnostics.push({
			file: file.path,
			line: at.line + (mark?.line ?? 0),
			column: (mark?.column ?? 0) + 1,
			severity: 'error',
			problem: `字段写法有误：${(error as Error).message.split('\n')[0]}`,
			suggestion: '检查冒号后的空格、缩进和引号是否成对',
		});
		return undefined;
	}
	return {
		path: file.path,
		text,
		data: (data && typeof data === 'object' ? data : {}) as Record<string, unknown>,
		yamlStart,
		yamlText,
		body: split && split.frontmatter !== undefined ? { text: split.body, start: split.bodyStart } : undefined,
	};
}

/** Chinese-text problems in the YAML values and the MDX prose. */
function textDiagnostics(file: Parsed): Diagnostic[] {
	const found: Diagnostic[] = [];
	const report = (offset: number, text: string) => {
		for (const issue of findTextIssues(text)) {
			const kind = TEXT_PROBLEMS[issue.kind];
			found.push({
				file: file.path,
				...position(file.text, offset + issue.index),
				severity: kind.severity,
				problem: `${kind.problem}「${issue.found.trim() || '空格'}」`,
				suggestion: issue.replacement ? `改为「${issue.replacement}」${kind.fix ? '（--fix 可自动改）' : ''}` : '删去空格',
			});
		}
	};
	let offset = file.yamlStart;
	for (const line of file.yamlText.split('\n')) {
		const value = YAML_VALUE.exec(line);
		if (value) report(offset + (value[1] ?? '').length, value[2] ?? '');
		offset += line.length + 1;
	}
	if (file.body)
		for (const [start, end] of proseRanges(file.body.text)) report(file.body.start + start, file.body.text.slice(start, end));
	return found;
}

/** Paragraphs of an MDX body that are prose (not headings, lists, quotes, tags or code). */
function paragraphs(body: string): { text: string; start: number }[] {
	const blocks: { text: string; start: number }[] = [];
	const pattern = /(?:^|\n)([^\n][\s\S]*?)(?=\n[ \t]*\r?\n|\s*$)/g;
	for (const match of body.matchAll(pattern)) {
		const text = match[1] ?? '';
		if (text.trim() === '') continue;
		blocks.push({ text, start: match.index + match[0].length - text.length });
	}
	return blocks;
}

function printBreaks(body: string): { end: number; next: number }[] {
	const blocks = paragraphs(body);
	const breaks: { end: number; next: number }[] = [];
	blocks.forEach((block, index) => {
		const next = blocks[index + 1];
		if (next && isPrintBreak(block.text, next.text)) {
			breaks.push({ end: block.start + block.text.trimEnd().length, next: next.start });
		}
	});
	return breaks;
}

function articleDiagnostics(file: Parsed): Diagnostic[] {
	const found: Diagnostic[] = [];
	const at = (key: string, severity: Diagnostic['severity'], problem: string, suggestion: string) =>
		found.push({ file: file.path, ...fieldPosition(file, key), severity, problem, suggestion });
	const { data } = file;
	for (const key of ['title', 'summary', 'pubDate', 'section']) {
		if (typeof data[key] !== 'string' || !data[key].trim()) at(key, 'error', `缺少必填字段 ${key}`, `补上 ${key}: …`);
	}
	const summary = typeof data['summary'] === 'string' ? data['summary'] : '';
	if ([...summary].length > SUMMARY_LIMIT)
		at('summary', 'error', `摘要有 ${[...summary].length} 个字，超过 ${SUMMARY_LIMIT} 个`, `删减到 ${SUMMARY_LIMIT} 个字以内`);
	for (const key of ['pubDate', 'updatedDate']) {
		if (typeof data[key] === 'string' && !parseContentDate(data[key]))
			at(key, 'error', `日期「${data[key]}」无效`, '写成 2019-07-01 或 2019-07-01T08:30:00+08:00');
	}
	if (data['cover'] !== undefined && !data['coverAlt'])
		at('cover', 'error', '有封面图但没有图片说明 coverAlt', '加一行 coverAlt: 写清图上是什么');
	if (file.body) {
		for (const { end } of printBreaks(file.body.text)) {
			found.push({
				file: file.path,
				...position(file.text, file.body.start + end),
				severity: 'error',
				problem: '段落在句子中间断开（排版分栏留下的断行）',
				suggestion: '与下一段合并为一段（--fix 可自动合并）',
			});
		}
		for (const match of file.body.text.matchAll(/<Figure\b[^>]*>/g)) {
			const where = position(file.text, file.body.start + match.index);
			if (!/\balt\s*=\s*["'][^"']+["']/.test(match[0]))
				found.push({
					file: file.path,
					...where,
					severity: 'error',
					problem: '<Figure> 缺少 alt（图片说明）',
					suggestion: '加上 alt="图上是什么"',
				});
			if (!/\bcaption\s*=/.test(match[0]))
				found.push({
					file: file.path,
					...where,
					severity: 'warning',
					problem: '<Figure> 没有图注 caption',
					suggestion: '加上 caption="图注"',
				});
		}
	}
	return found;
}

function promoDiagnostics(file: Parsed, now: Date): Diagnostic[] {
	const found: Diagnostic[] = [];
	const { data } = file;
	const at = (key: string, severity: Diagnostic['severity'], problem: string, suggestion: string) =>
		found.push({ file: file.path, ...fieldPosition(file, key), severity, problem, suggestion });
	const qr = data['qr'] as Record<string, unknown> | undefined;
	if (qr && !qr['alt']) at('qr', 'error', '二维码缺少图片说明 qr.alt', '在 qr 下加 alt: 写清二维码通向哪里');
	if (qr && !qr['caption']) at('qr', 'error', '二维码缺少说明文字 qr.caption', '在 qr 下加 caption: 如“扫描二维码 了解详细行程”');
	const people = ((data['contacts'] as Record<string, unknown> | undefined)?.['people'] ?? []) as Record<string, unknown>[];
	for (const person of people) {
		const phone = String(person['phone'] ?? '');
		if (isValidPhone(phone)) continue;
		const index = file.text.indexOf(phone, file.yamlStart);
		found.push({
			file: file.path,
			...position(file.text, index < 0 ? 0 : index),
			severity: 'error',
			problem: `电话「${phone}」无效`,
			suggestion: '写 11 位手机号（如 13304743215）或带区号的固定电话（如 0474-8888888）',
		});
	}
	const validity = {
		validFrom: typeof data['validFrom'] === 'string' ? parseContentDate(data['validFrom']) : undefined,
		validThrough:
			typeof data['validThrough'] === 'string' ? parseContentDate(data['validThrough'], { endOfDay: true }) : undefined,
	};
	const status = promoStatus(validity, now);
	if (status === 'expired')
		at('validThrough', 'warning', '广告已过期，不会再显示', '续期就改 validThrough，不再投放可删除此文件');
	else if (validity.validThrough && validity.validThrough.getTime() - now.getTime() < EXPIRY_NOTICE_DAYS * 86_400_000) {
		at('validThrough', 'warning', `广告将在 ${EXPIRY_NOTICE_DAYS} 天内到期`, '需要续期的话请改 validThrough');
	}
	return found;
}

/** Every problem in the content, errors and warnings, in file and line order. */
export function checkContent(files: readonly ContentFile[], now: Date = new Date()): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const parsed = files.flatMap((file) =>
		/\.(mdx|ya?ml)$/.test(file.path) ? [parse(file, diagnostics)].filter((p): p is Parsed => !!p) : [],
	);
	const kind = (folder: string) => parsed.filter((file) => file.path.startsWith(`content/${folder}/`));
	const [articles, promos] = [kind('articles'), kind('promos')];
	for (const file of parsed) diagnostics.push(...textDiagnostics(file));
	for (const file of articles) diagnostics.push(...articleDiagnostics(file));
	for (const file of promos) diagnostics.push(...promoDiagnostics(file, now));

	const sectionsFile = parsed.find((file) => file.path === 'content/sections.yaml');
	const sections = (Array.isArray(sectionsFile?.data) ? (sectionsFile.data as Record<string, unknown>[]) : []).map((section) => ({
		id: String(section['id'] ?? ''),
		file: 'content/sections.yaml',
	}));
	const entry = (file: Parsed) => ({ id: idFromPath(file.path), file: file.path });
	const problems = findContentProblems({
		articles: articles.map((file) => ({
			...entry(file),
			source: file.text,
			title: String(file.data['title'] ?? ''),
			section: String(file.data['section'] ?? ''),
			series: file.data['series'] === undefined ? undefined : String(file.data['series']),
			promos: Array.isArray(file.data['promos']) ? file.data['promos'].map(String) : [],
			tags: Array.isArray(file.data['tags']) ? file.data['tags'].map(String) : [],
		})),
		series: kind('series').map(entry),
		sections,
		promos: promos.map(entry),
		pictures: new Set(
			files.map((file) => file.path.replace(/^content\//, '')).filter((path) => /\.(jpe?g|png|webp|avif|gif)$/i.test(path)),
		),
	});
	for (const problem of problems) {
		const file = parsed.find((candidate) => candidate.path === problem.file);
		const where = problem.line
			? { line: problem.line, column: problem.column ?? 1 }
			: file
				? fieldPosition(file, problem.field)
				: { line: 1, column: 1 };
		diagnostics.push({
			file: problem.file,
			...where,
			severity: 'error',
			problem: `${problem.field}：${problem.message}`,
			suggestion: suggestionFor(problem.field),
		});
	}
	return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function suggestionFor(field: string): string {
	if (field.startsWith('<') && !MDX_COMPONENTS.some((name) => field === `<${name}>`)) return '删去这个标签';
	return '按提示改正';
}

export interface Fix {
	text: string;
	/** What changed: where, before, after. */
	changes: { line: number; before: string; after: string }[];
}

/**
 * The safe fixes only: half-width punctuation in Chinese becomes full-width (YAML values and
 * MDX prose, never code), and paragraphs cut by print breaks are joined. Returns undefined
 * when nothing changes or the file cannot be read as UTF-8.
 */
export function fixContent(file: ContentFile): Fix | undefined {
	let text: string;
	try {
		text = decoder.decode(file.bytes);
	} catch {
		return undefined;
	}
	if (!/\.(mdx|ya?ml)$/.test(file.path)) return undefined;
	// Punctuation first: it never adds or removes a line, so changes can be shown line by line.
	const split = file.path.endsWith('.mdx') ? splitFrontmatter(text) : undefined;
	const punctuated = split
		? fixYamlValues(text.slice(0, split.bodyStart)) + mapProse(split.body, fixPunctuationWidth)
		: fixYamlValues(text);
	const [oldLines, newLines] = [text.split('\n'), punctuated.split('\n')];
	const changes: Fix['changes'] = oldLines.flatMap((line, index) =>
		line === newLines[index] ? [] : [{ line: index + 1, before: line, after: newLines[index] ?? '' }],
	);
	let fixed = punctuated;
	if (split) {
		const bodyStart = splitFrontmatter(punctuated).bodyStart;
		let body = punctuated.slice(bodyStart);
		for (const { end, next } of printBreaks(body).reverse()) {
			const { line } = position(punctuated, bodyStart + end);
			changes.push({
				line,
				before: `${body.slice(Math.max(0, end - 12), end)}⏎…⏎${body.slice(next, next + 12)}`,
				after: `${body.slice(Math.max(0, end - 12), end)}${body.slice(next, next + 12)}`,
			});
			body = body.slice(0, end) + body.slice(next);
		}
		fixed = punctuated.slice(0, bodyStart) + body;
	}
	return fixed === text ? undefined : { text: fixed, changes: changes.sort((a, b) => a.line - b.line) };
}

function fixYamlValues(yamlText: string): string {
	return yamlText
		.split('\n')
		.map((line) => line.replace(YAML_VALUE, (_m, key: string, value: string) => key + fixPunctuationWidth(value)))
		.join('\n');
}
