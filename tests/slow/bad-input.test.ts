import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	BAD_INPUTS,
	type FixtureFile,
	HOSTILE,
	HOSTILE_TAG,
	HOSTILE_FILES,
	SECRET_ENV,
	SECRET_FILE,
	SECRET_TEXT,
} from '../fixtures/bad-input/corpus';
import { LIMITS } from '../../src/lib/content/limits';
import { buildCopy, cleanEnv, runBuild } from '../helpers/build';

/**
 * The bad-input corpus (tests/fixtures/bad-input/corpus.ts) against the real tools, one input at
 * a time in a copy of the site: `npm run content:check` and `npm run build` reach the same
 * verdict with the same lines, name the file, leak neither canary, and leave the last good dist/
 * exactly as it was. Then inputs that must render safely, and two builds started at once.
 */
const site = buildCopy({}, SECRET_ENV);
writeFileSync(join(site.root, SECRET_FILE), `${SECRET_TEXT}\n`);
afterAll(() => site.remove());

const listing = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) =>
		statSync(join(dir, name)).isDirectory()
			? listing(join(dir, name))
			: [`${relative(site.dist, join(dir, name))}:${statSync(join(dir, name)).size}`],
	);
const goodDist = listing(site.dist);

/** Puts fixture files in the copy and returns how to take them out again (restoring any they replaced). */
function place(files: Record<string, FixtureFile>): () => void {
	const undo: (() => void)[] = [];
	for (const [path, content] of Object.entries(files)) {
		const full = join(site.root, path);
		const before = existsSync(full) ? readFileSync(full) : undefined;
		mkdirSync(dirname(full), { recursive: true });
		if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, full);
		else writeFileSync(full, content);
		undo.push(() => (before ? writeFileSync(full, before) : rmSync(full, { force: true })));
	}
	return () => {
		for (const step of undo.reverse()) step();
		for (const path of Object.keys(files)) {
			// Folders the fixture made (content/articles/2019/) go too.
			const dir = dirname(join(site.root, path));
			if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
		}
	};
}

