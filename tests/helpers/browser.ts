import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';
import { EDITOR_FOLDER } from './dist';
import { BROWSER_DIST } from './paths';

export const SCHEMES = ['light', 'dark'] as const;

let browser: Promise<Browser> | undefined;

export function launch(): Promise<Browser> {
	browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
	return browser;
}

export async function closeBrowser(): Promise<void> {
	if (browser) await (await browser).close();
	browser = undefined;
}

/**
 * Every page of the built site as a URL path, found by walking the build, so pages added
 * later are checked without editing the suite.
 */
export function sitePages(dir: string = BROWSER_DIST): string[] {
	return readdirSync(dir)
		.flatMap((name) => {
			const full = join(dir, name);
			// The web editor (admin/) is no reader's page: tests/browser/web-editor.test.ts drives it.
			if (`${relative(BROWSER_DIST, full)}/` === EDITOR_FOLDER) return [];
			if (statSync(full).isDirectory()) return sitePages(full);
			return name.endsWith('.html') ? [`/${relative(BROWSER_DIST, full)}`.replace(/index\.html$/, '')] : [];
		})
		.sort();
}

export interface Visit {
	page: Page;
	/** URLs the page requested that are not on the site's own origin. */
	foreignRequests: string[];
	/** Errors the page logged: CSP violations, failed loads, script errors. */
	consoleErrors: string[];
	status: number | undefined;
}

/**
 * Opens a page of the site in a fresh context (viewport, colour scheme) and waits until it is idle;
 * `siteUrl` names another served build than the suite's.
 */
export async function visit(
	path: string,
	options: BrowserContextOptions = {},
	siteUrl: string = inject('siteUrl'),
): Promise<Visit & { close: () => Promise<void> }> {
	const context = await (await launch()).newContext({ viewport: { width: 1280, height: 900 }, ...options });
	const page = await context.newPage();
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(siteUrl) && !url.startsWith('data:')) foreignRequests.push(url);
	});
	const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
	return { page, foreignRequests, consoleErrors, status: response?.status(), close: () => context.close() };
}

/**
 * What sticks out of the viewport: sideways scrolling, and each visible element past either edge.
 * Shared by the layout suite and the large-text suite.
 */
export function overflowProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const viewport = document.documentElement.clientWidth;
		const scrolledInside = (el: Element) => {
			for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement)
				if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
			return false;
		};
		if (document.documentElement.scrollWidth > viewport)
			found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`);
		for (const el of document.body.querySelectorAll('*')) {
			if (getComputedStyle(el).display === 'none' || el.closest('.visually-hidden')) continue;
			// Inside a row that scrolls sideways (the phone's navigation), what lies past its edge is meant to.
			if (scrolledInside(el)) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			if (box.right > viewport + 1 || box.left < -1) {
				const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
				found.push(`${name} sticks out: ${Math.round(box.left)}–${Math.round(box.right)} of ${viewport}`);
			}
		}
		return found;
	});
}

/** A file-system-safe name for a page path, for screenshots and reports. */
export function slugOfPath(path: string): string {
	return path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_') || 'home';
}
