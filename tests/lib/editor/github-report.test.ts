import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { decodeHTML } from 'entities';
import { describe, expect, test } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { contentVerdict } from '../../../src/lib/pipeline/gate-step';
import { githubAnnotation, githubSummary } from '../../../src/lib/editor/github-report';
import { BAD_INPUTS, type FixtureFile } from '../../fixtures/bad-input/corpus';
import { readAnnotation as read } from '../../helpers/annotations';
import { contentWith } from '../../helpers/content-copy';

async function check(files: Record<string, FixtureFile>): Promise<Diagnostic[]> {
	return (await contentVerdict(contentWith(files))).diagnostics;
}

describe('content:check --format github: each problem an annotation on its line in the pull request', () => {
	test.each(BAD_INPUTS.map((input) => [`${input.class}: ${input.input}`, input] as const))('%s', async (_name, input) => {
		const diagnostics = await check(input.files);
		const annotations = diagnostics.map(githubAnnotation);
		expect(annotations).toHaveLength(diagnostics.length);
		annotations.forEach((annotation, index) => {
			const d = diagnostics[index]!;
			expect(read(annotation)).toEqual({
				severity: d.severity,
				file: d.file,
				line: d.line,
				column: d.column,
				title: `内容检查${d.severity === 'error' ? '错误' : '提醒'}${d.field ? `：${d.field}` : ''}`,
				message: d.suggestion ? `${d.problem} → ${d.suggestion}` : d.problem,
			});
		});
		// The problem the corpus names is among them, at its file, line and column.
		const expected = diagnostics.find((d) => formatDiagnostic(d) === input.line);
		expect(expected, diagnostics.map(formatDiagnostic).join('\n')).toBeDefined();
		expect(annotations).toContain(githubAnnotation(expected!));
	});

	test('escapes what would end a property or the message: % , : and line breaks', () => {
		const annotation = githubAnnotation({
			file: 'content/articles/a,b.mdx',
			line: 2,
			column: 3,
			severity: 'warning',
			field: 'contacts.0:phone',
			problem: '100% 不对\n第二行',
			suggestion: '',
		});
		expect(annotation).toBe(
			'::warning file=content/articles/a%2Cb.mdx,line=2,col=3,title=内容检查提醒：contacts.0%3Aphone::100%25 不对%0A第二行',
		);
	});
});

describe('githubSummary: the table in the job summary', () => {
	const d: Diagnostic = {
		file: 'content/articles/x.mdx',
		line: 3,
		column: 10,
		severity: 'error',
		field: 'summary',
		problem: '摘要最多 120 个字 | 现为 131 个',
		suggestion: '删减',
	};

	test('a verdict, then one row a problem, pipes escaped', () => {
		const summary = githubSummary([d, { ...d, severity: 'warning', line: 9, problem: '提醒' }], 4);
		expect(summary).toContain('## 内容检查：1 个错误，1 个提醒');
		expect(summary).toContain('| content/articles/x.mdx | 3 | 10 | 错误 | summary | 摘要最多 120 个字 \\| 现为 131 个 | 删减 |');
		expect(summary).toContain('| content/articles/x.mdx | 9 | 10 | 提醒 | summary | 提醒 | 删减 |');
	});

	test('with errors, whole: the verdict, what happens to the site, the header, a row a problem', () => {
		expect(githubSummary([d, { ...d, severity: 'warning', line: 9, problem: '提醒' }], 4)).toBe(
			[
				'## 内容检查：1 个错误，1 个提醒',
				'',
				'有错误时网站不会发布。改正后再推送一次，这里会重新检查。',
				'',
				'| 文件 | 行 | 列 | 级别 | 字段 | 问题 | 怎么改 |',
				'| --- | ---: | ---: | --- | --- | --- | --- |',
				'| content/articles/x.mdx | 3 | 10 | 错误 | summary | 摘要最多 120 个字 \\| 现为 131 个 | 删减 |',
				'| content/articles/x.mdx | 9 | 10 | 提醒 | summary | 提醒 | 删减 |',
				'',
			].join('\n'),
		);
	});

	test('warnings only: the site is published, and the summary says so', () => {
		const summary = githubSummary([{ ...d, severity: 'warning' }], 4);
		expect(summary.split('\n').slice(0, 3)).toEqual(['## 内容检查通过，有 1 个提醒', '', '提醒不妨碍发布，但请看一下。']);
	});

	test('a cell keeps its backslashes and pipes as text, and its line breaks as spaces', () => {
		const summary = githubSummary([{ ...d, problem: 'a\\b|c\r\nd\ne', suggestion: '' }], 1);
		expect(summary).toContain('| summary | a\\\\b\\|c d e |  |');
	});

	test('an annotation’s message: a carriage return escaped too', () => {
		expect(githubAnnotation({ ...d, problem: '甲\r乙', suggestion: '' })).toMatch(/::甲%0D乙$/);
	});

	test('no problem: says so, with the number of files', () => {
		expect(githubSummary([], 4)).toBe('## 内容检查通过\n\n4 个文件，没有发现问题。\n');
	});
});

describe('the job summary as GitHub renders it (GitHub-flavoured Markdown): an editor’s words stay words', () => {
	const render = async (markdown: string) =>
		String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown));
	test.each([
		'<Figure> 缺少 alt',
		'找不到广告「![](https://evil.example/t.png) [登录修复](https://evil.example/login)」',
		'见 www.evil.example 和 https://evil.example/a',
		'<img src=x onerror=alert(1)> **粗** _斜_ `码` ~删~ # 标题 a|b \\ c',
		'A & B &amp; C',
	])('%s', async (problem) => {
		const summary = githubSummary(
			[{ file: 'content/articles/x.mdx', line: 1, column: 1, severity: 'error', field: 'f', problem, suggestion: '' }],
			1,
		);
		const rendered = await render(summary);
		const row = /<tbody>[\s\S]*?<\/tbody>/.exec(rendered)?.[0] ?? '';
		expect(row, rendered).not.toMatch(/<(img|strong|em|code|del|h1|script)\b/);
		// GFM links a bare address, but only as itself: no link text of an editor's making.
		for (const [, , text] of row.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(text).toMatch(/^(https?:\/\/|www\.)\S+$/);
		expect(row.match(/<a /g)?.length ?? 0).toBe([...row.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].length);
		const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
		expect(cells).toHaveLength(7);
		// The cell's text, entities decoded, is the problem as written.
		// (remark's link of a bare address ends after the backslash that escapes a closing bracket, and shows it)
		expect(decodeHTML(cells[5]!.replace(/<[^>]+>/g, '')).replace(/\\(?=[)\]])/g, '')).toBe(problem);
	});
});
