import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { projectCopy } from '../helpers/build';
import { type DevServer, startDevServer } from '../helpers/dev-server';

/**
 * `npm run dev` started while a draft's frontmatter cannot even be read (a full-width colon):
 * the server starts, every page is the Chinese list of the draft's problems, and the fix brings
 * the pages back. (Astro's own reader would stop the content sync, and the server, here.)
 */
const BROKEN =
	'---\ntitle: 乌兰哈达火山\nsummary: 摘要。\npubDate: 2019年7月1日\nsection: politics-law\neditor： 王芳\ndraft: true\n---\n\n正文。\n';
const copy = projectCopy({ 'content/articles/huoshan.mdx': BROKEN });
let dev: DevServer;

beforeAll(async () => {
	dev = await startDevServer(copy.root);
}, 60_000);

afterAll(() => {
	dev.stop();
	copy.remove();
});

const until = async (status: number) => (await dev.until('/', status)).body;

test('the server starts; every problem of the draft is listed in Chinese, the colon and the date among them', async () => {
	expect(dev.output).toContain('watching for file changes');
	const items = parse(await until(503))
		.querySelectorAll('li')
		.map((li) => li.text);
	expect(items.find((text) => text.includes('huoshan.mdx:4:1'))).toContain('不是有效日期');
	expect(items.find((text) => text.includes('huoshan.mdx:6:1'))).toContain('字段名 editor 后面用了全角冒号');
	expect(dev.output).not.toMatch(/Stack trace|\n\s+at |can not read a block mapping/);
});

test('fixed, the pages come back', async () => {
	writeFileSync(
		join(copy.root, 'content/articles/huoshan.mdx'),
		BROKEN.replace('2019年7月1日', '2019-07-01').replace('editor：', 'editor:'),
	);
	expect(await until(200)).toContain('全市扫黑除恶专项斗争');
	expect(dev.output).not.toMatch(/Stack trace|\n\s+at |Failed to reload/);
});
