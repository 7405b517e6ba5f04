import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';
import { closeBrowser, overflowProblems, visit } from '../helpers/browser';
import { serveStatic } from '../helpers/static-server';

/** A paper with as many sections as a city daily, named as long as they get. */
const SECTIONS = ['政法', '经济观察', '社会民生', '文化旅游', '教育卫生', '乡村振兴', '生态环境', '体育健身', '旗县区动态'];
const sections = SECTIONS.map(
	(name, index) => `- id: ${index === 0 ? 'politics-law' : `section-${index}`}\n  name: ${name}\n`,
).join('');

/** A section has a place in the navigation once something in it is published: one article each. */
const articles = Object.fromEntries(
	SECTIONS.slice(1).map((name, index) => [
		`content/articles/section-${index + 1}.mdx`,
		`---\ntitle: ${name}的第一篇报道\nsummary: ${name}栏目的第一篇报道。\npubDate: 2019-07-0${(index % 8) + 2}\nsection: section-${index + 1}\n---\n\n${name}栏目的正文。\n`,
	]),
);
const copy = buildCopy({ 'content/sections.yaml': sections, ...articles });
let siteUrl = '';
let close = () => {};
beforeAll(async () => {
	const served = await serveStatic(copy.dist);
	siteUrl = served.url;
	close = () => served.server.close();
});
afterAll(async () => {
	close();
	copy.remove();
	await closeBrowser();
});

/** The navigation row: its height against one link's, whether it scrolls, and its links' boxes. */
const measure = () => {
	const list = document.querySelector('.masthead nav ul')!;
	const links = [...list.querySelectorAll('a')];
	return {
		lines: Math.round(list.getBoundingClientRect().height / links[0]!.getBoundingClientRect().height),
		scrolls: list.scrollWidth > list.clientWidth,
		links: links.length,
	};
};

describe('the navigation with nine sections', () => {
	test('the build has them', () => {
		expect(copy.status, copy.output).toBe(0);
	});

	test.each([360, 375])('at %d px: one line that scrolls sideways, nothing else sticking out', async (width) => {
		const { page, close: done } = await visit('/', { viewport: { width, height: 740 } }, siteUrl);
		try {
			expect(await page.evaluate(measure)).toEqual({ lines: 1, scrolls: true, links: SECTIONS.length + 4 });
			expect(await overflowProblems(page)).toEqual([]);
			// A keyboard reaches the last link, and it comes into view.
			const last = page.locator('.masthead nav a').last();
			await last.focus();
			const box = await last.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
		} finally {
			await done();
		}
	});

	test('at 1280 px: every link in view without scrolling', async () => {
		const { page, close: done } = await visit('/', { viewport: { width: 1280, height: 800 } }, siteUrl);
		try {
			expect((await page.evaluate(measure)).scrolls).toBe(false);
		} finally {
			await done();
		}
	});
});
