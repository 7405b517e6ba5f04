import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { badInput } from '../fixtures/bad-input/corpus';
import { readAnnotation as read } from '../helpers/annotations';
import { cleanEnv } from '../helpers/build';
import { contentWith } from '../helpers/content-copy';
import { PROJECT_ROOT } from '../helpers/paths';

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