function contentCheck() {
	const result = spawnSync('npm', ['run', 'content:check', '--silent'], {
		cwd: site.root,
		encoding: 'utf8',
		env: { ...cleanEnv(), ...SECRET_ENV, NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const errorLines = (output: string) =>
	output
		.split('\n')
		.filter((line) => /^content\/.*:\d+:\d+: 错误 /.test(line))
		.sort();

describe.each(['code', 'markup', 'identity', 'picture', 'file', 'field', 'limits'])('bad input: %s', (kind) => {
	test.each(BAD_INPUTS.filter((input) => input.class === kind))(
		'$input',
		({ files, line }) => {
			const remove = place(files);
			let check, build;
			try {
				check = contentCheck();
				build = runBuild({ root: site.root, env: SECRET_ENV });
			} finally {
				remove();
			}
			expect(check.status, check.output).toBe(1);
			expect(build.status, build.output).not.toBe(0);
			expect(errorLines(check.output), check.output).toContain(line);
			expect(errorLines(build.output), build.output).toEqual(errorLines(check.output));
			for (const output of [check.output, build.output]) {
				expect(output).not.toContain(SECRET_TEXT);
				expect(output).not.toContain(SECRET_ENV.LEAK_CANARY);
			}
			expect(listing(site.dist)).toEqual(goodDist);
			expect(existsSync(`${site.dist}.partial`) || existsSync(`${site.dist}.previous`)).toBe(false);
		},
		60_000,
	);
});

test('the corpus has at least 45 inputs, each with its own line', () => {
	expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(45);
	expect(new Set(BAD_INPUTS.map((input) => input.line)).size).toBe(BAD_INPUTS.length);
});

describe('two builds started at once in one folder', () => {
	test('the second waits for the first or stops within seconds, saying why; dist/ is whole', async () => {
		const start = () =>
			new Promise<{ status: number | null; output: string; seconds: number }>((resolve) => {
				const began = Date.now();
				const child = spawn('npm', ['run', 'build', '--silent'], {
					cwd: site.root,
					env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
				});
				let output = '';
				child.stdout.on('data', (chunk) => (output += chunk));
				child.stderr.on('data', (chunk) => (output += chunk));
				child.on('close', (status) => resolve({ status, output, seconds: (Date.now() - began) / 1000 }));
			});
		const builds = await Promise.all([start(), start()]);
		expect(builds.some((build) => build.status === 0)).toBe(true);
		expect(builds.filter((build) => build.output.includes('另一个构建正在这个文件夹里运行'))).toHaveLength(1);
		for (const build of builds.filter((build) => build.status !== 0)) {
			expect(build.output).toContain('本次构建已停止，网站没有改动');
			expect(build.seconds).toBeLessThan(20);
		}
		expect(listing(site.dist).map((entry) => entry.split(':')[0])).toEqual(goodDist.map((entry) => entry.split(':')[0]));
		expect(existsSync(join(site.root, '.build.lock'))).toBe(false);
	}, 120_000);
});

describe('inputs that render safely', () => {
	const BIG_PARAGRAPH = `${'乌兰察布市扫黑除恶专项斗争持续推进，'.repeat(40)}。\n\n`;
	/** Paragraphs of 680 Chinese characters (2,165 bytes each) an article just under the 256 KB limit holds. */
	const LONGEST = 118;
	const valid = (title: string) =>
		`---\ntitle: ${title}\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n`;
	const SAFE: Record<string, string> = {
		'content/articles/with-bom.mdx': `\uFEFF${valid('带字节顺序标记的文章')}正文。\n`,
		'content/articles/crlf.mdx': `${valid('换行符为CRLF的文章')}第一段。\n\n第二段。\n`.replace(/\n/g, '\r\n'),
		'content/articles/long-feature.mdx': `${valid('最长的特稿')}${BIG_PARAGRAPH.repeat(LONGEST)}`,
		...HOSTILE_FILES,
	};
	let check = { status: null as number | null, output: '' };
	let result = { status: null as number | null, output: '' };
	beforeAll(() => {
		const remove = place(SAFE);
		check = contentCheck();
		result = runBuild({ root: site.root });
		remove();
	});
	const page = (path: string) => parse(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));

	test('the check passes them and they build', () => {
		expect(check.status, check.output).toBe(0);
		expect(result.status, result.output).toBe(0);
	});

	test('a UTF-8 byte order mark is ignored', () => {
		expect(page('articles/with-bom').querySelector('h1')?.text).toBe('带字节顺序标记的文章');
	});

	test('CRLF line endings keep the paragraphs', () => {
		expect(
			page('articles/crlf')
				.querySelectorAll('.prose p')
				.map((p) => p.text),
		).toEqual(['第一段。', '第二段。']);
	});

	test('an article just under the size limit builds, with a reading time to match', () => {
		const bytes = Buffer.byteLength(SAFE['content/articles/long-feature.mdx']!);
		expect(bytes).toBeGreaterThan(LIMITS.fileBytes - 8 * 1024);
		expect(bytes).toBeLessThanOrEqual(LIMITS.fileBytes);
		expect(page('articles/long-feature').querySelector('.dateline')?.text).toContain(
			`阅读约 ${Math.round((LONGEST * 680) / 450)} 分钟`,
		);
	});

	test('markup in every field of an article stays text on its page, in its meta tags and its JSON-LD', () => {
		const dom = page('articles/hostile-fields');
		expect(dom.querySelector('h1')?.text).toBe(HOSTILE);
		expect(dom.querySelector('title')?.text).toBe(`${HOSTILE} - 内蒙古晨报 · 乌兰察布`);
		expect(dom.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(HOSTILE);
		expect(dom.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HOSTILE);
		expect(dom.querySelector('.source-line')?.text).toBe(`（${HOSTILE}）`);
		expect(dom.querySelector('.editor-line')?.text).toBe(`责任编辑：${HOSTILE}`);
		expect(dom.querySelector('.print-url')?.text).toMatch(/articles\/hostile-fields\/$/);
		// Only the page's own script elements: nothing an editor wrote became one.
		const scripts = dom.querySelectorAll('script');
		expect(scripts.every((script) => script.getAttribute('type') === 'application/ld+json')).toBe(true);
		const ld = JSON.parse(scripts[0]?.textContent ?? '{}');
		expect(ld.headline).toBe(HOSTILE);
		expect(ld.description).toBe(HOSTILE);
		expect(ld.author).toEqual([{ '@type': 'Person', name: HOSTILE }]);
		expect(ld.keywords).toBe(HOSTILE_TAG);
		expect(dom.querySelectorAll('img[src="x"], [onerror]')).toHaveLength(0);
	});

	test('markup in every field of an ad stays text where the ad runs and on its own page', () => {
		for (const path of ['articles/hostile-fields', 'promos/hostile-ad']) {
			const ad = page(path).querySelector('aside.promo');
			const text = ad?.text ?? '';
			expect(text.split(HOSTILE).length - 1, path).toBeGreaterThanOrEqual(8);
			expect(ad?.querySelectorAll('script')).toHaveLength(0);
			expect(ad?.querySelector('img')?.getAttribute('alt'), path).toBe(HOSTILE);
		}
	});

	test('markup in every field stays text in the feed, read by an XML parser', () => {
		const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(
			readFileSync(join(site.dist, 'rss.xml'), 'utf8'),
		);
		const items = feed.rss.channel.item as Record<string, unknown>[];
		const item = items.find((entry) => String(entry['link']).includes('hostile-fields'))!;
		expect(item['title']).toBe(HOSTILE);
		expect(item['description']).toBe(HOSTILE);
		expect(item['category']).toContain(HOSTILE_TAG);
		// content:encoded is HTML: parsed as HTML, the source line is text, and there is no script.
		const body = parse(String(item['content:encoded']));
		expect(body.querySelectorAll('script')).toHaveLength(0);
		expect(body.text).toContain(`（${HOSTILE}）`);
	});
});
