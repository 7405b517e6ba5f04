/**
 * A failed build must leave the previous site untouched, so nothing half-built is deployed.
 * Astro empties the output folder first and writes pages one by one; this builds into a
 * sibling `<outDir>.partial/` instead, and only when every step (sitemap and search index
 * included: keep this integration last) has succeeded, puts it in place of `<outDir>`.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function atomicOutDir(): AstroIntegration {
	let finalDir: string | undefined;
	let stagingDir: string | undefined;
	return {
		name: 'atomic-out-dir',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalDir = fileURLToPath(config.outDir).replace(/\/$/, '');
				stagingDir = `${finalDir}.partial`;
				rmSync(stagingDir, { recursive: true, force: true });
				updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
			},
			'astro:build:done': ({ logger }) => {
				if (!finalDir || !stagingDir) return;
				const previous = `${finalDir}.previous`;
				rmSync(previous, { recursive: true, force: true });
				if (existsSync(finalDir)) renameSync(finalDir, previous);
				renameSync(stagingDir, finalDir);
				rmSync(previous, { recursive: true, force: true });
				logger.info(`site written to ${finalDir}`);
			},
		},
	};
}
