import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build';
import { assertChromium } from '../helpers/chromium';
import { BROWSER_DIST } from '../helpers/paths';
import { serveStatic } from '../helpers/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

/** Checks for Chromium, builds the site once and serves it on 127.0.0.1 at a free port. */
export default async function setup(project: TestProject) {
	assertChromium();
	buildSite(BROWSER_DIST);
	const { url, server } = await serveStatic(BROWSER_DIST);
	project.provide('siteUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
