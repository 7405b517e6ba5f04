import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, runBuild } from '../helpers/build';

/**
 * Broken and hostile inputs, each with what it must produce: the build fails with one line
 * naming the file (and line where the tools give it), the field and what was expected; or the
 * page renders safely. Inputs that fail the same way are built together (every problem of a
 * build is reported), and no failed build may change the dist/ of the last good one.
 */
const fm = (fields: string) => `---\n${fields}\n---\n\n`;
const valid = (title: string, extra = '') =>
	fm(`title: ${title}\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law${extra}`);
const GBK = readFileSync(new URL('../fixtures/bad-input/gbk-article.mdx', import.meta.url));

interface FailingCase {
	input: string;
	files: Record<string, string | Buffer>;
	/** What the build prints for it: one line. */
	line: string;
}

/** Groups fail at different stages (schema, cross-file checks, MDX syntax), one build each. */
const FAILING: Record<string, FailingCase[]> = {
	'article fields': [
		{
			input: 'missing title',
			files: { 'content/articles/no-title.mdx': fm('summary: 摘要。\npubDate: 2019-07-01\nsection: politics-law') },
			line: 'content/articles/no-title.mdx: title: 必须填写标题（title）',
		},
		{
			input: 'empty summary',
			files: {
				'content/articles/empty-summary.mdx': fm('title: 空摘要\nsummary: ""\npubDate: 2019-07-01\nsection: politics-law'),
			},
			line: 'content/articles/empty-summary.mdx: summary: 摘要（summary）不能为空',
		},
		{
			input: 'wrong type (seriesOrder as text)',
			files: { 'content/articles/wrong-type.mdx': valid('类型错误', '\nseries: saohei-chu-e\nseriesOrder: 第二篇') },
			line: 'content/articles/wrong-type.mdx: seriesOrder: 系列序号（seriesOrder）应为数字，如 1',
		},
		{
			input: 'a date that does not exist',
			files: {
				'content/articles/bad-date.mdx': fm('title: 日期错误\nsummary: 摘要。\npubDate: 2019-13-45\nsection: politics-law'),
			},
			line: 'content/articles/bad-date.mdx: pubDate: 发布日期（pubDate）「2019-13-45」不是有效日期，应为 2019-07-01 或 2019-07-01T08:30:00+08:00',
		},
		{
			input: 'a file saved as GBK',
			files: { 'content/articles/gbk.mdx': GBK },
			line: 'content/articles/gbk.mdx: (整个文件): 文件不是 UTF-8 编码（可能存成了 GBK）；请在编辑器里“另存为” UTF-8',
		},
		{
			input: 'a cover picture that is not there',
			files: { 'content/articles/no-cover.mdx': valid('缺图', '\ncover: ./images/missing.jpg\ncoverAlt: 会场') },
			line: 'content/articles/no-cover.mdx: cover: 找不到图片 ./images/missing.jpg（相对于这个文件所在的文件夹）；请把图片放到文章旁边，或改正路径',
		},
	],
	'references and article text': [
		{
			input: 'unknown section id',
			files: {
				'content/articles/unknown-section.mdx': fm('title: 未知栏目\nsummary: 摘要。\npubDate: 2019-07-01\nsection: sports'),
			},
			line: 'content/articles/unknown-section.mdx: section: 找不到栏目「sports」，应为以下之一：politics-law',
		},
		{
			input: 'unknown promo id',
			files: { 'content/articles/unknown-promo.mdx': valid('未知广告', '\npromos:\n  - summer-camp') },
			line: 'content/articles/unknown-promo.mdx: promos: 找不到广告「summer-camp」，应为以下之一：jiangnan-study-tour',
		},
		{
			input: 'an unknown component',
			files: { 'content/articles/unknown-component.mdx': `${valid('未知组件')}正文。\n\n<Chart data="x" />\n` },
			line: 'content/articles/unknown-component.mdx:10: <Chart>: 没有「Chart」这个组件；文章里可以用的是 <PullQuote>、<Figure>、<Promo>',
		},
		{
			input: 'a missing image file',
			files: {
				'content/articles/missing-figure.mdx': `${valid('缺少图片')}<Figure src="articles/images/missing.jpg" alt="会场" />\n`,
			},
			line: 'content/articles/missing-figure.mdx:8: <Figure src>: 找不到图片 content/articles/images/missing.jpg',
		},
		{
			input: 'a <script> in the text',
			files: { 'content/articles/script.mdx': `${valid('脚本')}<script>alert(1)</script>\n` },
			line: 'content/articles/script.mdx:8: <script>: 文章里不能有 <script>：它会在读者的浏览器里运行代码或嵌入别的网站',
		},
		{
			input: 'a javascript: link written as HTML',
			files: { 'content/articles/js-link.mdx': `${valid('脚本链接')}<a href="javascript:alert(1)">点这里</a>\n` },
			line: 'content/articles/js-link.mdx:8: 链接: 链接不能以 javascript: 开头；应为 https:// 开头的网址',
		},
	],
	'hostile markup': [
		{
			input: 'an event handler on a tag',
			files: { 'content/articles/onerror.mdx': `${valid('事件属性')}<img src="x.png" alt="x" onerror="alert(1)" />\n` },
			line: 'content/articles/onerror.mdx:8: onerror: 文章里的标签不能带 onerror：它会在读者的浏览器里运行代码',
		},
		{
			input: 'a link address computed by code',
			files: { 'content/articles/computed-href.mdx': `${valid('计算链接')}<a href={'java' + 'script:alert(1)'}>点这里</a>\n` },
			line: 'content/articles/computed-href.mdx:8: href: href 请直接写成网址文字',
		},
	],
	'MDX syntax': [
		{
			input: 'an unclosed MDX tag',
			files: { 'content/articles/unclosed.mdx': `${valid('未闭合')}<PullQuote>引语\n\n后文。\n` },
			line: 'Expected a closing tag for `<PullQuote>` (8:1-8:12) before the end of `paragraph`',
		},
	],
	'promo fields': [
		{
			input: 'a promo phone with letters',
			files: {
				'content/promos/bad-phone.yaml':
					"title: 测试广告\ncontacts:\n  heading: 报名方式\n  people:\n    - name: 某老师\n      phone: '133O4743215'\n",
			},
			line: 'content/promos/bad-phone.yaml: contacts.people.0.phone: 「133O4743215」不是有效电话：应为 11 位手机号（1 开头，第二位 3–9）或带区号的固定电话',
		},
		{
			input: 'validThrough before validFrom',
			files: { 'content/promos/bad-dates.yaml': 'title: 测试广告\nvalidFrom: 2019-07-10\nvalidThrough: 2019-07-01\n' },
			line: 'content/promos/bad-dates.yaml: validThrough: 截止日期（validThrough）不能早于开始日期（validFrom）',
		},
	],
};

