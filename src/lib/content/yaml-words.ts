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

/** A field name at a line's start (after any indent and list dash), then a full-width colon. */
const FULL_WIDTH_COLON = /^([ ]*(?:-[ ]+)?)([A-Za-z][A-Za-z0-9]*)[ \t]*：/;
/** A field name and its colon with the value right after it, no space between. */
const NO_SPACE = /^([ ]*(?:-[ ]+)?)([A-Za-z][A-Za-z0-9]*):(?=[^\s])/;

/** The slips found on their own lines: where (offset in `text`), which field, what and how to fix. */
export function lineSlips(text: string): (YamlWords & { offset: number; field: string })[] {
	const slips: (YamlWords & { offset: number; field: string })[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		const wide = FULL_WIDTH_COLON.exec(line);
		const tight = wide ? undefined : NO_SPACE.exec(line);
		const [, indent = '', field = ''] = wide ?? tight ?? [];
		if (wide)
			slips.push({
				offset: start + indent.length,
				field,
				problem: `字段名 ${field} 后面用了全角冒号「：」`,
				suggestion: `改成半角冒号加一个空格：「${field}: 」（--fix 可自动改）`,
			});
		else if (tight)
			slips.push({
				offset: start + indent.length,
				field,
				problem: `字段名 ${field} 的冒号后面少了空格`,
				suggestion: `在冒号后面加一个空格：「${field}: 」（--fix 可自动改）`,
			});
		start += line.length + 1;
	}
	return slips;
}

/** The YAML with each field name's full-width colon, or missing space, mended (the slips lineSlips finds in it). */
export function mendFieldColons(yaml: string, slips: readonly { offset: number; field: string }[] = lineSlips(yaml)): string {
	let mended = yaml;
	// From the end, so each offset still points where it did.
	for (const slip of [...slips].reverse()) {
		const at = slip.offset + slip.field.length;
		const rest = mended.slice(at);
		const colon = /^[ \t]*[：:][ \t]*/.exec(rest)![0];
		mended = `${mended.slice(0, at)}: ${rest.slice(colon.length)}`;
	}
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
