/**
 * Reading an editor's file as the content check and the loaders both read it: UTF-8 only, LF or
 * CRLF line endings, frontmatter between --- lines, YAML 1.2 (dates stay the text written, so
 * 2019-13-45 is an error and not a day in 2020) with the position of every field kept.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { type Diagnostic, lineFinder, positionAt } from './diagnostics';
import { fileSizeProblem, yamlLimitProblem } from './limits';
import { lineSlips, mendFieldColons, yamlErrorWords } from './yaml-words';

export interface ContentFile {
	/** Path from the project root, e.g. content/articles/x.mdx. */
	path: string;
	bytes: Uint8Array;
}

export interface ContentSource {
	path: string;
	text: string;
	/** The YAML: the whole file, or an article's frontmatter. */
	yaml: { text: string; start: number; root: Node | null; data: unknown };
	/** An article's MDX after the frontmatter. */
	body?: { text: string; start: number } | undefined;
}

/** Splits a file into frontmatter (without the --- lines) and body, with their offsets. */
export function splitFrontmatter(text: string): {
	frontmatter: string | undefined;
	frontmatterStart: number;
	body: string;
	bodyStart: number;
} {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(text);
	if (!match) return { frontmatter: undefined, frontmatterStart: 0, body: text, bodyStart: 0 };
	const bodyStart = match[0].length;
	return { frontmatter: match[2], frontmatterStart: match[1]!.length, body: text.slice(bodyStart), bodyStart };
}