const HOSTILE = '</script><script>alert(1)</script><!--';
const BIG_PARAGRAPH = `${'乌兰察布市扫黑除恶专项斗争持续推进，'.repeat(40)}。\n\n`;
const SAFE_FILES: Record<string, string> = {
	'content/articles/with-bom.mdx': `\uFEFF${valid('带字节顺序标记的文章')}正文。\n`,
	'content/articles/crlf.mdx': `${valid('换行符为CRLF的文章')}第一段。\n\n第二段。\n`.replace(/\n/g, '\r\n'),
	'content/articles/two-megabytes.mdx': `${valid('两兆字节的长文')}${BIG_PARAGRAPH.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(BIG_PARAGRAPH)))}`,
	'content/articles/hostile-title.mdx': `---\ntitle: '${HOSTILE}'\nsummary: '${HOSTILE}'\npubDate: 2019-07-01\nsection: politics-law\n---\n\n正文。\n`,
	'content/articles/encoded-js-link.mdx': `${valid('编码后的脚本链接')}[点这里](java&#x73;cript:alert(1))\n`,
};

const site = buildCopy({});
afterAll(() => site.remove());

const listing = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory()
			? listing(join(dir, name))
			: [`${relative(site.dist, join(dir, name))}:${statSync(join(dir, name)).size}`],
	);
const goodDist = listing(site.dist);

function buildWith(files: Record<string, string | Buffer>) {
	for (const [path, text] of Object.entries(files)) writeFileSync(join(site.root, path), text);
	const result = runBuild({ root: site.root });
	for (const path of Object.keys(files)) rmSync(join(site.root, path));
	return result;
}

describe.each(Object.entries(FAILING))('%s: the build fails, one line a problem', (_group, cases) => {
	const result = buildWith(Object.assign({}, ...cases.map((item) => item.files)));
	// Taken now: the builds run while the tests are collected, one group after another.
	const distAfter = listing(site.dist);

	test('exit status is not 0', () => {
		expect(result.status).not.toBe(0);
	});

	test.each(cases)('$input', ({ line }) => {
		expect(result.output).toContain(line);
	});

	test('the last good dist/ is untouched', () => {
		expect(distAfter).toEqual(goodDist);
	});
});

describe('inputs that render safely', () => {
	const result = buildWith(SAFE_FILES);
	const page = (slug: string) => parse(readFileSync(join(site.dist, 'articles', slug, 'index.html'), 'utf8'));

	test('they build', () => {
		expect(result.status, result.output).toBe(0);
	});

	test('a UTF-8 byte order mark is ignored', () => {
		expect(page('with-bom').querySelector('h1')?.text).toBe('带字节顺序标记的文章');
	});

	test('CRLF line endings keep the paragraphs', () => {
		expect(
			page('crlf')
				.querySelectorAll('.prose p')
				.map((p) => p.text),
		).toEqual(['第一段。', '第二段。']);
	});

	test('a 2 MB article builds, with a reading time to match', () => {
		expect(page('two-megabytes').querySelector('.dateline')?.text).toMatch(/阅读约 1\d{3} 分钟/);
	});

	test('</script> and <!-- in a title are escaped everywhere', () => {
		const hostile = page('hostile-title');
		expect(hostile.querySelector('h1')?.text).toBe(HOSTILE);
		expect(hostile.querySelector('title')?.text).toBe(`${HOSTILE} - 内蒙古晨报 · 乌兰察布`);
		const scripts = hostile.querySelectorAll('script');
		expect(scripts.every((script) => script.getAttribute('type') === 'application/ld+json')).toBe(true);
		expect(JSON.parse(scripts[0]?.textContent ?? '{}').headline).toBe(HOSTILE);
	});

	test('an encoded javascript: link is dropped, its text kept', () => {
		const prose = page('encoded-js-link').querySelector('.prose');
		expect(prose?.text).toContain('点这里');
		expect(prose?.querySelectorAll('a')).toHaveLength(0);
		expect(prose?.innerHTML.toLowerCase()).not.toContain('script:');
	});
});
