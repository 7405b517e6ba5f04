import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { closeBrowser, SCHEMES, sitePages, slugOfPath, visit } from '../helpers/browser';
import { BROWSER_REPORTS } from '../helpers/paths';
import { READER_CHECK_INPUT, readerProblems } from '../helpers/reader-checks';
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
