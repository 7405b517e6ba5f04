import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, CommandError } from '../../src/lib/commands/command';
import { PROJECT_ROOT } from './paths';

/** A project folder for a command: a copy of content/. */
export function projectWithContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'command-'));
	cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

/** The 1 July 2019 of the seed page, 08:00 in Beijing. */
export const COMMAND_NOW = new Date('2019-07-01T08:00:00+08:00');

/**
 * Runs a command in this process as npm would in `root`: its exit code, the lines it printed,
 * and the message it stopped with (a CommandError), if any.
 */
export async function runIn(
	command: Command,
	root: string,
	argv: readonly string[],
	env: Record<string, string> = {},
): Promise<{ code: number; lines: string[]; error?: string }> {
	const lines: string[] = [];
	try {
		const code = await command(argv, { root, env, now: COMMAND_NOW, log: (line) => lines.push(line) });
		return { code, lines };
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		return { code: 1, lines, error: error.message };
	}
}
