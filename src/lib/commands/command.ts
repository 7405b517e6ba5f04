/**
 * What every npm command shares. A command is a function of its arguments and of where it works
 * (CommandIo), so a test runs it in this process on a folder of its own; src/cli/ runs each one
 * as its npm script does (runCommand). A command that cannot go on throws a CommandError: one
 * message, in Chinese, for the editor.
 */

export interface CommandIo {
	/** The project folder: content/, dist/ and .vscode/ are under it. */
	root: string;
	env: Readonly<Record<string, string | undefined>>;
	now: Date;
	/** Prints a line of the command's output. */
	log: (line: string) => void;
}

/** Returns the exit code: 0, or 1 when it found problems (and has printed them). */
export type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

export class CommandError extends Error {}

export function fail(message: string): never {
	throw new CommandError(message);
}

/** Reading the command line: positionals and `--name value` (or `--name=value`) pairs. */
export function parseArgs(argv: readonly string[]): { positionals: string[]; options: Record<string, string> } {
	const positionals: string[] = [];
	const options: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg.startsWith('--')) {
			const [name, inline] = arg.slice(2).split('=', 2);
			options[name ?? ''] = inline ?? argv[++i] ?? '';
		} else positionals.push(arg);
	}
	return { positionals, options };
}

/**
 * Runs a command as npm does: in the current folder, on the command line's arguments; a
 * CommandError's message goes to stderr and the exit code is 1. Any other error is a bug and
 * is thrown as it is, stack and all.
 */
export async function runCommand(command: Command, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
	try {
		process.exitCode = await command(argv, { root: '.', env: process.env, now: new Date(), log: (line) => console.log(line) });
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
	}
}
