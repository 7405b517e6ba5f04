import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/**
 * The environment without what Vitest and Vite put into it (NODE_ENV=test, MODE, DEV, PROD,
 * BASE_URL, SSR, VITEST_*): inherited by a build, they make Astro build in development mode,
 * where drafts show. A build in a test must be the build CI deploys.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const leaked = /^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|VITEST.*|TEST)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
}

export interface BuildResult {
	status: number | null;
	/** stdout and stderr together, without colours. */
	output: string;
}

/** Astro's cache between builds (astro.config.mjs `cacheDir`): parsed content, optimised images. */
export const CACHE_DIR = '.cache/astro';

/**
 * Builds a project through npm, as a user or CI would, from a cold cache unless `warm` (Astro
 * keeps parsed content between builds; a schema or lib change must not meet stale data, which is
 * why CI's cache key holds src/).
 */
export function runBuild({
	root = PROJECT_ROOT,
	outDir,
	env = {},
	warm = false,
}: { root?: string; outDir?: string; env?: Record<string, string>; warm?: boolean } = {}): BuildResult {
	if (!warm) rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
	if (outDir) rmSync(outDir, { recursive: true, force: true });
	const result = spawnSync('npm', ['run', 'build', '--silent', ...(outDir ? ['--', '--outDir', outDir] : [])], {
		cwd: root,
		encoding: 'utf8',
		// Every MDX file prints Vite's module-directive warning (withastro/astro#18087): thousands of
		// articles print megabytes, past spawnSync's 1 MB default, which would kill the build.
		maxBuffer: 256 * 1024 * 1024,
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the project into `outDir` and throws with the build's output when it fails; returns the output. */
export function buildSite(outDir: string, env: Record<string, string> = {}): string {
	const { status, output } = runBuild({ outDir, env });
	if (status !== 0) throw new Error(`npm run build failed (exit ${status}):\n${output}`);
	return output;
}

/**
 * Gives a copy the project's installed packages, each linked, but its own cache folders
 * (.astro, .vite): copies built at the same time must not share, or clear, one cache.
 */
export function linkPackages(root: string): void {
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
		if (name === '.astro' || name === '.vite' || name === '.cache') continue;
		symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
	}
}

/**
 * A copy of the project with extra or replaced files (test fixtures: broken content, generated
 * articles), so fixtures never enter content/. `remove()` deletes the copy.
 */
export function projectCopy(files: Record<string, string | Uint8Array>): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'site-copy-'));
	for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		if (existsSync(join(PROJECT_ROOT, part))) cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
	}
	linkPackages(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Builds a copy of the project (projectCopy) once. */
export function buildCopy(
	files: Record<string, string | Uint8Array>,
	env: Record<string, string> = {},
): BuildResult & { root: string; dist: string; remove: () => void } {
	const copy = projectCopy(files);
	return { ...copy, dist: join(copy.root, 'dist'), ...runBuild({ root: copy.root, env }) };
}
