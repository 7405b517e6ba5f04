import { afterEach, describe, expect, test, vi } from 'vitest';
import { type Command, CommandError, fail, parseArgs, runCommand } from '../../../src/lib/commands/command';

describe('parseArgs', () => {
	test.each([
		[[], [], {}],
		[['标题', '副题'], ['标题', '副题'], {}],
		[['--section', 'politics-law', '标题'], ['标题'], { section: 'politics-law' }],
		[['--section=politics-law'], [], { section: 'politics-law' }],
		[['--slug=a=b'], [], { slug: 'a' }],
		[['标题', '--fix'], ['标题'], { fix: '' }],
	])('%j', (argv, positionals, options) => {
		expect(parseArgs(argv)).toEqual({ positionals, options });
	});

	test('a value after a name is taken even when it starts with --', () => {
		expect(parseArgs(['--part', '--slug', 'x'])).toEqual({ positionals: ['x'], options: { part: '--slug' } });
	});
});

describe('fail', () => {
	test('stops the command with a CommandError of the message', () => {
		expect(() => fail('--section 应为以下之一')).toThrow(new CommandError('--section 应为以下之一'));
	});
});

describe('runCommand: a command as its npm script runs it', () => {
	const exitCode = process.exitCode;
	afterEach(() => {
		process.exitCode = exitCode;
		vi.restoreAllMocks();
	});

	test('in the current folder, on the command line’s arguments after the script, its code the exit code', async () => {
		const seen: unknown[] = [];
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const command: Command = async (argv, io) => {
			seen.push(argv, io.root, io.env, io.now instanceof Date);
			io.log('一行');
			return 1;
		};
		await runCommand(command, ['--fix']);
		expect(seen).toEqual([['--fix'], '.', process.env, true]);
		expect(log).toHaveBeenCalledWith('一行');
		expect(process.exitCode).toBe(1);
		const argv = process.argv;
		process.argv = ['node', 'script.ts', '标题'];
		try {
			await runCommand(async (args) => (seen.push(args), 0));
		} finally {
			process.argv = argv;
		}
		expect(seen.at(-1)).toEqual(['标题']);
		expect(process.exitCode).toBe(0);
	});

	test('a CommandError: its message on stderr, exit code 1', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		await runCommand(async () => fail('缺少 S3_BUCKET'), []);
		expect(error).toHaveBeenCalledWith('缺少 S3_BUCKET');
		expect(process.exitCode).toBe(1);
	});

	test('any other error is thrown as it is', async () => {
		const bug = new TypeError('a bug');
		await expect(
			runCommand(async () => {
				throw bug;
			}, []),
		).rejects.toBe(bug);
	});
});
