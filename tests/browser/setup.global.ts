import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertChromium } from '../helpers/chromium';
import { BROWSER_DIST, PROJECT_ROOT } from '../helpers/paths';
import { serveStatic } from '../helpers/static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
	}
}

/** Checks for Chromium, builds the site once and serves it on 127.0.0.1 at a free port. */
export default async function setup(project: TestProject) {
	assertChromium();
	rmSync(BROWSER_DIST, { recursive: true, force: true });
	execFileSync('npm', ['run', 'build', '--silent', '--', '--outDir', BROWSER_DIST], {
		cwd: PROJECT_ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const { url, server } = await serveStatic(BROWSER_DIST);
	project.provide('siteUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
