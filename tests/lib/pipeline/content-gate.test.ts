import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { ContentError, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { filesUnder } from '../../../src/lib/files';
import contentGate from '../../../src/lib/pipeline/content-gate';
import { BAD_INPUTS, badInput } from '../../fixtures/bad-input/corpus';
import { contentWith } from '../../helpers/content-copy';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the gate's hook for a project at `root` under `command`; returns what it logged, and what it threw. */
async function runGate(root: string, command: string) {
	const logged: { level: 'info' | 'warn'; message: string }[] = [];
	const logger = {
		info: (message: string) => logged.push({ level: 'info', message }),
		warn: (message: string) => logged.push({ level: 'warn', message }),
	};
	const gate = contentGate();
	const setup = gate.hooks['astro:config:setup'] as Setup;
	const error = await Promise.resolve(
		setup({ command, config: { root: pathToFileURL(`${root}/`) }, logger } as unknown as Parameters<Setup>[0]),
	).then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	return { name: gate.name, logged, error };
}

describe('the content gate as a build step', () => {
	test.each(['build', 'dev'])('on %s, clean content passes, and the log says how many files were checked', async (command) => {
		const root = contentWith({});
		const { name, logged, error } = await runGate(root, command);
		expect(error).toBeUndefined();
		expect(name).toBe('content-gate');
		expect(logged).toHaveLength(1);
		expect(logged[0]!.level).toBe('info');
		const [, ms] =
			new RegExp(`^内容检查通过：${filesUnder(join(root, 'content')).length} 个文件，(\\d+) ms$`).exec(logged[0]!.message) ?? [];
		// The time the check took, not a clock reading.
		expect(Number(ms)).toBeLessThan(60_000);
	});

	test.each(['preview', 'sync'])('on %s, nothing is read (a missing folder is no error)', async (command) => {
		const { logged, error } = await runGate('/nonexistent/project', command);
		expect(error).toBeUndefined();
		expect(logged).toEqual([]);
	});

	test('an error stops the build with every problem, as the content check prints them', async () => {
		const input = badInput('import of a Node module, used to print a file');
		const { logged, error } = await runGate(contentWith(input.files), 'build');
		expect(error).toBeInstanceOf(ContentError);
		const lines = (error as ContentError).diagnostics.map(formatDiagnostic);
		expect(lines).toContain(input.line);
		expect((error as ContentError).message).toContain(input.line);
		// Errors are not logged as warnings: they are the error's message.
		expect(logged).toEqual([]);
	});

	test('a file the gate cannot read at all is an error too', async () => {
		const input = badInput('a file saved as GBK');
		const { error } = await runGate(contentWith(input.files), 'build');
		expect((error as ContentError).diagnostics.map(formatDiagnostic)).toContain(input.line);
	});

	test('a warning is logged as one, and does not stop the build', async () => {
		const root = contentWith({
			'content/articles/quote.mdx':
				'---\ntitle: 引号\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n他说"好"。\n',
		});
		const { logged, error } = await runGate(root, 'build');
		expect(error).toBeUndefined();
		const warnings = logged.filter((entry) => entry.level === 'warn');
		// One for each of the two straight quotes, each on its own line, with its place.
		expect(warnings.map((entry) => entry.message)).toEqual([
			'content/articles/quote.mdx:8:3: 提醒 中文里用了英文直引号「"」 → 改为「“ 或 ”」',
			'content/articles/quote.mdx:8:5: 提醒 中文里用了英文直引号「"」 → 改为「“ 或 ”」',
		]);
		expect(logged.at(-1)!.message).toMatch(/^内容检查通过：/);
	});
});

/**
 * The whole bad-input corpus through the build's own step, in this process: each input stops the
 * gate with its line. tests/slow/bad-input.test.ts proves the same through real builds and
 * `content:check` (CI), and tests/site/gate-in-build.test.ts that a real build runs this step.
 */
describe('every bad input stops the gate with its own line', () => {
	test.each(BAD_INPUTS)('$class: $input', async ({ files, line }) => {
		const { error } = await runGate(contentWith(files), 'build');
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).diagnostics.map(formatDiagnostic)).toContain(line);
	});
});
