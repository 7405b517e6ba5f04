/**
 * The content doctor: the content gate's verdict (lib/content/check.ts, the same one the build
 * runs) plus what only a newspaper's house style can say: Chinese punctuation and spacing,
 * paragraphs cut by print breaks, a picture without a caption, ads about to expire. Pure: files
 * in, diagnostics and fixes out (the command in src/cli/ reads and writes the disk).
 */
import { checkContent, type ContentFile } from '../content/check';
import { type Diagnostic, positionAt, sortDiagnostics } from '../content/diagnostics';
import type { Root } from 'mdast';
import { componentUses } from '../content/mdx-subset';
import {
	type ContentSource,
	fieldOffset,
	parseYaml,
	readSource,
	scalarOffset,
	splitFrontmatter,
	yamlStrings,
} from '../content/source';
import { isMap, isScalar, isSeq } from 'yaml';
import { mendFieldColons } from '../content/yaml-words';
import { DATE_FIELDS, halfWidthLatin, isoDay, pairQuotesByLine } from './mechanical-fixes';
import { promoStatus } from '../site/promos';
import { findTextIssues, fixPunctuationWidth, isPrintBreak } from './cjk-text';
import { mapProse, proseRanges } from './mdx-regions';

export type { ContentFile } from '../content/check';

/** Days ahead in which an ad's end is worth a warning. */
export const EXPIRY_NOTICE_DAYS = 14;

const TEXT_PROBLEMS = {
	'half-width-punctuation': { severity: 'error', problem: '中文里用了半角标点', fix: '（--fix 可自动改）' },
	// --fix changes straight quotes only in pairs: which of “ and ” a lone one is, it cannot know.
	'straight-quote': { severity: 'warning', problem: '中文里用了英文直引号', fix: '（成对的，--fix 可自动改）' },
	'latin-spacing': { severity: 'warning', problem: '中文与英文字母或数字之间有空格（本报不加空格）', fix: '' },
} as const;

/** Chinese-text problems in the YAML string values and the MDX prose. */
function textDiagnostics(source: ContentSource): Diagnostic[] {
	const found: Diagnostic[] = [];
	const report = (place: (index: number) => number, text: string) => {
		for (const issue of findTextIssues(text)) {
			const kind = TEXT_PROBLEMS[issue.kind];
			found.push({
				file: source.path,
				...positionAt(source.text, place(issue.index)),
				severity: kind.severity,
				field: '',
				problem: `${kind.problem}「${issue.found.trim() || '空格'}」`,
				suggestion: issue.replacement ? `改为「${issue.replacement}」${kind.fix}` : '删去空格',
			});
		}
	};
	// URLs are not Chinese text (a phone's digits and a link's punctuation are left alone).
	for (const { value, place } of yamlStrings(source)) if (!/^[a-z]+:/i.test(value)) report(place, value);
	const body = source.body;
	if (body)
		for (const [start, end] of proseRanges(body.text)) report((index) => body.start + start + index, body.text.slice(start, end));
	return found;
}

