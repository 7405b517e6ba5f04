import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectCopy } from '../helpers/build';
import { type DevServer, startDevServer } from '../helpers/dev-server';

/**
 * A real `npm run dev` on 127.0.0.1, used as an editor would: a draft saved with one mistake after
 * another, then fixed. While the draft has a problem, every page is the Chinese list of problems,
 * and any other request the same list as text (never a 500, never a stack trace); once fixed,
 * the pages come back without a restart.
 */
const copy = projectCopy({});
const ARTICLE = join(copy.root, 'content/articles/huoshan.mdx');
let dev: DevServer;

const draft = ({ pubDate = '2019-07-01', section = 'politics-law', extra = '', body = '乌兰哈达火山群迎来游客。' } = {}) =>
	`---\ntitle: 乌兰哈达火山\nsummary: 察右后旗乌兰哈达火山群迎来游客。\npubDate: ${pubDate}\nsection: ${section}\n${extra}draft: true\n---\n\n${body}\n`;

const until = (path: string, status: number, text = '', accept?: string) => dev.until(path, status, text, accept);

beforeAll(async () => {
	dev = await startDevServer(copy.root);
}, 60_000);

afterAll(() => {
	dev.stop();
	copy.remove();
});

describe('npm run dev while an editor works on a draft', () => {
	const mistakes = [
		{
			what: 'a Chinese date',
			text: draft({ pubDate: '2019年7月1日' }),
			line: 'content/articles/huoshan.mdx:4:1',
			words: '「2019年7月1日」不是有效日期',
		},
		{
			what: 'an unknown section',
			text: draft({ section: 'wenlv' }),
			line: 'content/articles/huoshan.mdx:5:1',
			words: '找不到栏目「wenlv」',
		},
		{
			what: 'an unknown series',
			text: draft({ extra: 'series: huoshan-xilie\n' }),
			line: 'content/articles/huoshan.mdx:6:1',
			words: '找不到系列「huoshan-xilie」',
		},
		{
			what: 'braces in the text',
			text: draft({ body: '火山群{火山弹}很多。' }),
			line: 'content/articles/huoshan.mdx:9:4',
			words: '{…} 表达式',
		},
		{
			what: 'a missing picture',
			text: draft({ body: '<Figure src="./images/huoshan.jpg" alt="火山口" caption="乌兰哈达火山" />' }),
			line: 'content/articles/huoshan.mdx:9:1',
			words: '找不到图片',
		},
	];

	test('the site answers before anything is changed', async () => {
		expect(dev.output).toContain('内容检查通过');
		expect((await until('/', 200)).body).toContain('全市扫黑除恶专项斗争');
	});

	test.each(mistakes)('$what: every page shows the problem in Chinese, with its place', async ({ text, line, words }) => {
		writeFileSync(ARTICLE, text);
		for (const path of ['/', '/articles/saohei-zhengzhi-zhanwei/']) {
			const page = await until(path, 503, line);
			const dom = parse(page.body);
			expect(dom.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
			expect(dom.querySelector('h1')?.text).toMatch(/^内容有 \d+ 处错误，页面暂不显示$/);
			const item = dom.querySelectorAll('li').find((li) => li.text.includes(line));
			expect(item?.text, page.body).toContain(words);
			expect(page.body).not.toMatch(/\n\s+at |Stack trace|TypeError/);
		}
		// A feed reader, or a picture of the page, gets the same problem as text (never Astro's 500).
		const feed = await until('/rss.xml', 503, line, '*/*');
		expect(feed.body).toMatch(/^内容有 \d+ 处错误，预览暂停；改正并保存后自动恢复：\n/);
		expect(feed.body).toContain(words);
	});

	test('fixed, the pages come back, the draft among them, and the terminal said it all in Chinese', async () => {
		writeFileSync(ARTICLE, draft());
		expect((await until('/', 200)).body).toContain('全市扫黑除恶专项斗争');
		expect(parse((await until('/articles/huoshan/', 200)).body).querySelector('h1')?.text).toContain('乌兰哈达火山');
		expect(dev.output).toContain('内容检查通过，预览已恢复');
		expect(dev.output).not.toMatch(/\n\s+at |Stack trace|TypeError|unhandled/i);
	});
});
