/**
 * A failed build must leave the previous site untouched, so nothing half-built is deployed.
 * Astro empties the output folder first and writes pages one by one; this builds into a
 * sibling `<outDir>.partial/` instead, and only when every step (sitemap and search index
 * included: keep this integration last) has succeeded, puts it in place of `<outDir>`.
 * One build at a time per project folder (build-lock.ts).
 */
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { acquireBuildLock } from './build-lock';

/** File operations the swap needs, so a test can make one fail. */
export interface SwapFs {
	exists: (path: string) => boolean;
	rename: (from: string, to: string) => void;
	remove: (path: string) => void;
	/** Throws if the tree at `path` could not be deleted (a folder in it is not writable). */
	assertRemovable: (path: string) => void;
}

function assertRemovable(path: string): void {
	if (!statSync(path).isDirectory()) return;
	accessSync(path, constants.W_OK);
	for (const name of readdirSync(path)) assertRemovable(join(path, name));
}

export const NODE_FS: SwapFs = {
	exists: existsSync,
	rename: renameSync,
	remove: (path) => rmSync(path, { recursive: true, force: true }),
	assertRemovable: (path) => {
		accessSync(dirname(path), constants.W_OK);
		assertRemovable(path);
	},
};

/**
 * Puts `staging` in the place of `final`. Whatever fails, `final` afterwards holds either the
 * old site or the new one, whole, and nothing is left that stops the next build.
 */
export function swapInto(final: string, staging: string, fs: SwapFs = NODE_FS): void {
	const previous = `${final}.previous`;
	if (fs.exists(final)) {
		try {
			fs.assertRemovable(final);
		} catch (error) {
			fs.remove(staging);
			throw new Error(
				`${final} 不能替换（${(error as Error).message}）；旧网站保持原样，新构建已丢弃。请修好它的权限后重新构建。`,
			);
		}
	}
	fs.remove(previous);
	if (fs.exists(final)) fs.rename(final, previous);
	try {
		fs.rename(staging, final);
	} catch (error) {
		if (fs.exists(previous)) fs.rename(previous, final);
		fs.remove(staging);
		throw error;
	}
	fs.remove(previous);
}

export default function atomicOutDir(): AstroIntegration {
	let finalDir: string | undefined;
	let stagingDir: string | undefined;
	let release: (() => void) | undefined;
	return {
		name: 'atomic-out-dir',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				release = await acquireBuildLock(fileURLToPath(config.root));
				finalDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				stagingDir = `${finalDir}.partial`;
				rmSync(stagingDir, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
			},
			'astro:build:done': ({ logger }) => {
				if (!finalDir || !stagingDir) return;
				try {
					swapInto(finalDir, stagingDir);
				} finally {
					release?.();
				}
				logger.info(`site written to ${finalDir}`);
			},
		},
	};
}
