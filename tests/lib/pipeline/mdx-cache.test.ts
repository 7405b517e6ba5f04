import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import mdxCompileCache, { MDX_PLUGIN } from '../../../src/lib/pipeline/mdx-cache';

type Handler = (this: unknown, code: string, id: string) => Promise<unknown>;
interface VitePlugin {
	name: string;
	configResolved(resolved: { plugins: unknown[] }): void;
}

/** A project folder (its fingerprint's files), with its cache folder. */
function projectFolder(): { root: string; cacheDir: string } {
	const root = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
	mkdirSync(join(root, 'src'));
	writeFileSync(join(root, 'src/a.ts'), 'export {};');
	return { root, cacheDir: join(root, 'node_modules/.astro') };
}

/**
 * One build as Astro drives the integration: its config hook (for `command`), Vite resolving
 * the MDX plugin given, the MDX files compiled, then the build's end. Returns what the compiler
 * was asked, what each file compiled to and what the build logged.
 */
async function build(
	project: { root: string; cacheDir: string },
	files: Record<string, string>,
	options: { command?: 'build' | 'dev'; style?: 'object' | 'function'; plugins?: string[] } = {},
) {
	const compiled: string[] = [];
	const compile: Handler = async function (this: unknown, code, id) {
		compiled.push(id);
		return { code: `compiled(${code})`, map: null, context: this };
	};
	const mdx =
		options.style === 'function'
			? { name: MDX_PLUGIN, transform: compile }
			: { name: MDX_PLUGIN, transform: { handler: compile } };
	const vitePlugins: VitePlugin[] = [];
	const integration = mdxCompileCache();
	const hooks = integration.hooks as unknown as {
		'astro:config:setup': (options: unknown) => void;
		'astro:build:done': (options: unknown) => Promise<void>;
	};
	hooks['astro:config:setup']({
		command: options.command ?? 'build',
		config: { root: pathToFileURL(`${project.root}/`), cacheDir: pathToFileURL(`${project.cacheDir}/`) },
		updateConfig: (config: { vite: { plugins: VitePlugin[] } }) => vitePlugins.push(...config.vite.plugins),
	});
	const others = (options.plugins ?? []).map((name) => ({ name }));
	// Each Vite environment resolves its config with the same plugin objects: wrapped once.
	for (let environment = 0; environment < 2; environment++)
		for (const plugin of vitePlugins) plugin.configResolved({ plugins: [...others, mdx] });
	const transform = (typeof mdx.transform === 'function' ? mdx.transform : mdx.transform.handler) as Handler;
	const results: Record<string, unknown> = {};
	for (const [path, code] of Object.entries(files))
		results[path] = await transform.call('the plugin context', code, join(project.root, path));
	const logged: string[] = [];
	if ((options.command ?? 'build') === 'build')
		await hooks['astro:build:done']({ logger: { info: (message: string) => logged.push(message) } });
	return { compiled: compiled.map((id) => id.slice(project.root.length + 1)), results, logged, vitePlugins, transform, compile };
}

const cacheEntries = (project: { cacheDir: string }) => readdirSync(join(project.cacheDir, 'mdx')).sort();

