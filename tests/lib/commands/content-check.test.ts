import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCheck } from '../../../src/lib/commands/content-check';
import { filesUnder } from '../../../src/lib/files';
import { projectWithContent, runIn } from '../../helpers/command';

const article = (body: string) =>
	`---\ntitle: 坏稿\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n${body}\n`;
const BROKEN = 'content/articles/broken.mdx';
const HANDBOOK_LINE = '每种错误怎么改，见编辑手册 docs/editor-handbook.md「出错了怎么办」。';
const COMMA = `${BROKEN}:8:3: 错误 中文里用了半角标点「,」 → 改为「，」（--fix 可自动改）`;
/** A promo ending four days after the check's date (1 July 2019): a warning, not an error. */
const ENDING = 'content/promos/ending.yaml';

function project(files: Record<string, string> = {}): string {
	const root = projectWithContent();
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
	return root;
}
const fileCount = (root: string) => filesUnder(join(root, 'content')).length;

describe('npm run content:check', () => {
	test('content that passes: one line with the number of files, exit 0', async () => {
		const root = project();
		expect(await runIn(contentCheck, root, [])).toEqual({ code: 0, lines: [`内容检查通过（${fileCount(root)} 个文件）。`] });
	});

	test('an error: its line, the count, exit 1; the file is left as it was', async () => {
		const root = project({ [BROKEN]: article('前文,后文。') });
		expect(await runIn(contentCheck, root, [])).toEqual({ code: 1, lines: [COMMA, '1 个错误，0 个提醒。', HANDBOOK_LINE] });
		expect(readFileSync(join(root, BROKEN), 'utf8')).toBe(article('前文,后文。'));
	});

	test('a warning alone does not fail', async () => {
		const seed = readFileSync(join(projectWithContent(), 'content/promos/jiangnan-study-tour.yaml'), 'utf8');
		const root = project({ [ENDING]: `validThrough: 2019-07-05\n${seed}` });
		const result = await runIn(contentCheck, root, []);
		expect(result.lines).toEqual([
			expect.stringMatching(/^content\/promos\/ending\.yaml:\d+:\d+: 提醒 validThrough：广告将在 14 天内到期/),
			'0 个错误，1 个提醒。',
		]);
		expect(result.code).toBe(0);
	});

	test('--fix: the safe fix written and shown, then the check of the fixed files', async () => {
		const root = project({ [BROKEN]: article('前文,后文。') });
		expect(await runIn(contentCheck, root, ['--fix'])).toEqual({
			code: 0,
			lines: [`已修改 ${BROKEN}:8\n  原：前文,后文。\n  新：前文，后文。`, `内容检查通过（${fileCount(root)} 个文件）。`],
		});
		expect(readFileSync(join(root, BROKEN), 'utf8')).toBe(article('前文，后文。'));
	});

	test('--format github: annotations instead of lines, and the table appended to the job summary', async () => {
		const root = project({ [BROKEN]: article('前文,后文。') });
		const summary = join(root, 'summary.md');
		writeFileSync(summary, '# 之前的步骤\n');
		const result = await runIn(contentCheck, root, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
		expect(result.code).toBe(1);
		expect(result.lines).toEqual([
			`::error file=${BROKEN},line=8,col=3,title=内容检查错误::中文里用了半角标点「,」 → 改为「，」（--fix 可自动改）`,
			'1 个错误，0 个提醒。',
			HANDBOOK_LINE,
		]);
		const table = readFileSync(summary, 'utf8');
		expect(table).toMatch(/^# 之前的步骤\n## 内容检查：1 个错误，0 个提醒\n/);
		expect(table).toContain(`| ${BROKEN} | 8 | 3 | 错误 |`);
	});

	test('--format github without a job summary file: the annotations only', async () => {
		const root = project({ [BROKEN]: article('前文,后文。') });
		const result = await runIn(contentCheck, root, ['--format', 'github']);
		expect(result.lines[0]).toMatch(/^::error file=content\/articles\/broken\.mdx,line=8,col=3/);
		expect(filesUnder(root).filter((name) => !name.startsWith('content/'))).toEqual([]);
	});

	test('--format text is the default', async () => {
		const root = project({ [BROKEN]: article('前文,后文。') });
		expect((await runIn(contentCheck, root, ['--format', 'text'])).lines).toEqual([COMMA, '1 个错误，0 个提醒。', HANDBOOK_LINE]);
	});

	test.each([
		[['--format', 'json'], '--format 应为 text 或 github，收到的是 json'],
		[['--format'], '--format 应为 text 或 github，收到的是 （空）'],
	])('%j is refused', async (argv, message) => {
		expect(await runIn(contentCheck, project(), argv)).toEqual({ code: 1, lines: [], error: message });
	});

	test('a file it will not read (a symbolic link) is an error among the others', async () => {
		const root = project();
		symlinkSync('/etc/hostname', join(root, 'content/articles/link.mdx'));
		const result = await runIn(contentCheck, root, []);
		expect(result).toEqual({
			code: 1,
			lines: [
				'content/articles/link.mdx:1:1: 错误 是链接或特殊文件，不是普通文件，不会被读取 → 换成真正的文件',
				'1 个错误，0 个提醒。',
				HANDBOOK_LINE,
			],
		});
	});
});

describe('npm run content:check -- --fix: the mechanical mistakes, each shown as 原/新', () => {
	const draft = (fields: string, body = '正文。') => `---\ntitle: 火山\nsummary: 摘要。\n${fields}---\n\n${body}\n`;
	test.each([
		[
			'a Chinese date',
			draft('pubDate: 2019年7月1日\nsection: politics-law\n'),
			4,
			'pubDate: 2019年7月1日',
			'pubDate: 2019-07-01',
		],
		['a dotted date', draft('pubDate: 2019.7.1\nsection: politics-law\n'), 4, 'pubDate: 2019.7.1', 'pubDate: 2019-07-01'],
		[
			'a full-width colon',
			draft('pubDate: 2019-07-01\nsection: politics-law\neditor： 王芳\n'),
			6,
			'editor： 王芳',
			'editor: 王芳',
		],
		['a missing space', draft('pubDate: 2019-07-01\nsection:politics-law\n'), 5, 'section:politics-law', 'section: politics-law'],
		['straight quotes', draft('pubDate: 2019-07-01\nsection: politics-law\n', '他说"好"。'), 8, '他说"好"。', '他说“好”。'],
		[
			'full-width letters in a tag',
			draft('pubDate: 2019-07-01\nsection: politics-law\ntags:\n  - ＡＩ\n'),
			7,
			'  - ＡＩ',
			'  - AI',
		],
		['a section by its name', draft('pubDate: 2019-07-01\nsection: 政法\n'), 5, 'section: 政法', 'section: politics-law'],
	])('%s: fixed, shown, and the check passes', async (_, text, line, before, after) => {
		const path = 'content/articles/huoshan.mdx';
		const root = project({ [path]: text });
		const result = await runIn(contentCheck, root, ['--fix']);
		expect(result.lines[0]).toBe(`已修改 ${path}:${line}\n  原：${before}\n  新：${after}`);
		expect(result.code).toBe(0);
		expect(result.lines.at(-1)).toBe(`内容检查通过（${fileCount(root)} 个文件）。`);
		expect(readFileSync(join(root, path), 'utf8')).toBe(text.replace(before, after));
	});

	test('never touches an address, code, or a date that is no day', async () => {
		const path = 'content/articles/huoshan.mdx';
		const text = draft('pubDate: 2019年2月30日\nsection: politics-law\n', '见 [链接](https://example.org/"a") 和 `"代码"`。');
		const root = project({ [path]: text });
		const result = await runIn(contentCheck, root, ['--fix']);
		expect(result.code).toBe(1);
		expect(result.lines.some((line) => line.startsWith('已修改'))).toBe(false);
		expect(readFileSync(join(root, path), 'utf8')).toBe(text);
	});
});
