import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/paths';

/** The editors’ commands, run with tsx as their npm scripts do (npm puts it on PATH), in a scratch copy of content/. */
const work = mkdtempSync(join(tmpdir(), 'editor-'));
cpSync(join(PROJECT_ROOT, 'content'), join(work, 'content'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, ...args: string[]) {
	const result = spawnSync('tsx', [join(PROJECT_ROOT, 'src/cli', `${command}.ts`), ...args], { cwd: work, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
	test('writes a draft with a pinyin slug, which the doctor passes', () => {
		const result = run('new-article', '乌兰察布召开推进会', '--section', 'politics-law');
		expect(result.status, result.output).toBe(0);
		expect(readFileSync(join(work, 'content/articles/wu-lan-cha-bu-zhao-kai-tui-jin-hui.mdx'), 'utf8')).toContain('draft: true');
		expect(run('content-check').status).toBe(0);
	});

	test('refuses to overwrite', () => {
		const result = run('new-article', '乌兰察布召开推进会', '--section', 'politics-law');
		expect(result.status).toBe(1);
		expect(result.output).toContain('已存在，没有覆盖');
	});

	test('refuses an unknown section, naming the ones there are', () => {
		const result = run('new-article', '另一篇', '--section', 'sports');
		expect(result.status).toBe(1);
		expect(result.output).toContain('--section 应为以下之一：politics-law（政法）');
	});
});

describe('npm run import', () => {
	test('imports the seed page into a draft article and a draft promo', () => {
		const result = run(
			'import-page',
			join(PROJECT_ROOT, 'tests/fixtures/seed-page.txt'),
			'--slug',
			'imported-seed',
			'--promo-id',
			'imported-tour',
		);
		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(work, 'content/articles/imported-seed.mdx'))).toBe(true);
		expect(readFileSync(join(work, 'content/promos/imported-tour.yaml'), 'utf8')).toContain("phone: '13304743215'");
	});
});

describe('npm run content:check', () => {
	test('exits 1 on an error and prints file:line:column, problem and suggestion', () => {
		writeFileSync(
			join(work, 'content/articles/broken.mdx'),
			'---\ntitle: 坏稿\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n前文,后文。\n',
		);
		const result = run('content-check');
		expect(result.status).toBe(1);
		expect(result.output).toContain(
			'content/articles/broken.mdx:8:3: 错误 中文里用了半角标点「,」 → 改为「，」（--fix 可自动改）',
		);
	});

	test('--fix repairs it and shows the change', () => {
		const result = run('content-check', '--fix');
		expect(result.output).toContain('已修改 content/articles/broken.mdx:8\n  原：前文,后文。\n  新：前文，后文。');
		expect(readFileSync(join(work, 'content/articles/broken.mdx'), 'utf8')).toContain('前文，后文。');
	});
});
