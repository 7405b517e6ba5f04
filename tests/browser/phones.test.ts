import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, SCHEMES, sitePages, slugOfPath, visit } from '../helpers/browser';
import { BROWSER_REPORTS } from '../helpers/paths';
import sharp from 'sharp';
import {
	MANY_SECTIONS,
	navigationWith,
	READER_CHECK_INPUT,
	readerProblems,
	scrollNavigationToEnd,
} from '../helpers/reader-checks';
import { startWebKit, type WebKit, type WebKitSession } from '../helpers/webkit';

/**
 * Every page on the two phone widths most readers have (375 and 390 px, iPhones), in both colour
 * schemes, in WebKit (every iPhone browser, WeChat's included) and in Chromium (Android's in-app
 * browsers): the same checks in both, and a screenshot from each side by side in
 * tests/.output/browser/phones/.
 */
const WIDTHS = [375, 390];
const HEIGHT = 812;
const SHOTS = join(BROWSER_REPORTS, 'phones');
mkdirSync(SHOTS, { recursive: true });

let webkit: WebKit;
/** WebKitWebDriver drives one window at a time: the light pages are run first, then the dark. */
let current: { scheme: string; session: WebKitSession } | undefined;

async function sessionFor(scheme: (typeof SCHEMES)[number]): Promise<WebKitSession> {
	if (current?.scheme !== scheme) {
		await current?.session.close();
		current = { scheme, session: await webkit.session({ dark: scheme === 'dark' }) };
	}
	return current.session;
}

beforeAll(async () => {
	webkit = await startWebKit();
});

afterAll(async () => {
	await webkit?.stop();
	await closeBrowser();
});

const cases = (process.env.ONLY ? ['light' as const] : SCHEMES).flatMap((scheme) =>
	sitePages()
		.filter((p) => !process.env.ONLY || p.includes(process.env.ONLY))
		.flatMap((path) => WIDTHS.map((width) => ({ path, width, scheme }))),
);

describe('WebKit', () => {
	test.each(cases)('$path at $width px, $scheme', async ({ path, width, scheme }) => {
		const siteUrl = inject('siteUrl');
		const session = await sessionFor(scheme);
		await session.open(`${siteUrl}/404.html`, `${siteUrl}${path}`, { width, height: HEIGHT });
		const seen = await session.run(() => ({
			width: document.documentElement.clientWidth,
			dark: matchMedia('(prefers-color-scheme: dark)').matches,
		}));
		// The page sees the phone's width and scheme, or nothing below is about a phone.
		expect(seen).toEqual({ width, dark: scheme === 'dark' });
		const problems = await session.run(readerProblems, READER_CHECK_INPUT);
		const { png } = await session.screenshot();
		writeFileSync(join(SHOTS, `${slugOfPath(path)}-${width}-${scheme}-webkit.png`), png);
		expect(problems).toEqual([]);
	});
});

describe('WebKit: search', () => {
	test('a query in the address finds the article, its excerpt marked, as in Chromium (tests/browser/search.test.ts)', async () => {
		const siteUrl = inject('siteUrl');
		const session = await sessionFor('light');
		await session.open(`${siteUrl}/404.html`, `${siteUrl}/search/?q=${encodeURIComponent('政治站位')}`, {
			width: 390,
			height: HEIGHT,
		});
		const found = await session.run(async () => {
			for (let waited = 0; waited < 10_000 && !document.querySelector('.search__results li'); waited += 100)
				await new Promise((resolve) => setTimeout(resolve, 100));
			return {
				status: document.querySelector('.search__status')?.textContent,
				title: document.querySelector('.search__results li h2 a')?.textContent,
				marks: [...document.querySelectorAll('.search__excerpt mark')].map((mark) => mark.textContent),
			};
		});
		expect(found.status).toBe('找到 1 篇与“政治站位”有关的文章');
		expect(found.title).toBe('全市扫黑除恶专项斗争系列述评之政治站位篇');
		expect(new Set(found.marks)).toEqual(new Set(['政治站位']));
	});
});

