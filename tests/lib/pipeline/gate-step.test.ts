import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import { filesUnder } from '../../../src/lib/files';
import contentGate, { stopBuild } from '../../../src/lib/pipeline/gate-step';
import { BAD_INPUTS, badInput } from '../../fixtures/bad-input/corpus';
import { contentWith } from '../../helpers/content-copy';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/**
 * Runs the gate's hook for a project at `root` under `command`; returns what it logged, the report
 * a failed build stopped with, and the Vite plugins it added (the dev server's preview).
 */
async function runGate(root: string, command: string) {
	const logged: { level: 'info' | 'warn' | 'error'; message: string }[] = [];
	const logger = {
		info: (message: string) => logged.push({ level: 'info', message }),
		warn: (message: string) => logged.push({ level: 'warn', message }),
		error: (message: string) => logged.push({ level: 'error', message }),
	};
	const stopped: string[] = [];
	const plugins: { name: string }[] = [];
	const gate = contentGate({ stop: (report) => void stopped.push(report) });
	const setup = gate.hooks['astro:config:setup'] as Setup;
	await setup({
		command,
		config: { root: pathToFileURL(`${root}/`), base: '/' },
		logger,
		updateConfig: (config: { vite: { plugins: { name: string }[] } }) => plugins.push(...config.vite.plugins),
	} as unknown as Parameters<Setup>[0]);
	const report = stopped[0];
	return { name: gate.name, logged, report, stopped, plugins, lines: report?.split('\n') ?? [] };
}

describe('the content gate as a build step', () => {
	test('on build, clean content passes, and the log says how many files were checked', async () => {
		const root = contentWith({});
		const { name, logged, stopped, plugins } = await runGate(root, 'build');
		expect(stopped).toEqual([]);
		expect(plugins).toEqual([]);
		expect(name).toBe('content-gate');
		expect(logged).toHaveLength(1);
		expect(logged[0]!.level).toBe('info');
		const [, ms] =
			new RegExp(`^内容检查通过：${filesUnder(join(root, 'content')).length} 个文件，(\\d+) ms$`).exec(logged[0]!.message) ?? [];
		// The time the check took, not a clock reading.
		expect(Number(ms)).toBeLessThan(60_000);
	});

	test.each(['preview', 'sync'])('on %s, nothing is read (a missing folder is no error)', async (command) => {
		const { logged, stopped, plugins } = await runGate('/nonexistent/project', command);
		expect(stopped).toEqual([]);
		expect(plugins).toEqual([]);
		expect(logged).toEqual([]);
	});

	test('an error stops the build with only the Chinese lines: the count, then every problem as the content check prints it', async () => {
		const input = badInput('import of a Node module, used to print a file');
		const other = badInput('a file saved as GBK');
		const { logged, stopped, lines } = await runGate(contentWith({ ...input.files, ...other.files }), 'build');
		expect(stopped).toHaveLength(1);
		// The import is also an expression ({fs.readFileSync(…)}): three errors in two files.
		expect(lines[0]).toBe('内容有 3 处错误，构建已停止：');
		expect(lines).toHaveLength(5);
		expect(lines.at(-1)).toBe('每种错误怎么改，见编辑手册 docs/editor-handbook.md「出错了怎么办」。');
		expect(lines).toContain(input.line);
		expect(lines).toContain(other.line);
		expect(lines.slice(1, -1).every((line) => line.startsWith('content/articles/'))).toBe(true);
		// Errors are not logged as warnings: they are the report.
		expect(logged).toEqual([]);
	});

	test('on the dev server, errors do not stop it: each is logged in Chinese, and the preview plugin is added', async () => {
		const input = badInput('import of a Node module, used to print a file');
		const { logged, stopped, plugins } = await runGate(contentWith(input.files), 'dev');
		expect(stopped).toEqual([]);
		expect(plugins.map((plugin) => plugin.name)).toEqual(['content-preview']);
		expect(logged.every((entry) => entry.level === 'error')).toBe(true);
		expect(logged.map((entry) => entry.message)).toContain(input.line);
		expect(logged).toHaveLength(3);
		expect(logged.at(-1)!.message).toBe('内容有 2 处错误，预览先显示错误清单；改正并保存后页面自动恢复');
	});

	test('on the dev server, clean content passes with the preview plugin added', async () => {
		const { logged, plugins } = await runGate(contentWith({}), 'dev');
		expect(plugins.map((plugin) => plugin.name)).toEqual(['content-preview']);
		expect(logged).toEqual([{ level: 'info', message: '内容检查通过' }]);
	});

	test('a warning is logged as one, and does not stop the build', async () => {
		const root = contentWith({
			'content/articles/quote.mdx':
				'---\ntitle: 引号\nsummary: 测试摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n他说"好"。\n',
		});
		const { logged, stopped } = await runGate(root, 'build');
		expect(stopped).toEqual([]);
		const warnings = logged.filter((entry) => entry.level === 'warn');
		// One for each of the two straight quotes, each on its own line, with its place.
		expect(warnings.map((entry) => entry.message)).toEqual([
			'content/articles/quote.mdx:8:3: 提醒 中文里用了英文直引号「"」 → 改为「“ 或 ”」（成对的，--fix 可自动改）',
			'content/articles/quote.mdx:8:5: 提醒 中文里用了英文直引号「"」 → 改为「“ 或 ”」（成对的，--fix 可自动改）',
		]);
		expect(logged.at(-1)!.message).toMatch(/^内容检查通过：/);
	});
});

/**
 * The whole bad-input corpus through the build's own step, in this process: each input stops the
 * gate with its line. tests/slow/bad-input.test.ts proves the same through real builds and
 * `content:check` (CI), and tests/slow/gate-in-build.test.ts that a real build runs this step.
 */
// Mutation testing leaves this one out: each of its 65 cases reads a whole content folder, so every
// mutant of the gate would run them all; each rule has its own cases in tests/lib/content/.
describe.skipIf(process.env['STRYKER_MUTATOR_WORKER'])('every bad input stops the gate with its own line', () => {
	test.each(BAD_INPUTS)('$class: $input', async ({ files, line }) => {
		const { lines } = await runGate(contentWith(files), 'build');
		expect(lines).toContain(line);
	});
});

test('by default a failed build writes the report alone to stderr, set apart by blank lines, and exits 1', () => {
	const written: string[] = [];
	const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
	const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
	try {
		stopBuild('内容有 1 处错误，构建已停止：\ncontent/a.mdx:1:1: 错误 x');
		expect(written).toEqual(['\n内容有 1 处错误，构建已停止：\ncontent/a.mdx:1:1: 错误 x\n']);
		expect(exit).toHaveBeenCalledWith(1);
	} finally {
		write.mockRestore();
		exit.mockRestore();
	}
});