/** YAML as every editor's file is read: YAML 1.2, a field given twice refused. */
export function parseYaml(text: string) {
	// Stryker disable next-line StringLiteral,ObjectLiteral,BooleanLiteral: each option is also the yaml package's default but
	// prettyErrors (which only adds the line's text to a message, read here by its code), named for the reader
	return parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Characters no editor means to write and XML 1.0 (the feed, the sitemap) cannot carry: the C0
 * and C1 controls but tab and line breaks, DEL, and U+FFFE, U+FFFF; and a second byte-order mark at
 * the start (U+FEFF: the build would not find the frontmatter behind it).
 */
const INVISIBLE = /^\uFEFF|[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** The file as text, or the reason it cannot be read as an editor's file. */
function decode(file: ContentFile): { text: string } | { problem: string; suggestion: string } {
	const tooBig = fileSizeProblem(file.bytes.length);
	if (tooBig) return tooBig;
	let text: string;
	try {
		text = utf8.decode(file.bytes);
	} catch {
		return { problem: '文件不是 UTF-8 编码（可能存成了 GBK）', suggestion: '在编辑器里用“另存为”选 UTF-8 编码保存' };
	}
	if (/\r(?!\n)/.test(text))
		return { problem: '文件用了旧式 CR 换行', suggestion: '在编辑器里把换行符改为 LF（或 CRLF）后保存' };
	if (text.includes('\u0000')) return { problem: '文件里有空字符（\\0），不是文本文件', suggestion: '用文本编辑器重新保存' };
	return { text };
}

export function readSource(file: ContentFile): { source?: ContentSource; diagnostics: Diagnostic[] } {
	const at = (text: string, offset: number, field: string, problem: string, suggestion: string): Diagnostic => ({
		file: file.path,
		...positionAt(text, offset),
		severity: 'error',
		field,
		problem,
		suggestion,
	});
	const decoded = decode(file);
	// A file that is not text is named at its start.
	if (!('text' in decoded)) {
		const { problem, suggestion } = decoded;
		return { diagnostics: [{ file: file.path, line: 1, column: 1, severity: 'error', field: '', problem, suggestion }] };
	}
	let { text } = decoded;
	// A BOM never reaches here: the decoder drops it; a second one is refused with the other invisible characters.
	const invisible = INVISIBLE.exec(text);
	if (invisible) {
		const code = `U+${invisible[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
		return {
			diagnostics: [
				at(text, invisible.index, '', `文件里有看不见的字符 ${code}`, '删去它（多半随复制粘贴带来；在编辑器里显示不可见字符即可找到）'),
			],
		};
	}
	let [yamlText, yamlStart] = [text, 0];
	let body: ContentSource['body'];
	if (file.path.endsWith('.mdx')) {
		const split = splitFrontmatter(text);
		if (split.frontmatter === undefined)
			return {
				diagnostics: [
					at(text, 0, '', '文章开头没有 --- 包围的字段区', '第一行写 ---，接着写 title、summary 等字段，再写一行 ---'),
				],
			};
		// Astro ends the frontmatter at the first line starting with --- or +++ (and YAML reads --- as a
		// new document): such a line inside would make the build read the file differently from here.
		const marker = /^(?:---|\+\+\+)/m.exec(split.frontmatter);
		if (marker)
			return {
				diagnostics: [
					at(
						text,
						split.frontmatterStart + marker.index,
						'',
						'字段区里不能有以 --- 或 +++ 开头的行（构建会把它当成字段区的结尾）',
						'删去这一行，或改写它的开头',
					),
				],
			};
		[yamlText, yamlStart] = [split.frontmatter, split.frontmatterStart];
		body = { text: split.body, start: split.bodyStart };
	}
	const tooDeep = yamlLimitProblem(yamlText);
	if (tooDeep) return { diagnostics: [at(text, yamlStart + tooDeep.offset, '', tooDeep.problem, tooDeep.suggestion)] };
	let doc = parseYaml(yamlText);
	const errors = [...doc.errors, ...doc.warnings];
	const diagnostics: Diagnostic[] = [];
	if (errors.length > 0) {
		// A slip on its own line (a full-width colon, no space) says more than the parser's error on it.
		const slips = lineSlips(yamlText);
		// Line numbers from one index of line starts: no rescan of the text per slip or error.
		const lineOf = lineFinder(yamlText);
		const slipLines = new Set(slips.map((slip) => lineOf(slip.offset)));
		const others = errors.filter((error) => !slipLines.has(lineOf(error.pos[0])));
		diagnostics.push(
			...slips.map((slip) => at(text, yamlStart + slip.offset, slip.field, slip.problem, slip.suggestion)),
			...others.map((error) => {
				const words = yamlErrorWords(error);
				return at(text, yamlStart + error.pos[0], '', words.problem, words.suggestion);
			}),
		);
		// Slips alone: the fields are read as mended (within their lines), so the file's other
		// problems are found in this same run; an error the mending leaves (on another line, or on
		// a slip's own) leaves the fields unread.
		const mendedText = mendFieldColons(yamlText, slips);
		const mended = parseYaml(mendedText);
		if (mended.errors.length > 0 || mended.warnings.length > 0) return { diagnostics };
		text = text.slice(0, yamlStart) + mendedText + text.slice(yamlStart + yamlText.length);
		if (body) body = { text: body.text, start: body.start + mendedText.length - yamlText.length };
		[yamlText, doc] = [mendedText, mended];
	}
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 20 });
	} catch {
		return { diagnostics: [at(text, yamlStart, '', '字段里用了太多 YAML 引用（& 和 *）', '不要用 YAML 的 & 和 * 引用，把值直接写出来')] };
	}
	return {
		source: { path: file.path, text, yaml: { text: yamlText, start: yamlStart, root: doc.contents, data }, body },
		diagnostics,
	};
}

/** Offset in the file of the field at `path` (its key), or of the nearest field above it that exists. */
export function fieldOffset(source: ContentSource, path: readonly PropertyKey[]): number {
	let node: unknown = source.yaml.root;
	let offset = (node as Node | null)?.range?.[0] ?? 0;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node)) {
			const item = node.items[Number(key)] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0] ?? offset;
			node = item;
		} else break;
	}
	return source.yaml.start + offset;
}

/**
 * Each string value in the YAML with its offset in the file, for the Chinese text rules, and
 * `place`: the offset in the file of a character of the value. A literal block (`details: |`)
 * keeps its lines, so each character has its place, one indentation in; a value written as is
 * (plain or simply quoted) is the text at `offset`; any other (folded, escaped) is placed at its
 * start.
 */
export function yamlStrings(source: ContentSource): { value: string; offset: number; place: (index: number) => number }[] {
	const found: { value: string; offset: number; place: (index: number) => number }[] = [];
	const visit = (node: unknown) => {
		if (isMap(node)) for (const pair of node.items) visit(pair.value);
		else if (isSeq(node)) for (const item of node.items) visit(item);
		else if (isScalar(node) && typeof node.value === 'string' && node.range) {
			const [start] = node.range;
			const value = node.value;
			// Where the value is written as is (plain or simply quoted), point into it exactly.
			const inner = writtenAt(source, node.range, value);
			const offset = source.yaml.start + start + Math.max(inner, 0);
			const place =
				node.type === 'BLOCK_LITERAL'
					? (index: number) => literalOffset(source, start, value, index) ?? offset
					: inner >= 0
						? (index: number) => offset + index
						: () => offset;
			found.push({ value, offset, place });
		}
	};
	visit(source.yaml.root);
	return found;
}

/** Where a string value is written as is in its scalar's text (inside any quotes), or -1. */
const writtenAt = (source: ContentSource, [start, end]: readonly number[], value: string) =>
	source.yaml.text.slice(start, end).indexOf(value);

/** Offset in the file of a string value: where it is written as is, inside any quotes; else where the scalar starts. */
export function scalarOffset(source: ContentSource, range: readonly number[], value: string): number {
	return source.yaml.start + range[0]! + Math.max(writtenAt(source, range, value), 0);
}

/**
 * Offset in the file of character `offset` of a literal block's value, the block's header at
 * `header`. A literal block keeps its lines, so the value has no more lines than the file after
 * the header: each line of the value is found. Undefined for a block with no line after its header.
 */
function literalOffset(source: ContentSource, header: number, value: string, offset: number): number | undefined {
	const { text } = source.yaml;
	const before = value.slice(0, offset).split('\n');
	const line = before.length - 1;
	const column = before[line]?.length ?? 0;
	// The block's lines start on the line after its `|` header; a header on the file's last line has none.
	const first = text.indexOf('\n', header) + 1;
	if (first === 0) return undefined;
	// The block's indentation is that of its first line with text (YAML's rule, without an indicator).
	// Stryker disable next-line Regex: the pattern can match nothing, so it matches at the start with or without ^
	const indent = /^(?:[ ]*\n)*([ ]*)/.exec(text.slice(first))![1]!.length;
	let at = first;
	for (let skipped = 0; skipped < line; skipped++) at = text.indexOf('\n', at) + 1;
	return source.yaml.start + at + indent + column;
}

/**
 * Offset in the file of `offset` inside the string at `path`. A literal block (`details: |`)
 * keeps its lines, so a place in the value is a place in the file, one indentation in; any other
 * style (folded, quoted) may join or escape lines, and the place falls back to the field's key.
 */
export function valueOffset(source: ContentSource, path: readonly PropertyKey[], offset: number): number {
	let node: unknown = source.yaml.root;
	for (const key of path) {
		if (isMap(node)) node = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))?.value;
		else if (isSeq(node)) node = node.items[Number(key)];
		else node = undefined;
	}
	if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range || typeof node.value !== 'string')
		return fieldOffset(source, path);
	return literalOffset(source, node.range[0], node.value, offset) ?? fieldOffset(source, path);
}