describe('Chromium', () => {
	test.each(cases)('$path at $width px, $scheme', async ({ path, width, scheme }) => {
		const { page, close } = await visit(path, { viewport: { width, height: HEIGHT }, colorScheme: scheme });
		try {
			const problems = await page.evaluate(readerProblems, READER_CHECK_INPUT);
			await page.screenshot({ path: join(SHOTS, `${slugOfPath(path)}-${width}-${scheme}-chromium.png`), fullPage: true });
			expect(problems).toEqual([]);
		} finally {
			await close();
		}
	});
});

/**
 * The navigation with eight sections (and with long names) at 360 px: every link reachable, the page
 * not scrolling sideways, and a visible cue at the edge where the row has more: the pixels just
 * inside that edge differ from the page's colour, and match it at an end the row has reached.
 */
const NAV_CASES = SCHEMES.flatMap((scheme) => (['short', 'long'] as const).map((names) => ({ scheme, names })));
const NAV_WIDTH = 360;

type Row = ReturnType<typeof navigationWith>['row'];
/** How far (0–255, the largest channel) the pixel 3 px inside each edge of the row, near its top, is from the page's colour. */
async function edgeContrast(png: Buffer, row: Row, background: string) {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const bg = (background.match(/\d+/g) ?? []).map(Number);
	const at = (x: number) => {
		const offset = (Math.round(row.top + 3) * info.width + Math.round(x)) * info.channels;
		return Math.max(...[0, 1, 2].map((c) => Math.abs(data[offset + c]! - bg[c]!)));
	};
	return { left: at(row.left + 2), right: at(row.right - 3) };
}

function expectNavigation(layout: ReturnType<typeof navigationWith>, names: string[]) {
	expect(layout.links.map((link) => link.name)).toEqual(['首页', ...names, '系列报道', '归档', '搜索']);
	expect(layout.links.filter((link) => !link.inView || link.height < 44 || link.width < 44)).toEqual([]);
	expect(layout.pageScrollsSideways).toBe(false);
	expect(layout.scrolls).toBe(true);
}

type Edges = Awaited<ReturnType<typeof edgeContrast>>;
/** At the start the cue is on the right only; scrolled to the end, on the left only. */
function expectCues(atStart: Edges, atEnd: Edges) {
	const cue = (distance: number) => (distance > 12 ? 'cue' : distance < 4 ? 'plain' : `unclear (${distance})`);
	expect({ start: [cue(atStart.left), cue(atStart.right)], end: [cue(atEnd.left), cue(atEnd.right)] }).toEqual({
		start: ['plain', 'cue'],
		end: ['cue', 'plain'],
	});
}

describe('WebKit: the navigation with eight sections at 360 px', () => {
	test.each(NAV_CASES)('$names names, $scheme', async ({ scheme, names }) => {
		const siteUrl = inject('siteUrl');
		const session = await sessionFor(scheme);
		await session.open(`${siteUrl}/404.html`, `${siteUrl}/`, { width: NAV_WIDTH, height: HEIGHT });
		const layout = await session.run(navigationWith, MANY_SECTIONS[names]);
		expectNavigation(layout, MANY_SECTIONS[names]);
		const atStart = await edgeContrast((await session.screenshot()).png, layout.row, layout.background);
		await session.run(scrollNavigationToEnd);
		const { png } = await session.screenshot();
		writeFileSync(join(SHOTS, `nav-${names}-${NAV_WIDTH}-${scheme}-webkit.png`), png);
		const atEnd = await edgeContrast(png, layout.row, layout.background);
		expectCues(atStart, atEnd);
	});
});

describe('Chromium: the navigation with eight sections at 360 px', () => {
	test.each(NAV_CASES)('$names names, $scheme', async ({ scheme, names }) => {
		const { page, close } = await visit('/', { viewport: { width: NAV_WIDTH, height: HEIGHT }, colorScheme: scheme });
		try {
			const layout = await page.evaluate(navigationWith, MANY_SECTIONS[names]);
			expectNavigation(layout, MANY_SECTIONS[names]);
			const atStart = await edgeContrast(await page.screenshot({ fullPage: true }), layout.row, layout.background);
			await page.evaluate(scrollNavigationToEnd);
			const png = await page.screenshot({ fullPage: true });
			writeFileSync(join(SHOTS, `nav-${names}-${NAV_WIDTH}-${scheme}-chromium.png`), png);
			const atEnd = await edgeContrast(png, layout.row, layout.background);
			expectCues(atStart, atEnd);
		} finally {
			await close();
		}
	});
});