/** Paragraphs of an MDX body that are prose (not headings, lists, quotes, tags or code). */
function paragraphs(body: string): { text: string; start: number }[] {
	const blocks: { text: string; start: number }[] = [];
	const pattern = /(?:^|\n)([^\n][\s\S]*?)(?=\n[ \t]*\r?\n|\s*$)/g;
	for (const match of body.matchAll(pattern)) {
		// A paragraph starts at its first character: a blank line's spaces or \r, or an indent, are not in it.
		const text = (match[1] ?? '').trimStart();
		if (text === '') continue;
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

function articleDiagnostics(source: ContentSource, tree: Root | undefined): Diagnostic[] {
	const body = source.body;
	if (!body) return [];
	const at = (offset: number, severity: Diagnostic['severity'], field: string, problem: string, suggestion: string) => ({
		file: source.path,
		...positionAt(source.text, body.start + offset),
		severity,
		field,
		problem,
		suggestion,
	});
	const found: Diagnostic[] = printBreaks(body.text).map(({ end }) =>
		at(end, 'error', '', '段落在句子中间断开（排版分栏留下的断行）', '与下一段合并为一段（--fix 可自动合并）'),
	);
	if (tree)
		for (const { offset, props } of componentUses(tree, 'Figure'))
			if (!props['caption']) found.push(at(offset, 'warning', '<Figure caption>', '<Figure> 没有图注', '加上 caption="图注"'));
	return found;
}

function promoDiagnostics(source: ContentSource, data: { validFrom?: Date; validThrough?: Date }, now: Date): Diagnostic[] {
	const at = (problem: string, suggestion: string): Diagnostic => ({
		file: source.path,
		...positionAt(source.text, fieldOffset(source, ['validThrough'])),
		severity: 'warning',
		field: 'validThrough',
		problem,
		suggestion,
	});
	if (promoStatus(data, now) === 'expired') return [at('广告已过期，不会再显示', '续期就改 validThrough，不再投放可删除此文件')];
	if (data.validThrough && data.validThrough.getTime() - now.getTime() < EXPIRY_NOTICE_DAYS * 86_400_000)
		return [at(`广告将在 ${EXPIRY_NOTICE_DAYS} 天内到期`, '需要续期的话请改 validThrough')];
	return [];
}

/** Every problem in the content, errors and warnings, in file and line order. */
export async function doctorContent(files: readonly ContentFile[], now: Date = new Date()): Promise<Diagnostic[]> {
	const { diagnostics, sources, parsed, trees } = await checkContent(files);
	for (const source of sources.values()) {
		diagnostics.push(...textDiagnostics(source));
		if (source.path.startsWith('content/articles/')) diagnostics.push(...articleDiagnostics(source, trees.get(source.path)));
		const promo = parsed.get(source.path);
		if (source.path.startsWith('content/promos/') && promo)
			diagnostics.push(...promoDiagnostics(source, promo as { validFrom?: Date; validThrough?: Date }, now));
	}
	return sortDiagnostics(diagnostics);
}

export interface Fix {
	text: string;
	/** What changed: where, before, after. */
	changes: { line: number; before: string; after: string }[];
}

/** What a fix may need to know of the other files: the sections, to turn a section's name into its id. */
export interface FixContext {
	sections?: readonly { id: string; name: string }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The fix each named field's value gets, by the value's offset in the file (see mechanical-fixes.ts). */
function fieldFixes(source: ContentSource, context: FixContext): Map<number, (value: string) => string> {
	const fixes = new Map<number, (value: string) => string>();
	const root = source.yaml.root;
	if (!isMap(root)) return fixes;
	const byName = new Map((context.sections ?? []).map((section) => [section.name, section.id]));
	const at = (node: unknown, fix: (value: string) => string) => {
		if (isScalar(node) && typeof node.value === 'string' && node.range)
			fixes.set(scalarOffset(source, node.range, node.value), fix);
	};
	for (const pair of root.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if ((DATE_FIELDS as readonly string[]).includes(key)) at(pair.value, (value) => isoDay(value) ?? value);
		else if (key === 'section') at(pair.value, (value) => byName.get(value.trim()) ?? halfWidthLatin(value));
		else if (key === 'series') at(pair.value, halfWidthLatin);
		else if ((key === 'tags' || key === 'promos') && isSeq(pair.value))
			for (const item of pair.value.items) at(item, halfWidthLatin);
	}
	return fixes;
}

/**
 * The safe fixes only, each shown as the line before and after: a field name's full-width colon
 * or missing space; Chinese dates in date fields; full-width Latin in tags and ids; a section
 * written by its name; straight quotes in Chinese text, in pairs; half-width punctuation in
 * Chinese made full-width (YAML string values and MDX prose, never code or addresses); and
 * paragraphs cut by print breaks joined. Returns undefined when nothing changes or the file cannot
 * be read (the check reports why).
 */
export function fixContent(file: ContentFile, context: FixContext = {}): Fix | undefined {
	if (!/\.(mdx|yaml)$/.test(file.path)) return undefined;
	let original: string;
	try {
		original = utf8.decode(file.bytes);
	} catch {
		return undefined;
	}
	// A field name's colon is the slip that stops the fields being read at all: mended first.
	const split = file.path.endsWith('.mdx') ? splitFrontmatter(original) : { frontmatter: original, frontmatterStart: 0 };
	const yaml = split.frontmatter;
	const mended =
		yaml === undefined || parseYaml(yaml).errors.length === 0
			? original
			: original.slice(0, split.frontmatterStart) + mendFieldColons(yaml) + original.slice(split.frontmatterStart + yaml.length);
	const { source } = readSource({ path: file.path, bytes: new TextEncoder().encode(mended) });
	if (!source) return lineChanges(original, mended);
	const { text } = source;
	// Then changes within lines only, so they can be shown line by line.
	const prose = (value: string) => fixPunctuationWidth(pairQuotesByLine(value));
	let punctuated = text;
	if (source.body) punctuated = text.slice(0, source.body.start) + mapProse(source.body.text, prose);
	const fixes = fieldFixes(source, context);
	for (const { value, offset } of yamlStrings(source).reverse()) {
		// Only values written as they read (plain or simply quoted); escapes are left to the editor.
		if (punctuated.slice(offset, offset + value.length) !== value) continue;
		const fixed = fixes.get(offset)?.(value) ?? value;
		const after = /^[a-z]+:/i.test(fixed) ? fixed : prose(fixed);
		punctuated = punctuated.slice(0, offset) + after + punctuated.slice(offset + value.length);
	}
	const changes = lineChanges(original, punctuated)?.changes ?? [];
	let fixed = punctuated;
	if (source.body) {
		const bodyStart = splitFrontmatter(punctuated).bodyStart;
		let body = punctuated.slice(bodyStart);
		for (const { end, next } of printBreaks(body).reverse()) {
			const { line } = positionAt(punctuated, bodyStart + end);
			changes.push({
				line,
				before: `${body.slice(Math.max(0, end - 12), end)}⏎…⏎${body.slice(next, next + 12)}`,
				after: `${body.slice(Math.max(0, end - 12), end)}${body.slice(next, next + 12)}`,
			});
			body = body.slice(0, end) + body.slice(next);
		}
		fixed = punctuated.slice(0, bodyStart) + body;
	}
	return fixed === original ? undefined : { text: fixed, changes: changes.sort((a, b) => a.line - b.line) };
}

/** The lines that differ between two texts of as many lines, as a Fix, or undefined when none does. */
function lineChanges(before: string, after: string): Fix | undefined {
	const [oldLines, newLines] = [before.split('\n'), after.split('\n')];
	const changes = oldLines.flatMap((line, index) =>
		line === newLines[index] ? [] : [{ line: index + 1, before: line, after: newLines[index] ?? '' }],
	);
	return changes.length === 0 ? undefined : { text: after, changes };
}
