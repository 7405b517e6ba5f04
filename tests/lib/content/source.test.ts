import { describe, expect, test } from 'vitest';
import { lineSlips, mendFieldColons, yamlErrorWords } from '../../../src/lib/content/yaml-words';
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
		['a duplicate key', 'content/series/x.yaml', 'title: 甲\ntitle: 乙\n', '2:1 同一个字段写了两次'],
		['a broken quote', 'content/series/x.yaml', 'title: "甲\n', '2:1 引号没有成对'],
		['an unknown YAML tag', 'content/series/x.yaml', 'title: !!js/function "x"\n', '1:8 字段里不能用 YAML 的类型标记（以 ! 开头）'],
		['a full-width colon after a field name', 'content/articles/x.mdx', '---\ntitle: 标题\neditor： 王芳\nsummary: 摘要\n---\n\n正文\n', '3:1 字段名 editor 后面用了全角冒号「：」'],
		['a full-width colon on the last line', 'content/series/x.yaml', 'description: 简介\ntitle：标题\n', '2:1 字段名 title 后面用了全角冒号「：」'],
		['no space after the colon', 'content/series/x.yaml', 'title:标题\ndescription: 简介\n', '1:1 字段名 title 的冒号后面少了空格'],
		['a tab as indent', 'content/articles/x.mdx', '---\ntitle: 标题\ntags:\n\t- 甲\n---\n\n正文\n', '4:1 缩进用了 Tab 键'],
	])('%s is reported at its place', (_name, path, text, expected) => {
		expect(problems(path, text)[0]).toBe(expected);
	});

	test('many aliases (a “billion laughs”) are refused, not expanded', () => {
		const bomb = `a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n`;
		expect(problems('content/series/x.yaml', bomb)[0]).toBe('1:1 字段里用了太多 YAML 引用（& 和 *）');
	});

	test('more than 20 aliases are refused, below the yaml package’s own limit of 100', () => {
		const thirty = `a: &a x\nb: [${Array.from({ length: 30 }, () => '*a').join(', ')}]\n`;
		expect(problems('content/series/x.yaml', thirty)[0]).toBe('1:1 字段里用了太多 YAML 引用（& 和 *）');
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
		expect(problem).toMatchObject({ field: '', suggestion: '不要用 YAML 的 & 和 * 引用，把值直接写出来' });
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

describe('readSource: YAML slips in editors’ words, each once, with its field and fix', () => {
	test('a full-width colon: the slip is reported with its field and fix, not the parser’s error on that line', () => {
		const { diagnostics } = read('content/articles/x.mdx', '---\ntitle: 标题\neditor： 王芳\nsummary: 摘要\n---\n\n正文\n');
		expect(diagnostics.map((d) => [d.line, d.column, d.field, d.problem, d.suggestion])).toEqual([
			[3, 1, 'editor', '字段名 editor 后面用了全角冒号「：」', '改成半角冒号加一个空格：「editor: 」（--fix 可自动改）'],
		]);
	});

	test('two slips and an error elsewhere: each reported', () => {
		const { diagnostics } = read('content/series/x.yaml', 'title:标题\ndescription： 简介\nextra: "未完\n');
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.field} ${d.problem} → ${d.suggestion}`)).toEqual([
			'1:1 title 字段名 title 的冒号后面少了空格 → 在冒号后面加一个空格：「title: 」（--fix 可自动改）',
			'2:1 description 字段名 description 后面用了全角冒号「：」 → 改成半角冒号加一个空格：「description: 」（--fix 可自动改）',
			'4:1  引号没有成对 → 在值的末尾补上引号，或去掉开头的引号',
		]);
	});

	test('fields after a mended slip are placed in the file as written (the mending adds a character)', () => {
		const { diagnostics, source } = read('content/promos/x.yaml', 'title：广告\nsubtitle: 副题\n');
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.field}`)).toEqual(['1:1 title']);
		// Read as mended, and the text kept is the mended one, so offsets into it are places in the file.
		expect(source?.yaml.data).toEqual({ title: '广告', subtitle: '副题' });
		expect(source?.text).toBe('title: 广告\nsubtitle: 副题\n');
		const subtitle = yamlStrings(source!)[1]!;
		expect(source!.text.slice(subtitle.offset, subtitle.offset + 2)).toBe('副题');
	});

	test('a slip whose mending still does not parse: the slip alone is said, and the fields are left unread', () => {
		const { diagnostics, source } = read('content/series/x.yaml', 'title：{标题\ndescription: 简介\n');
		expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.field} ${d.problem}`)).toEqual(['1:1 title 字段名 title 后面用了全角冒号「：」']);
		expect(source).toBeUndefined();
	});

	test('a colon inside a value that parses is no slip: nothing is reported', () => {
		expect(read('content/series/x.yaml', 'title: 标题\ndescription: |\n  Day1：杭州\n  url:https://x\n').diagnostics).toEqual([]);
	});
});

describe('lineSlips and yamlErrorWords', () => {
	test.each([
		// Offset of the field name, the field, which slip, and how much the mending rewrites.
		['editor： 王芳', [[0, 'editor', '全角', 8]]],
		['  - name ：张三', [[4, 'name', '全角', 6]]],
		['title:标题', [[0, 'title', '空格', 6]]],
		['- phone:13304743215', [[2, 'phone', '空格', 6]]],
		['title: 标题', []],
		['标题：乌兰察布', []],
		['url: https://a', []],
		['9a：x', []],
		['a:\n  b： c', [[5, 'b', '全角', 3]]],
		['a：b\nc:d', [[0, 'a', '全角', 2], [4, 'c', '空格', 2]]],
	] as const)('%j', (text, expected) => {
		expect(
			lineSlips(text).map((slip) => [slip.offset, slip.field, slip.problem.includes('全角') ? '全角' : '空格', slip.length]),
		).toEqual(expected);
	});

	test.each([
		['MULTILINE_IMPLICIT_KEY', 'x', '这一行不是「字段名: 值」的写法，或者上一行的值没有写完'],
		['MISSING_CHAR', 'Missing closing "quote', '引号没有成对'],
		['MISSING_CHAR', 'Implicit map keys need to be followed by map values', '字段名后面缺少冒号'],
		['BLOCK_AS_IMPLICIT_KEY', 'x', '缩进不对'],
		['BAD_INDENT', 'x', '缩进不对'],
		['TAB_AS_INDENT', 'x', '缩进用了 Tab 键'],
		['DUPLICATE_KEY', 'x', '同一个字段写了两次'],
		['TAG_RESOLVE_FAILED', 'x', '字段里不能用 YAML 的类型标记（以 ! 开头）'],
		['BAD_DQ_ESCAPE', 'x', '双引号里的反斜杠 \\ 写法有误'],
		['MULTIPLE_DOCS', 'x', '文件里只能有一组字段（多了一行 ---）'],
		['IMPOSSIBLE', 'x', '字段写法有误'],
		// Only a missing closing quote is an unpaired quote, whatever another error's words say.
		['BAD_SCALAR_START', 'Plain value cannot start with a "quote"-like character', '字段写法有误'],
	] as const)('%s (%s)', (code, message, problem) => {
		expect(yamlErrorWords({ code, message } as never).problem).toBe(problem);
	});
});

test('yamlStrings: a value written twice is placed where each is written', () => {
	const { source } = read('content/promos/x.yaml', 'title: 会议,开幕\nsubtitle: 会议,开幕\n');
	const [title, subtitle] = yamlStrings(source!);
	expect([title!.offset, subtitle!.offset]).toEqual([7, 23]);
	expect(subtitle!.place(2)).toBe(25);
});

test('yamlStrings places each character of a literal block on its line; an escaped value at its start', () => {
	const { source } = read('content/promos/x.yaml', 'title: "甲\\t乙"\ndetails: |\n\n  一行\n   二行\n');
	const [title, details] = yamlStrings(source!);
	expect(title!.place(2)).toBe(title!.offset);
	const at = (index: number) => source!.text.slice(details!.place(index), details!.place(index) + 1);
	expect(details!.value).toBe('\n一行\n 二行\n');
	expect([at(1), at(2), at(4), at(5)]).toEqual(['一', '行', ' ', '二']);
});

describe('mendFieldColons', () => {
	test.each([
		['title: 标题\neditor： 王芳\n', 'title: 标题\neditor: 王芳\n'],
		['editor ：王芳', 'editor: 王芳'],
		['title:标题\nsummary：摘要', 'title: 标题\nsummary: 摘要'],
		['people:\n  - name：张三\n    phone:13304743215', 'people:\n  - name: 张三\n    phone: 13304743215'],
		['title: 标题：副题', 'title: 标题：副题'],
		['details: |\n  第一天：杭州', 'details: |\n  第一天：杭州'],
		['title：\t 标题', 'title: 标题'],
	])('%j', (yaml, expected) => {
		expect(mendFieldColons(yaml)).toBe(expected);
	});
});

