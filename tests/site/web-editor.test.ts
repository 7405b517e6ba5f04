import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { sections } from '../../src/lib/editor/content-lists';
import { cmsConfig } from '../../src/lib/editor/cms-config';
import { adminCsp } from '../../src/lib/pipeline/web-editor';
import { SITE } from '../../src/site.config';
import { distFile, distFiles, EDITOR_FOLDER, readerFiles, readerPages, readPage } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/paths';

/** Chinese text as the bundler writes it into a script: each character as \uXXXX. */
const bundled = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
const editorFiles = distFiles().filter((file) => file.startsWith(EDITOR_FOLDER));
const bytes = (files: string[]) => files.reduce((sum, file) => sum + readFileSync(distFile(file)).length, 0);

describe('the web editor at /admin/: its own files, and nothing of it for readers', () => {
	test('its page is Chinese, kept out of search engines, with its own policy, loading only its own scripts', () => {
		const page = readPage('admin');
		expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
		expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(
			adminCsp(SITE.editorBackend),
		);
		expect(page.querySelectorAll('script').map((script) => script.getAttribute('src'))).toEqual([
			'manual-init.js',
			'decap-cms.js',
			'editor.js',
		]);
		expect(page.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('config.yml');
	});

	test('its configuration is the one made from the schemas, with the review workflow', () => {
		const config = parseYaml(readFileSync(distFile('admin/config.yml'), 'utf8')) as Record<string, unknown>;
		expect(config).toEqual(JSON.parse(JSON.stringify(cmsConfig(SITE.editorBackend, sections(PROJECT_ROOT)))));
		expect(config['publish_mode']).toBe('editorial_workflow');
	});

	test('its script is the site’s article format and the gate’s text rules, bundled into one function: nothing left to import', () => {
		const script = readFileSync(distFile('admin/editor.js'), 'utf8');
		expect(script).toContain('mdx-frontmatter');
		expect(script).toMatch(/^"use strict";\(\(\)=>\{/);
		expect(script.trimEnd()).toMatch(/\}\)\(\);$/);
		// The check's own words (escaped by the bundler) and the ids it knows, from content/.
		expect(script).toContain(bundled('段落在句子中间断开'));
		expect(script).toContain('series:["saohei-chu-e"]');
		// No list of ads in the deployed editor, which anyone may download: a draft ad's name would be
		// public. The previews name the ads readers see now (tests/slow/drafts.test.ts: never a draft).
		expect(script).not.toMatch(/promos:\[/);
		expect(script).toContain(`"jiangnan-study-tour":"${bundled('江南研学夏令营')}"`);
		// No Node module: the picture decoder (sharp) stays out; paths are POSIX paths bundled in.
		expect(script).not.toMatch(/require\(["'](sharp|node:[a-z]+)["']\)/);
		expect(script).not.toContain('"node:path"');
	});

	test('no reader page, feed or sitemap names it; no reader file is one of its files', () => {
		const mentions = readerFiles()
			.filter((file) => /\.(html|xml|txt|json)$/.test(file))
			.filter((file) => readFileSync(distFile(file), 'utf8').includes('/admin/'));
		expect(mentions).toEqual([]);
		expect(readerPages().some((page) => page.startsWith(EDITOR_FOLDER))).toBe(false);
	});

	test('what an editor’s browser downloads, reported', () => {
		const start = ['admin/index.html', 'admin/manual-init.js', 'admin/decap-cms.js', 'admin/editor.js', 'admin/config.yml'];
		const atStart = bytes(start);
		const all = bytes(editorFiles);
		console.log(
			`web editor: ${(atStart / 1024 / 1024).toFixed(2)} MB at start, ${(all / 1024 / 1024).toFixed(2)} MB with every part it may load later`,
		);
		// Decap's 5.2 MB, then the site's own script: the article format, pinyin, and the check (zod, the MDX parser).
		expect(atStart).toBeLessThan(7 * 1024 * 1024);
		expect(all).toBeGreaterThan(atStart);
	});
});
