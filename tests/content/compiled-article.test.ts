import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import mdxServer from '@astrojs/mdx/server.js';
import type { AstroIntegration } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import PullQuote from '../../src/components/PullQuote.astro';
import { MDX_PLUGIN } from '../../src/lib/pipeline/mdx-cache';

type Transform = (this: unknown, code: string, id: string) => Promise<{ code: string }> | { code: string };
interface VitePlugin {
	name: string;
	transform: { handler: Transform };
}

const ROOT = new URL('../../', import.meta.url);
const ARTICLE = fileURLToPath(new URL('content/articles/compiled-article-test.mdx', ROOT));

/**
 * The MDX compiler as a build sets it up: the @astrojs/mdx integration's hooks run with the
 * project's config (its Markdown processor: remark, the content guards, the line breaker), and
 * its two Vite plugins make an article's module, as the prerender build has it. `integration` is
 * the one astro.config.mjs lists unless given.
 */
async function compilerOf(integration?: AstroIntegration): Promise<(text: string) => Promise<string>> {
	integration ??= config.integrations!.flat().find((entry) => (entry as AstroIntegration).name === '@astrojs/mdx') as AstroIntegration;
	const hooks = integration.hooks as unknown as Record<string, (options: unknown) => Promise<void>>;
	const plugins: VitePlugin[] = [];
	const ignore = () => undefined;
	const project = { ...config, root: ROOT, srcDir: new URL('src/', ROOT) };
	await hooks['astro:config:setup']!({
		config: project,
		updateConfig: (update: { vite: { plugins: VitePlugin[] } }) => plugins.push(...update.vite.plugins),
		addRenderer: ignore,
		addPageExtension: ignore,
		addContentEntryType: ignore,
	});
	await hooks['astro:config:done']!({ config: project, logger: { warn: ignore } });
	expect(plugins.map((plugin) => plugin.name)).toEqual([MDX_PLUGIN, '@astrojs/mdx-postprocess']);
	const context = { environment: { name: 'prerender' } };
	return async (text) => {
		let code = text;
		for (const plugin of plugins) code = (await plugin.transform.handler.call(context, code, ARTICLE)).code;
		return code;
	};
}

const compile = await compilerOf();
/** The same compiler without `optimize`: every element a call of its own. */
const compileUnoptimised = await compilerOf(mdx());

const modules = mkdtempSync(join(tmpdir(), 'compiled-article-'));
afterAll(() => rmSync(modules, { recursive: true, force: true }));
const container = await AstroContainer.create();
container.addServerRenderer({ name: 'astro:jsx', renderer: mdxServer });
let written = 0;

/** A compiled article rendered as the article page renders it, with its pull quote component (the only one these articles use). */
async function rendered(code: string): Promise<string> {
	const file = join(modules, `article-${written++}.mjs`);
	// The module lives outside the project: its runtime imports (either quote) name Astro's file.
	const runtime = JSON.stringify(import.meta.resolve('astro/jsx-runtime'));
	writeFileSync(file, code.replace(/(["'])astro\/jsx-runtime\1/g, runtime));
	const { default: Content } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown };
	return container.renderToString(Content as Parameters<AstroContainer['renderToString']>[0], {
		props: { components: { PullQuote } },
	});
}

const paragraph = (n: number) => `第${n}段：乌兰察布市始终将扫黑除恶专项斗争作为重大政治工程，加强领导，高位推进。`;
const article = (paragraphs: number) =>
	[
		'## 突出政治站位 及早谋划部署',
		...Array.from({ length: paragraphs }, (_, n) => paragraph(n + 1)),
		'<PullQuote>“正确的路线确定之后，干部就是决定的因素”。</PullQuote>',
		'**重点。**后文，还有[一个链接](https://www.nmgcb.com.cn/)和“引语”、“又一句”。',
		'文章最后一段。',
	].join('\n\n');

/** The element calls the module makes when it renders: what Vite parses and bundles, per article. */
const calls = (code: string) => code.match(/\b_jsxs?\(/g)?.length ?? 0;

describe('an article compiles to a module that holds its static HTML as strings (mdx optimize)', () => {
	test('forty paragraphs make as many element calls as four', async () => {
		const short = await compile(article(4));
		const long = await compile(article(40));
		expect(long.length - short.length).toBeGreaterThan(36 * paragraph(1).length);
		expect(calls(long)).toBe(calls(short));
		expect(calls(await compileUnoptimised(article(40)))).toBeGreaterThan(calls(long) + 36 * 2);
	});

	test('the page it renders is the one the unoptimised module renders, line breaker’s markup and all', async () => {
		const text = article(3);
		const page = await rendered(await compile(text));
		expect(page).toBe(await rendered(await compileUnoptimised(text)));
		const html = parse(page);
		expect(html.querySelector('h2')?.id).toBe('突出政治站位-及早谋划部署');
		expect(html.querySelectorAll('h2 > span.word').map((word) => word.text)).toEqual(['突出', '政治', '站位 ', '及早', '谋划', '部署']);
		expect(html.querySelectorAll('p > span.para-end').map((tail) => tail.text)).toEqual([
			'位推进。',
			'位推进。',
			'位推进。',
			'一句”。',
			'后一段。',
		]);
		// The pull quote's last characters stay together too.
		expect(html.querySelector('blockquote > span.para-end')?.text).toBe('因素”。');
		expect(html.querySelector('strong')?.text).toBe('重点。');
	});

	test('an editor’s text that looks like markup stays text', async () => {
		const text = '正文&lt;script&gt;alert(1)&lt;/script&gt;与&lt;img src=x onerror=alert(1)&gt;结束。';
		const page = await rendered(await compile(text));
		const html = parse(page);
		expect(html.querySelectorAll('*').map((element) => element.tagName)).toEqual(['P', 'SPAN']);
		expect(html.text).toBe('正文<script>alert(1)</script>与<img src=x onerror=alert(1)>结束。');
	});
});
