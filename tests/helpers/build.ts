import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export interface BuildResult {
	status: number | null;
	/** stdout and stderr together, without colours. */
	output: string;
}

/**
 * Builds a project through npm, as a user or CI would, from a cold content cache (Astro keeps
 * parsed content between builds; a schema or lib change must not meet stale data).
 */
export function runBuild({
	root = PROJECT_ROOT,
	outDir,
	env = {},
}: { root?: string; outDir?: string; env?: Record<string, string> } = {}): BuildResult {
	rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
	if (outDir) rmSync(outDir, { recursive: true, force: true });
	const result = spawnSync('npm', ['run', 'build', '--silent', ...(outDir ? ['--', '--outDir', outDir] : [])], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the project into `outDir` and throws with the build's output when it fails. */
export function buildSite(outDir: string, env: Record<string, string> = {}): void {
	const { status, output } = runBuild({ outDir, env });
	if (status !== 0) throw new Error(`npm run build failed (exit ${status}):\n${output}`);
}
