/**
 * Astro 7 needs Node ≥ 22.12. The project installs its own Node (the `node` devDependency)
 * and npm scripts put it first on PATH; if something still runs on an older Node, stop at
 * once with a message that says how to fix it, instead of failing later in a confusing way.
 */
export const MIN_NODE = [22, 12] as const;

export function nodeVersionProblem(version: string): string | undefined {
	const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
	const [needMajor, needMinor] = MIN_NODE;
	if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
	return (
		`This project needs Node ${needMajor}.${needMinor} or newer, but is running on Node ${version}. ` +
		'Run it through npm (npm run build, npm test), which uses the Node installed by `npm ci` in node_modules/.bin.'
	);
}

export function assertSupportedNode(version: string = process.version): void {
	const problem = nodeVersionProblem(version);
	if (problem) throw new Error(problem);
}