describe('the MDX compile cache', () => {
	test('the first build compiles each article and keeps it; the next reads it back the same', async () => {
		const project = projectFolder();
		const files = { 'content/articles/a.mdx': '正文甲', 'content/articles/b.mdx': '正文乙' };
		const first = await build(project, files);
		expect(first.compiled).toEqual(['content/articles/a.mdx', 'content/articles/b.mdx']);
		expect(first.results['content/articles/a.mdx']).toEqual({
			code: 'compiled(正文甲)',
			map: null,
			context: 'the plugin context',
		});
		expect(first.logged).toEqual(['2 篇编译，0 篇取自缓存']);
		expect(cacheEntries(project)).toHaveLength(2);
		expect(cacheEntries(project).every((name) => /^[0-9a-f]{64}\.json$/.test(name))).toBe(true);

		const second = await build(project, files);
		expect(second.compiled).toEqual([]);
		expect(second.results).toEqual(first.results);
		expect(second.logged).toEqual(['0 篇编译，2 篇取自缓存']);
	});

	test('a changed text, or the same text at another path, compiles again; unused entries go', async () => {
		const project = projectFolder();
		await build(project, { 'content/articles/a.mdx': '正文甲', 'content/articles/b.mdx': '正文乙' });
		const next = await build(project, { 'content/articles/a.mdx': '正文甲（改）', 'content/articles/c.mdx': '正文乙' });
		expect(next.compiled).toEqual(['content/articles/a.mdx', 'content/articles/c.mdx']);
		expect(next.logged).toEqual(['2 篇编译，0 篇取自缓存，清除 2 个旧条目']);
		expect(cacheEntries(project)).toHaveLength(2);
	});

	test('under other code (another fingerprint) the same article has another entry', async () => {
		const files = { 'content/articles/a.mdx': '正文甲' };
		const project = projectFolder();
		await build(project, files);
		const other = projectFolder();
		writeFileSync(join(other.root, 'src/a.ts'), 'export const changed = true;');
		await build(other, files);
		expect(cacheEntries(other)).toHaveLength(1);
		expect(cacheEntries(other)).not.toEqual(cacheEntries(project));
		const same = projectFolder();
		await build(same, files);
		expect(cacheEntries(same)).toEqual(cacheEntries(project));
	});

	test('an entry left half-written, or broken, is compiled again and replaced', async () => {
		const project = projectFolder();
		const files = { 'content/articles/a.mdx': '正文甲' };
		await build(project, files);
		const [entry] = cacheEntries(project);
		writeFileSync(join(project.cacheDir, 'mdx', entry!), '{"code":');
		writeFileSync(join(project.cacheDir, 'mdx', `${entry}.partial`), '{');
		const next = await build(project, files);
		expect(next.compiled).toEqual(['content/articles/a.mdx']);
		// The half-written file of the stopped build is no entry: cleared with the old ones.
		expect(next.logged).toEqual(['1 篇编译，0 篇取自缓存，清除 1 个旧条目']);
		expect(cacheEntries(project)).toEqual([entry]);
		expect((await build(project, files)).compiled).toEqual([]);
	});

	test('a plugin that is a bare function is wrapped too, and only once', async () => {
		const project = projectFolder();
		const { compiled, transform, compile, vitePlugins } = await build(
			project,
			{ 'content/articles/a.mdx': '正文' },
			{ style: 'function', plugins: ['vite:css'] },
		);
		expect(compiled).toEqual(['content/articles/a.mdx']);
		expect(transform).not.toBe(compile);
		expect(vitePlugins.map((plugin) => plugin.name)).toEqual(['mdx-compile-cache']);
		// Wrapping the wrapper again (another environment) hands it back as it is.
		vitePlugins[0]!.configResolved({ plugins: [{ name: MDX_PLUGIN, transform }] });
		expect((await build(project, { 'content/articles/a.mdx': '正文' }, { style: 'function' })).compiled).toEqual([]);
	});

	test('without the MDX plugin, the build stops and says so', () => {
		const project = projectFolder();
		const vitePlugins: VitePlugin[] = [];
		(mdxCompileCache().hooks as unknown as { 'astro:config:setup': (options: unknown) => void })['astro:config:setup']({
			command: 'build',
			config: { root: pathToFileURL(`${project.root}/`), cacheDir: pathToFileURL(`${project.cacheDir}/`) },
			updateConfig: (config: { vite: { plugins: VitePlugin[] } }) => vitePlugins.push(...config.vite.plugins),
		});
		expect(() => vitePlugins[0]!.configResolved({ plugins: [{ name: 'vite:css' }] })).toThrow(
			'mdx-compile-cache: Vite has no @mdx-js/rolldown plugin to wrap',
		);
		expect(() => vitePlugins[0]!.configResolved({ plugins: [{ name: MDX_PLUGIN }] })).toThrow(
			'mdx-compile-cache: Vite has no @mdx-js/rolldown plugin to wrap',
		);
	});

	test('astro dev is left alone: no cache, no plugin', async () => {
		const project = projectFolder();
		const { vitePlugins, compiled } = await build(project, {}, { command: 'dev' });
		expect(vitePlugins).toEqual([]);
		expect(compiled).toEqual([]);
		expect(() => readdirSync(project.cacheDir)).toThrow();
	});

	test('the integration is named', () => {
		expect(mdxCompileCache().name).toBe('mdx-compile-cache');
		expect(MDX_PLUGIN).toBe('@mdx-js/rolldown');
	});
});
