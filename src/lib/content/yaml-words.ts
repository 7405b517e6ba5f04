/**
 * The YAML reader's complaints in editors' words. The parser (the yaml package) speaks English and
 * of "implicit keys"; an editor meets it over a full-width colon or a missing space. The slips an
 * editor makes most are found on their own line first (lineSlips), so the message names the field
 * and the fix; anything else gets the Chinese for its error code (yamlErrorWords).
 */
import type { YAMLError } from 'yaml';

export interface YamlWords {
	problem: string;
	suggestion: string;
}

/** A field name at a line's start (after any indent and list dash), then a full-width colon (with the spaces around it). */
const FULL_WIDTH_COLON = /^([ ]*(?:-[ ]+)?)([A-Za-z][A-Za-z0-9]*)[ \t]*：[ \t]*/;
/** A field name and its colon with the value right after it, no space between. */
const NO_SPACE = /^([ ]*(?:-[ ]+)?)([A-Za-z][A-Za-z0-9]*):(?=[^\s])/;

/** The two slips, each with the words for it. */
const SLIPS = [
	{
		pattern: FULL_WIDTH_COLON,
		problem: (field: string) => `字段名 ${field} 后面用了全角冒号「：」`,
		suggestion: (field: string) => `改成半角冒号加一个空格：「${field}: 」（--fix 可自动改）`,
	},
	{
		pattern: NO_SPACE,
		problem: (field: string) => `字段名 ${field} 的冒号后面少了空格`,
		suggestion: (field: string) => `在冒号后面加一个空格：「${field}: 」（--fix 可自动改）`,
	},
];

/** A slip found on its own line: where (offset of the field name), which field, what and how to fix. */
export interface Slip extends YamlWords {
	offset: number;
	field: string;
	/** The field name with its colon and the spaces around a full-width one: what the mending rewrites. */
	length: number;
}

/** The slips found on their own lines (at most one a line). */
export function lineSlips(text: string): Slip[] {
	const slips: Slip[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		for (const { pattern, problem, suggestion } of SLIPS) {
			const match = pattern.exec(line);
			if (!match) continue;
			const [written, indent, field] = match as unknown as [string, string, string];
			const offset = start + indent.length;
			slips.push({ offset, field, length: written.length - indent.length, problem: problem(field), suggestion: suggestion(field) });
			break;
		}
		start += line.length + 1;
	}
	return slips;
}

/** The YAML with each field name's full-width colon, or missing space, mended (the slips lineSlips finds in it). */
export function mendFieldColons(yaml: string, slips: readonly Pick<Slip, 'offset' | 'field' | 'length'>[] = lineSlips(yaml)): string {
	let mended = yaml;
	// From the end, so each offset still points where it did.
	for (const slip of [...slips].reverse())
		mended = `${mended.slice(0, slip.offset)}${slip.field}: ${mended.slice(slip.offset + slip.length)}`;
	return mended;
}

const BY_CODE: Record<string, YamlWords> = {
	MULTILINE_IMPLICIT_KEY: {
		problem: '这一行不是「字段名: 值」的写法，或者上一行的值没有写完',
		suggestion: '每个字段写成「字段名: 值」：半角冒号，后面空一格；值里有冒号时，整个值加引号',
	},
	MISSING_CHAR: { problem: '字段名后面缺少冒号', suggestion: '写成「字段名: 值」：半角冒号，后面空一格' },
	BLOCK_AS_IMPLICIT_KEY: {
		problem: '缩进不对',
		suggestion: '同一层的字段左边对齐；下一层多缩进两个空格；列表的每一项写成「  - 值」',
	},
	BAD_INDENT: { problem: '缩进不对', suggestion: '同一层的字段左边对齐；下一层多缩进两个空格；列表的每一项写成「  - 值」' },
	TAB_AS_INDENT: { problem: '缩进用了 Tab 键', suggestion: '把 Tab 换成空格（两个空格一层）' },
	DUPLICATE_KEY: { problem: '同一个字段写了两次', suggestion: '删去其中一个' },
	TAG_RESOLVE_FAILED: { problem: '字段里不能用 YAML 的类型标记（以 ! 开头）', suggestion: '删去 ! 和它后面的名称，只写值' },
	BAD_DQ_ESCAPE: { problem: '双引号里的反斜杠 \\ 写法有误', suggestion: '去掉反斜杠，或把双引号改成单引号' },
	MULTIPLE_DOCS: { problem: '文件里只能有一组字段（多了一行 ---）', suggestion: '删去多余的 ---' },
};

const UNCLOSED_QUOTE: YamlWords = { problem: '引号没有成对', suggestion: '在值的末尾补上引号，或去掉开头的引号' };
const OTHER: YamlWords = { problem: '字段写法有误', suggestion: '检查冒号后的空格、缩进和引号是否成对' };

/** A parser error in editors' words. */
export function yamlErrorWords(error: Pick<YAMLError, 'code' | 'message'>): YamlWords {
	if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return UNCLOSED_QUOTE;
	return BY_CODE[error.code] ?? OTHER;
}
