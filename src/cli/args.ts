/** Reading the command line of the editors' commands: positionals and --name value pairs. */
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

export function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
