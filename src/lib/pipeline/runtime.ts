/**
 * Astro 7 needs Node ≥ 22.12. The project installs its own Node (the `node` devDependency)
 * and npm scripts put it first on PATH; if something still runs on an older Node, stop at
 * once with a message, in Chinese like every message of the project, that says how to fix it,
 * instead of failing later in a confusing way.
 */
export const MIN_NODE = [22, 12] as const;

export function nodeVersionProblem(version: string): string | undefined {
	const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
	const [needMajor, needMinor] = MIN_NODE;
	if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
	return (
		`本项目需要 Node ${needMajor}.${needMinor} 或更新的版本，现在运行的是 Node ${version}。` +
		'请通过 npm 运行（npm run dev、npm run build、npm test）：npm 会用 `npm ci` 装在 node_modules/.bin 里的 Node。'
	);
}

/** Stops an old Node at once: the message alone on stderr (no stack trace), exit code 1. */
export const stopOnOldNode = (problem: string): never => {
	process.stderr.write(`\n${problem}\n\n`);
	process.exit(1);
};

export function assertSupportedNode(version: string = process.version, stop: (problem: string) => never = stopOnOldNode): void {
	const problem = nodeVersionProblem(version);
	if (problem) stop(problem);
}
