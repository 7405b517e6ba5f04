import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	componentUses,
	HTML_ELEMENTS,
	mdxSubsetProblems,
	parseMdx,
	remarkMdxSubset,
	URL_ATTRIBUTES,
} from '../../../src/lib/content/mdx-subset';

const fields = (body: string) => mdxSubsetProblems(parseMdx(body)).map((p) => `${p.field}@${p.offset}`);

describe('the MDX subset: what an article body may contain', () => {
	test.each([
		['plain Markdown', '正文**重点**。\n\n## 小标题\n\n- 一\n- 二\n\n> 引文\n\n| 甲 | 乙 |\n| - | - |\n| 1 | 2 |\n'],
		['the three components with literal props', '<PullQuote cite="某某">引语</PullQuote>\n\n<Figure src="./images/a.jpg" alt="会场" caption="图注" credit="摄" />\n\n<Promo id="jiangnan-study-tour" />\n'],
		['allowed HTML with allowed attributes', '正文<abbr title="中华人民共和国">中国</abbr>，<a href="https://example.org/">链接</a>，H<sub>2</sub>O，<span lang="en">News</span>。\n'],
		['safe Markdown links', '[本报](https://example.org/) [电话](tel:13304743215) [邮件](mailto:a@example.org) [站内](/articles/x/) [锚点](#a)\n'],
		['a component prop is not judged as a URL (a speaker is not an address)', '<PullQuote cite="路透社: 发言人">引语</PullQuote>\n'],
		['code blocks are text', '```\nimport x from "y"\n{1+1}\n```\n'],
	])('%s: allowed', (_name, body) => {
		expect(fields(body)).toEqual([]);
	});

	test.each([
		['import', "import fs from 'node:fs'\n\n正文\n", ['import/export@0']],
		['export', 'export const title = "x"\n', ['import/export@0']],
		['a text expression', '正文{process.env.HOME}。\n', ['{…}@2']],
		['a flow expression', "{require('child_process').execSync('id')}\n", ['{…}@0']],
		['a comment expression', '{/* 注释 */}\n', ['{…}@0']],
		['an expression attribute value', '<a href={x}>y</a>\n', ['<a href>@3']],
		['a spread attribute', '<span {...props}>y</span>\n', ['<span>@6']],
		['set:html', '<span set:html="<b>x</b>">y</span>\n', ['<span set:html>@6']],
		['is:raw', '<span is:raw>y</span>\n', ['<span is:raw>@6']],
		['class:list', '<span class:list="a">y</span>\n', ['<span class:list>@6']],
		['define:vars', '<span define:vars="a">y</span>\n', ['<span define:vars>@6']],
		['xlink:href', '<a xlink:href="javascript:alert(1)">y</a>\n', ['<a xlink:href>@3']],
		['an event handler', '<span onclick="alert(1)">y</span>\n', ['<span onclick>@6']],
		['a style attribute', '<span style="color:red">y</span>\n', ['<span style>@6']],
		['an id attribute (page anchors are the site’s)', '<span id="main">y</span>\n', ['<span id>@6']],
		['an upper-case HREF', '<a HREF="javascript:alert(1)">y</a>\n', ['<a HREF>@3']],
		['an entity-encoded javascript: href', '<a href="java&#x73;cript:alert(1)">y</a>\n', ['<a href>@3']],
		['a data: cite', '<q cite="data:text/html,x">y</q>\n', ['<q cite>@3']],
		['a javascript: Markdown link', '[点](javascript:alert(1))\n', ['链接@0']],
		['a javascript: link definition', '[点][x]\n\n[x]: javascript:alert(1)\n', ['链接@8']],
		['a Markdown image (pictures go through <Figure>)', '![图](./a.png?raw)\n', ['![…](…)@0']],
		['<script>', '<script>alert(1)</script>\n', ['<script>@0']],
		['<style>', '<style>{"body{display:none}"}</style>\n', ['<style>@0', '{…}@7']],
		['<iframe>', '<iframe src="https://example.org/" />\n', ['<iframe>@0']],
		['<base>', '<base href="https://evil.example/" />\n', ['<base>@0']],
		['<svg> with <animate>', '<svg><animate attributeName="href" to="javascript:alert(1)" /></svg>\n', ['<svg>@0', '<animate>@5']],
		['<img>', '<img src="x" alt="x" />\n', ['<img>@0']],
		['a fragment', '<>y</>\n', ['<>@0']],
		['an unknown component', '<Chart data="x" />\n', ['<Chart>@0']],
		['a member component', '<Astro.self />\n', ['<Astro.self>@0']],
		['an unknown prop on a component', '<PullQuote class="x">y</PullQuote>\n', ['<PullQuote class>@11']],
		['a computed prop on a component', '<Promo id={"x"} />\n', ['<Promo id>@7', '<Promo id>@0']],
		['a Figure without alt', '<Figure src="./images/a.jpg" />\n', ['<Figure alt>@0']],
		['a task list (it renders checkboxes)', '- [ ] 待办\n- [x] 已办\n', ['[ ]@0', '[ ]@9']],
		['a boolean attribute', '<a href>y</a>\n', ['<a href>@3']],
	])('%s: refused', (_name, body, expected) => {
		expect(fields(body)).toEqual(expected);
	});

	test('every problem says what to do', () => {
		for (const problem of mdxSubsetProblems(parseMdx('import x from "y"\n\n<script>{x}</script>\n'))) {
			expect(problem.problem).toMatch(/\p{Script=Han}/u);
			expect(problem.suggestion).toMatch(/\p{Script=Han}/u);
		}
	});

	test('a syntax error is MDX’s own, with its place', () => {
		expect(() => parseMdx('<PullQuote>引语\n\n后文。\n')).toThrow(/closing tag/);
	});

	test('componentUses lists each use with its literal props', () => {
		const tree = parseMdx('<Promo id="a" />\n\n正文<Promo id="b" />\n');
		expect(componentUses(tree, 'Promo')).toEqual([
			{ offset: 0, props: { id: 'a' } },
			{ offset: 20, props: { id: 'b' } },
		]);
	});
});

