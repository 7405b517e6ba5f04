import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCopy } from '../helpers/build';
import { closeBrowser, overflowProblems, visit } from '../helpers/browser';
import { captionLines, stretchedGaps } from '../helpers/reader-checks';
import { serveStatic } from '../helpers/static-server';
import { startWebKit, type WebKit } from '../helpers/webkit';

/**
 * The site with more than the seed has: nine sections, each with an article; an ad whose details
 * hold an itinerary; an article with a photograph, its caption and credit. Built once, looked at
 * in Chromium and, where the engines differ, in WebKit.
 */

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
/** An itinerary line with a long word a justified line would be stretched before. */
const DETAILS =
	'details: |\n  ## 行程安排\n\n  第一天：乘车前往察右后旗乌兰哈达火山地质公园，网址 www.wulanhadahuoshan.com，登3号火山、4号火山。\n\n  第二天：黄花沟草原，08:00—17:30。\n';
const CAPTION = '察右后旗乌兰哈达火山地质公园的3号火山，游客沿着新修的木栈道登上火山口远眺草原';
const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 120, g: 90, b: 60 } } })
	.jpeg()
	.toBuffer();
const copy = buildCopy({
	'content/sections.yaml': sections,
	...articles,
	'content/promos/tour-details.yaml': `title: 火山草原研学营\nqr:\n  alt: 详情页二维码\n  caption: 扫码看行程\n${DETAILS}`,
	'content/articles/images/huoshan.jpg': photo,
	'content/articles/huoshan.mdx': `---\ntitle: 乌兰哈达火山迎来游客\nsummary: 乌兰哈达火山迎来游客。\npubDate: 2019-07-03\nsection: politics-law\n---\n\n正文第一段。\n\n<Figure src="./images/huoshan.jpg" alt="乌兰哈达火山" caption="${CAPTION}" credit="记者 王芳 摄" />\n\n正文第二段。\n`,
});
let siteUrl = '';
let close = () => {};
beforeAll(async () => {
	const served = await serveStatic(copy.dist);
	siteUrl = served.url;
	close = () => served.server.close();
});
let webkit: WebKit | undefined;
afterAll(async () => {
	close();
	copy.remove();
	await closeBrowser();
	await webkit?.stop();
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

/** Every phone width from the narrowest to the largest: a line break that goes wrong at one of them is found. */
const PHONE_WIDTHS = Array.from({ length: 111 }, (_, index) => 320 + index);

/** Opens `path` in Chromium once and, at each of PHONE_WIDTHS, gathers what `measure` finds there. */
async function atEveryPhoneWidth(path: string, measure: (page: Page, width: number) => Promise<string[]>): Promise<string[]> {
	const found: string[] = [];
	const { page, close: done } = await visit(path, { viewport: { width: PHONE_WIDTHS[0]!, height: 800 } }, siteUrl);
	try {
		for (const width of PHONE_WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			found.push(...(await measure(page, width)));
		}
	} finally {
		await done();
	}
	return found;
}

describe('an ad’s details on its own page', () => {
	test('an itinerary line is set without stretched gaps, in Chromium and in WebKit, at every width from 320 to 430 px', async () => {
		const found = await atEveryPhoneWidth('/promos/tour-details/', async (page, width) =>
			(await page.evaluate(stretchedGaps, '.promo__details p')).map((gap) => `Chromium ${width} px: ${gap}`),
		);
		webkit ??= await startWebKit();
		const session = await webkit.session();
		for (const width of [320, 360, 375, 390, 414]) {
			await session.open(`${siteUrl}/404.html`, `${siteUrl}/promos/tour-details/`, { width, height: 800 });
			found.push(...(await session.run(stretchedGaps, '.promo__details p')).map((gap) => `WebKit ${width} px: ${gap}`));
		}
		await session.close();
		expect(found).toEqual([]);
	}, 120_000);
});

describe('a photograph’s caption and credit', () => {
	test('the credit is one piece and the caption never ends on a line of one or two characters, at every width from 320 to 430 px', async () => {
		const found = await atEveryPhoneWidth('/articles/huoshan/', async (page, width) => {
			const lines = await page.evaluate(captionLines);
			expect(lines.text).toContain(CAPTION);
			return lines.creditLines !== 1 || lines.lastLine < 3 ? [`${width} px: ${JSON.stringify(lines)}`] : [];
		});
		expect(found).toEqual([]);
	}, 120_000);
});
