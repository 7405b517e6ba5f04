import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/content-folder';
import { type Diagnostic, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { doctorContent } from '../../../src/lib/editor/doctor';
import { githubAnnotation, githubSummary } from '../../../src/lib/editor/github-report';
import { BAD_INPUTS, badInput, type FixtureFile } from '../../fixtures/bad-input/corpus';
import { cleanEnv } from '../../helpers/build';
import { PROJECT_ROOT } from '../../helpers/paths';

/** An annotation as GitHub reads it: one line, `::severity file=…,line=…,col=…,title=…::message`. */
const ANNOTATION = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),title=([^,:]+)::([^\r\n]+)$/;
const unescape = (text: string) => text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => decodeURIComponent(`%${code}`));

function read(annotation: string) {
	const match = ANNOTATION.exec(annotation);
	if (!match) throw new Error(`not a well-formed annotation: ${annotation}`);
	const [, severity, file, line, col, title, message] = match as unknown as string[];
	return {
		severity,
		file: unescape(file!),
		line: Number(line),
		column: Number(col),
		title: unescape(title!),
		message: unescape(message!),
	};
}

/** A copy of content/ with a bad input's files in it. */
function contentWith(files: Record<string, FixtureFile>): string {
	const root = mkdtempSync(join(tmpdir(), 'github-report-'));
	cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, join(root, path));
		else writeFileSync(join(root, path), content);
	}
	return root;
}

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function check(files: Record<string, FixtureFile>): Promise<Diagnostic[]> {
	const root = contentWith(files);
	roots.push(root);
	const { files: read, diagnostics } = readContentFolder(root);
	return [...diagnostics, ...(await doctorContent(read))];
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

	test('no problem: says so, with the number of files', () => {
		expect(githubSummary([], 4)).toBe('## 内容检查通过\n\n4 个文件，没有发现问题。\n');
	});
});

describe('npm run content:check -- --format github, as the pull-request workflow runs it', () => {
	const cases = [
		'import of a Node module, used to print a file',
		'a javascript: Markdown link',
		'a summary over 120 characters',
	].map(badInput);

	test.each(cases.map((input) => [input.input, input] as const))(
		'%s: annotations on stdout, the table in the summary, exit 1',
		(_name, input) => {
			const root = contentWith(input.files);
			roots.push(root);
			const summary = join(root, 'summary.md');
			const run = spawnSync(
				join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
				[join(PROJECT_ROOT, 'src/cli/content-check.ts'), '--format', 'github'],
				{
					cwd: root,
					encoding: 'utf8',
					env: { ...cleanEnv(), GITHUB_STEP_SUMMARY: summary },
				},
			);
			expect(run.status, run.stderr).toBe(1);
			const [file, line, column] = input.line.split(':');
			const annotations = run.stdout.split('\n').filter((out) => out.startsWith('::'));
			expect(annotations.map(read)).toContainEqual(
				expect.objectContaining({ severity: 'error', file, line: Number(line), column: Number(column) }),
			);
			expect(run.stdout).not.toContain(input.line);
			expect(readFileSync(summary, 'utf8')).toContain(`| ${file} | ${line} | ${column} | 错误 |`);
		},
	);

	test('an unknown format is refused, naming the ones there are', () => {
		const run = spawnSync(
			join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
			[join(PROJECT_ROOT, 'src/cli/content-check.ts'), '--format', 'json'],
			{
				cwd: PROJECT_ROOT,
				encoding: 'utf8',
				env: cleanEnv(),
			},
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('--format 应为 text 或 github，收到的是 json');
	});
});
