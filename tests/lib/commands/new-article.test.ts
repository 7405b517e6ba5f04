import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newArticle } from '../../../src/lib/commands/new-article';
import { newArticleMdx } from '../../../src/lib/editor/scaffold';
import { COMMAND_NOW, projectWithContent, runIn } from '../../helpers/command';

const DONE = (path: string) => `已新建 ${path}（草稿）。写好正文和摘要后，删去 draft 一行即可发布；npm run dev 可预览。`;

describe('npm run new', () => {
	test('writes a draft under the title’s pinyin, dated now, and says where', async () => {
		const root = projectWithContent();
		const result = await runIn(newArticle, root, ['乌兰察布', '召开推进会', '--section', 'politics-law']);
		const path = 'content/articles/wu-lan-cha-bu-zhao-kai-tui-jin-hui.mdx';
		expect(result).toEqual({ code: 0, lines: [DONE(path)] });
		expect(readFileSync(join(root, path), 'utf8')).toBe(
			newArticleMdx({ title: '乌兰察布 召开推进会', section: 'politics-law', now: COMMAND_NOW }),
		);
	});

	test('in a series, with its part, under a slug of the editor’s choosing', async () => {
		const root = projectWithContent();
		const result = await runIn(newArticle, root, [
			'系列述评之二',
			'--section=politics-law',
			'--series',
			'saohei-chu-e',
			'--part',
			'第二篇',
			'--slug',
			'saohei-second',
		]);
		expect(result).toEqual({ code: 0, lines: [DONE('content/articles/saohei-second.mdx')] });
		expect(readFileSync(join(root, 'content/articles/saohei-second.mdx'), 'utf8')).toBe(
			newArticleMdx({ title: '系列述评之二', section: 'politics-law', series: 'saohei-chu-e', part: '第二篇', now: COMMAND_NOW }),
		);
	});

	test.each([
		[[], '用法：npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇]'],
		[['  '], '用法：npm run new -- "标题" --section politics-law [--series saohei-chu-e --part 某某篇]'],
		[['标题'], '--section 应为以下之一：politics-law（政法）'],
		[['标题', '--section', 'sports'], '--section 应为以下之一：politics-law（政法）'],
		[['标题', '--section', 'politics-law', '--series', 'other'], '--series 应为以下之一：saohei-chu-e'],
		[['标题', '--section', 'politics-law', '--part', '第二篇'], '--part 需要同时给出 --series'],
		[['标题', '--section', 'politics-law', '--slug', 'Bad_Slug'], '网址名「Bad_Slug」应为小写英文字母、数字和连字符'],
	])('%j is refused: %s', async (argv, message) => {
		const root = projectWithContent();
		expect(await runIn(newArticle, root, argv)).toEqual({ code: 1, lines: [], error: message });
	});

	test('an existing file is never overwritten', async () => {
		const root = projectWithContent();
		const path = 'content/articles/taken.mdx';
		writeFileSync(join(root, path), '编辑写好的稿子');
		expect(await runIn(newArticle, root, ['标题', '--section', 'politics-law', '--slug', 'taken'])).toEqual({
			code: 1,
			lines: [],
			error: `${path} 已存在，没有覆盖。换一个网址名（--slug）或先处理已有文件。`,
		});
		expect(readFileSync(join(root, path), 'utf8')).toBe('编辑写好的稿子');
	});

	test('any other failure to write is thrown as it is, not reported as an existing file', async () => {
		const root = projectWithContent();
		rmSync(join(root, 'content/articles'), { recursive: true });
		await expect(runIn(newArticle, root, ['标题', '--section', 'politics-law'])).rejects.toThrow(/^ENOENT/);
	});
});