describe('remarkMdxSubset: the same rules inside the compiler', () => {
	test('refuses a tree outside the subset, naming the file', () => {
		const transform = remarkMdxSubset();
		expect(() => transform(parseMdx("import fs from 'node:fs'\n"), { path: 'content/articles/x.mdx' })).toThrow(
			/content\/articles\/x\.mdx: import\/export: 文章里不能写 import/,
		);
	});

	test('lets a tree inside it through', () => {
		const transform = remarkMdxSubset();
		expect(transform(parseMdx('正文。\n') as Root, {})).toBeUndefined();
	});
});

/** The README's list of the plain HTML an article may use: tag → the attributes it may carry. */
function documentedHtml(): Record<string, string[]> {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const start = readme.indexOf('**A short list of plain HTML**');
	const list = readme.slice(start, readme.indexOf('each may also carry', start)).replace(/\s+/g, ' ');
	return Object.fromEntries(
		[...list.matchAll(/`(\w+)`(?: \(((?:`\w+`(?:, )?)+)\))?/g)].map(([, tag, attributes]) => [
			tag!,
			[...(attributes ?? '').matchAll(/`(\w+)`/g)].map((match) => match[1]!),
		]),
	);
}

const problemsOf = (mdx: string) => mdxSubsetProblems(parseMdx(mdx));

