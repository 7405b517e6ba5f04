import { describe, expect, test } from 'vitest';
import { fieldOffset, readSource, splitFrontmatter, valueOffset, yamlStrings } from '../../../src/lib/content/source';
import { idFromFileName } from '../../../src/lib/content/content-loader';

const read = (path: string, text: string | Uint8Array) =>
	readSource({ path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
const problems = (path: string, text: string | Uint8Array) =>
	read(path, text).diagnostics.map((d) => `${d.line}:${d.column} ${d.problem}`);

describe('readSource: an editor’s file as the check and the loaders read it', () => {
	test('dates stay the text written (no YAML timestamp, no rollover into 2020)', () => {
		const { source } = read('content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019-13-45\nvalidThrough: 2019-08-31T08:00:00+08:00\n');
		expect(source?.yaml.data).toEqual({ title: '广告', validFrom: '2019-13-45', validThrough: '2019-08-31T08:00:00+08:00' });
	});

	test('YAML 1.2: yes/no stay words, numbers are numbers', () => {
		expect(read('content/series/x.yaml', 'draft: yes\nseriesOrder: 2\n').source?.yaml.data).toEqual({ draft: 'yes', seriesOrder: 2 });
	});

	test('an article: frontmatter and body, with a BOM and CRLF line endings', () => {
		const { source } = read('content/articles/x.mdx', '\uFEFF---\r\ntitle: 标题\r\n---\r\n\r\n正文\r\n');
		expect(source?.yaml.data).toEqual({ title: '标题' });
		expect(source?.body?.text).toBe('\r\n正文\r\n');
	});

	test.each([
		['GBK bytes', 'content/articles/x.mdx', new Uint8Array([0xb1, 0xea, 0xcc, 0xe2]), '1:1 文件不是 UTF-8 编码（可能存成了 GBK）'],
		['CR-only line endings', 'content/articles/x.mdx', '---\rtitle: 标题\r---\r\r正文\r', '1:1 文件用了旧式 CR 换行'],
		['a NUL byte', 'content/series/x.yaml', 'title: a\u0000b\n', '1:1 文件里有空字符（\\0），不是文本文件'],
		['no frontmatter', 'content/articles/x.mdx', '正文\n', '1:1 文章开头没有 --- 包围的字段区'],
		[
			'a second --- inside the frontmatter (Astro would end the frontmatter there)',
			'content/articles/x.mdx',
			'---\n---\n# <Figure />\ntitle: T\n---\n\n正文\n',
			'2:1 字段区里不能有以 --- 或 +++ 开头的行（构建会把它当成字段区的结尾）',
		],
		[
			'a line starting with +++ inside the frontmatter',
			'content/articles/x.mdx',
			'---\ntitle: a\n+++x\n---\n\n正文\n',
			'3:1 字段区里不能有以 --- 或 +++ 开头的行（构建会把它当成字段区的结尾）',
		],
		['a duplicate key', 'content/series/x.yaml', 'title: 甲\ntitle: 乙\n', '2:1 字段写法有误：Map keys must be unique'],
		['a broken quote', 'content/series/x.yaml', 'title: "甲\n', '2:1 字段写法有误：Missing closing "quote'],
		['an unknown YAML tag', 'content/series/x.yaml', 'title: !!js/function "x"\n', '1:8 字段写法有误：Unresolved tag: tag:yaml.org,2002:js/function'],
	])('%s is reported at its place', (_name, path, text, expected) => {
		expect(problems(path, text)[0]).toBe(expected);
	});

	test('many aliases (a “billion laughs”) are refused, not expanded', () => {
		const bomb = `a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n`;
		expect(problems('content/series/x.yaml', bomb)[0]).toMatch(/^1:1 字段写法有误：/);
	});

	test('more than 20 aliases are refused, below the yaml package’s own limit of 100', () => {
		const thirty = `a: &a x\nb: [${Array.from({ length: 30 }, () => '*a').join(', ')}]\n`;
		expect(problems('content/series/x.yaml', thirty)[0]).toBe(
			'1:1 字段写法有误：Excessive alias count indicates a resource exhaustion attack',
		);
	});

	test('fieldOffset points at a field’s key, or the nearest field above it', () => {
		const { source } = read('content/promos/x.yaml', 'title: 广告\ncontacts:\n  people:\n    - name: 甲\n      phone: 123\n');
		const line = (path: PropertyKey[]) => source!.text.slice(0, fieldOffset(source!, path)).split('\n').length;
		expect(line(['contacts', 'people', 0, 'phone'])).toBe(5);
		expect(line(['contacts', 'people', 0, 'missing'])).toBe(4);
		expect(line(['nothing'])).toBe(1);
	});

	test('yamlStrings gives each string value where it is written, inside its quotes', () => {
		const { source } = read('content/articles/x.mdx', '---\ntitle: "标题,甲"\nsummary: 摘要\n---\n');
		expect(yamlStrings(source!).map(({ value, offset }) => [value, source!.text.slice(offset, offset + value.length)])).toEqual([
			['标题,甲', '标题,甲'],
			['摘要', '摘要'],
		]);
	});

	test('splitFrontmatter: a body without frontmatter is all body', () => {
		expect(splitFrontmatter('正文')).toEqual({ frontmatter: undefined, frontmatterStart: 0, body: '正文', bodyStart: 0 });
	});
});

describe('readSource: what it says, and what it keeps', () => {
	test('a file with a NUL character: one problem, at its start, with the whole message', () => {
		expect(read('content/promos/x.yaml', 'title: 广告\u0000\n').diagnostics).toEqual([
			{
				file: 'content/promos/x.yaml',
				line: 1,
				column: 1,
				severity: 'error',
				field: '',
				problem: '文件里有空字符（\\0），不是文本文件',
				suggestion: '用文本编辑器重新保存',
			},
		]);
	});

	test('aliases past the limit: the message and what to do', () => {
		const thirty = `a: &a x\nb: [${Array.from({ length: 30 }, () => '*a').join(', ')}]\n`;
		const [problem] = read('content/series/x.yaml', thirty).diagnostics;
		expect(problem).toMatchObject({ field: '', suggestion: '不要用 YAML 的 & 和 * 引用' });
	});

	test('a BOM at the start of a YAML file is not part of it; a U+FEFF inside a value is kept', () => {
		const { source } = read('content/series/x.yaml', '\uFEFFtitle: 甲\uFEFF乙\n');
		expect(source?.yaml.data).toEqual({ title: '甲\uFEFF乙' });
		expect(source?.text).toBe('title: 甲\uFEFF乙\n');
	});

	test('--- inside a value is fine; only a line starting with --- or +++ ends the frontmatter', () => {
		const article = '---\ntitle: 甲---乙\nsummary: a+++b\n---\n正文\n';
		expect(read('content/articles/x.mdx', article).diagnostics).toEqual([]);
		expect(problems('content/articles/x.mdx', '---\ntitle: 甲\n+++\n---\n正文\n')).toEqual([
			'3:1 字段区里不能有以 --- 或 +++ 开头的行（构建会把它当成字段区的结尾）',
		]);
	});

	test('yamlStrings finds the strings of a list too', () => {
		const { source } = read('content/articles/x.mdx', '---\ntitle: 题\ntags:\n  - 甲\n  - 乙\n---\n');
		expect(yamlStrings(source!).map(({ value, offset }) => [value, source!.text.slice(offset, offset + 1)])).toEqual([
			['题', '题'],
			['甲', '甲'],
			['乙', '乙'],
		]);
	});
});

describe('splitFrontmatter: only at the very start', () => {
	test('a --- block further down is body', () => {
		expect(splitFrontmatter('正文\n---\ntitle: x\n---\n').frontmatter).toBeUndefined();
	});

	test('the closing --- may end the file', () => {
		expect(splitFrontmatter('---\ntitle: x\n---')).toEqual({ frontmatter: 'title: x', frontmatterStart: 4, body: '', bodyStart: 16 });
	});
});

describe('valueOffset: a place in a literal block is a place in the file', () => {
	test('past blank lines (one with a space) and the block’s indentation', () => {
		const text = 'title: 广告\ndetails: |\n\n \n  第一行\n  第二行\n';
		const { source } = read('content/promos/x.yaml', text);
		const value = (source!.yaml.data as { details: string }).details;
		const at = valueOffset(source!, ['details'], value.indexOf('第二行'));
		expect(text.slice(at, at + 3)).toBe('第二行');
	});

	test('an empty block at the end of the file falls back to its field', () => {
		const { source } = read('content/promos/x.yaml', 'title: 广告\ndetails: |');
		expect(valueOffset(source!, ['details'], 0)).toBe(fieldOffset(source!, ['details']));
	});
});

test('idFromFileName: the id is the file name, nothing else', () => {
	expect(idFromFileName({ entry: 'saohei-chu-e.yaml' })).toBe('saohei-chu-e');
	expect(idFromFileName({ entry: 'a.b.mdx' })).toBe('a.b');
});
