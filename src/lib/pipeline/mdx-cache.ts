/**
 * Compiled articles kept between builds. Astro bundles every page on every build, and with it
 * compiles every article's MDX through remark, the content guards and the line breaker; an
 * article whose text, path and compiler are what they were last time compiles to the same module,
 * so the module is read from `<cacheDir>/mdx/` instead. Under a new build fingerprint (a change
 * to src/, the config, the packages or Node: fingerprint.ts) every article is compiled again.
 * Entries the build did not use are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { backgroundWriter } from '../files';
import { buildFingerprint } from './fingerprint';

/** The plugin of @astrojs/mdx that compiles a .mdx file (its vite-plugin-mdx.js). */
export const MDX_PLUGIN = '@mdx-js/rolldown';

type Handler = (this: unknown, code: string, id: string) => Promise<unknown>;
interface Plugin {
	name: string;
	transform?: { handler: Handler } | Handler;
}

export default function mdxCompileCache(): AstroIntegration {
	let dir = '';
	const used = new Set<string>();
	let compiled = 0;
	const wrapped = new WeakSet<Handler>();
	const writer = backgroundWriter();
	return {
		name: 'mdx-compile-cache',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const root = fileURLToPath(config.root);
				dir = join(fileURLToPath(config.cacheDir), 'mdx');
				mkdirSync(dir, { recursive: true });
				const fingerprint = buildFingerprint(root);
				const cached = (original: Handler): Handler => {
					if (wrapped.has(original)) return original;
					const handler: Handler = async function (this: unknown, code, id) {
						const key = createHash('sha256')
							.update(`${fingerprint}\0${relative(root, id)}\0${code}`)
							.digest('hex');
						const file = join(dir, `${key}.json`);
						used.add(`${key}.json`);
						try {
							return JSON.parse(readFileSync(file, 'utf8'));
						} catch {
							const result = await original.call(this, code, id);
							compiled++;
							// Written in the background, whole, then renamed: a build stopped midway leaves no half entry.
							writer.write(file, JSON.stringify(result), { atomic: true });
							return result;
						}
					};
					wrapped.add(handler);
					return handler;
				};
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'mdx-compile-cache',
								// Each Vite environment resolves its config; the plugin objects are shared.
								configResolved(resolved) {
									const mdx = (resolved.plugins as readonly unknown[] as readonly Plugin[]).find(
										(plugin) => plugin.name === MDX_PLUGIN,
									);
									if (!mdx?.transform) throw new Error(`mdx-compile-cache: Vite has no ${MDX_PLUGIN} plugin to wrap`);
									if (typeof mdx.transform === 'function') mdx.transform = cached(mdx.transform);
									else mdx.transform.handler = cached(mdx.transform.handler);
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ logger }) => {
				await writer.done();
				let removed = 0;
				for (const entry of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile())) {
					if (used.has(entry.name)) continue;
					rmSync(join(dir, entry.name), { force: true });
					removed++;
				}
				logger.info(`${compiled} 篇编译，${used.size - compiled} 篇取自缓存${removed ? `，清除 ${removed} 个旧条目` : ''}`);
			},
		},
	};
}