describe('the plain HTML an article may use', () => {
	test('is what the README lists, tag by tag and attribute by attribute', () => {
		expect(HTML_ELEMENTS).toEqual(documentedHtml());
	});

	test.each(Object.entries(documentedHtml()).flatMap(([tag, attributes]) => [...attributes, 'title', 'lang'].map((name) => [tag, name])))(
		'<%s %s="…"> is allowed',
		(tag, name) => {
			expect(problemsOf(`<${tag} ${name}="1">x</${tag}>\n`)).toEqual([]);
		},
	);

	test('an attribute a tag does not take is refused, naming the ones it does, or saying it takes none', () => {
		expect(problemsOf('<td scope="row">x</td>\n')).toEqual([
			{ offset: 4, field: '<td scope>', problem: '<td> 不能带属性 scope', suggestion: '删去 scope；可用的属性：colspan、rowspan、title、lang' },
		]);
		expect(problemsOf('<b cite="x">x</b>\n')[0]?.suggestion).toBe('删去 cite；可用的属性：title、lang');
		expect(problemsOf('<Promo id="a" title="x" />\n')).toEqual([
			{ offset: 14, field: '<Promo title>', problem: '<Promo> 不能带属性 title', suggestion: '删去 title；可用的属性：id' },
		]);
	});

	test('an attribute without a value is refused, with how to write one', () => {
		expect(problemsOf('<ol start>x</ol>\n')).toEqual([
			{ offset: 4, field: '<ol start>', problem: '属性 start 没有值', suggestion: '写成 start="…"' },
		]);
	});

	test.each(['href', 'cite'])('an unsafe address in %s is refused; a safe one passes', (name) => {
		const tag = name === 'href' ? 'a' : 'q';
		expect(problemsOf(`<${tag} ${name}="JavaScript:alert(1)">x</${tag}>\n`)).toEqual([
			{
				offset: tag.length + 2,
				field: `<${tag} ${name}>`,
				problem: '地址「JavaScript:alert(1)」不安全',
				suggestion: '只能用 https://、http://、mailto:、tel: 开头的地址或站内相对地址',
			},
		]);
		expect(problemsOf(`<${tag} ${name}="https://example.org/">x</${tag}>\n`)).toEqual([]);
	});

	test('a component’s props are its own: an address-like prop is not judged as a URL', () => {
		expect(problemsOf('<PullQuote cite="javascript:是引文的出处">引文</PullQuote>\n')).toEqual([]);
	});

	test('every address-bearing attribute is one the guards know', () => {
		expect([...URL_ATTRIBUTES].sort()).toEqual(
			['action', 'background', 'cite', 'codebase', 'data', 'formaction', 'href', 'longdesc', 'manifest', 'ping', 'poster', 'src', 'srcset', 'usemap', 'xlink:href'].sort(),
		);
	});

	test('a missing required prop says how to add it; a fragment and raw HTML are refused', () => {
		expect(problemsOf('<Figure alt="图" />\n')).toEqual([
			{ offset: 0, field: '<Figure src>', problem: '<Figure> 缺少 src', suggestion: '加上 src="…"' },
		]);
		expect(problemsOf('<>片段</>\n')).toEqual([{ offset: 0, field: '<>', problem: '文章里不能用 <>…</> 片段', suggestion: '删去 <> 和 </>' }]);
	});

	test.each([
		['<Figure src="./images/a.jpg" alt="" />', '<Figure alt>', '<Figure> 的 alt 不能为空', '写图上是什么，如 alt="推进会现场"（供看不见图片的读者的读屏软件朗读）'],
		['<Figure src="./images/a.jpg" alt=" 　" />', '<Figure alt>', '<Figure> 的 alt 不能为空', '写图上是什么，如 alt="推进会现场"（供看不见图片的读者的读屏软件朗读）'],
		['<Figure src="" alt="图" />', '<Figure src>', '<Figure> 的 src 不能为空', '写图片的路径，如 src="./images/huichang.jpg"'],
		['<Promo id="" />', '<Promo id>', '<Promo> 的 id 不能为空', '写广告的编号，如 id="jiangnan-study-tour"'],
	])('an empty required prop is refused: %s', (mdx, field, problem, suggestion) => {
		expect(problemsOf(`${mdx}\n`)).toEqual([{ offset: 0, field, problem, suggestion }]);
	});

	test('a required prop with text passes', () => {
		expect(problemsOf('<Figure src="./images/a.jpg" alt="会场" />\n<Promo id="a" />\n')).toEqual([]);
	});
});

describe('raw HTML, should a tree ever hold it (MDX itself parses HTML as JSX)', () => {
	test('is refused, with what to use instead', () => {
		const tree = { type: 'root', children: [{ type: 'html', value: '<script>x</script>', position: { start: { offset: 3 } } }] };
		expect(mdxSubsetProblems(tree as unknown as Root)).toEqual([
			{ offset: 3, field: 'HTML', problem: '文章里不能有原样 HTML', suggestion: '用 Markdown 或 <PullQuote>、<Figure>、<Promo>' },
		]);
	});
});

describe('remarkMdxSubset: the compiler’s message', () => {
	test('names the file, and each problem on its own line; MDX when the file has no path', () => {
		const transform = remarkMdxSubset();
		expect(() => transform(parseMdx('<b class="x">粗</b>\n\n<i id="y">斜</i>\n'), {})).toThrow(
			'文章超出了允许的写法，已停止：\nMDX: <b class>: <b> 不能带属性 class；删去 class；可用的属性：title、lang\nMDX: <i id>: <i> 不能带属性 id；删去 id；可用的属性：title、lang',
		);
	});
});
