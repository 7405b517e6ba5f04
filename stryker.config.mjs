// @ts-check
/**
 * Mutation testing (docs/mutation-testing.md): StrykerJS changes the code one small way at a time
 * and runs the unit tests against each change; a change no test notices is a behaviour nobody
 * asserted. .astro files are not mutated. Two scopes, one configuration:
 * - MUTATION_SCOPE=gate (npm run test:mutation:gate, in CI on every change): the content gate,
 *   tests/mutation/scope.mjs, held to its higher score, from the committed results;
 * - otherwise (npm run test:mutation, weekly): the rest of src/.
 * The scores each file must reach are checked by tests/mutation/scores.ts.
 */
import { GATE_FILES, GATE_THRESHOLD, THRESHOLD } from './tests/mutation/scope.mjs';

const gate = process.env.MUTATION_SCOPE === 'gate';
const reports = `reports/mutation/${gate ? 'gate' : 'all'}`;
const threshold = gate ? GATE_THRESHOLD : THRESHOLD;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	mutate: gate ? GATE_FILES : ['src/**/*.ts', '!src/**/*.d.ts', ...GATE_FILES.map((glob) => `!${glob}`)],
	// A mutant of module-level code (a table, a pattern, the interface's words) is active from the
	// moment its module loads, so every test runs against each one: 325 of them in the gate (70% of
	// its run's time by Stryker's estimate, over an hour on two cores) and 1,071 in the rest. They
	// are left out (Ignored); the gate's tables and patterns are held by their own table-driven
	// tests (tests/lib/content/), and its schemas are built inside each test (schema.test.ts).
	ignoreStatic: true,
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.config.ts' },
	coverageAnalysis: 'perTest',
	checkers: ['typescript'],
	tsconfigFile: 'tests/mutation/tsconfig.json',
	typescriptChecker: { prioritizePerformanceOverAccuracy: true },
	concurrency: 3,
	timeoutMS: 10_000,
	// Only what the code and its tests need goes into Stryker's working copy.
	ignorePatterns: [
		'dist',
		'reports',
		'tests/bench',
		'tests/.output',
		'tests/browser',
		'.cache',
		'.astro',
		'*.partial',
		'*.previous',
	],
	tempDirName: '.stryker-tmp',
	// Mutants whose code and tests did not change keep their last result. The gate's results are
	// committed, so CI tests again only what a change touched (the weekly workflow runs it all).
	incremental: true,
	incrementalFile: gate ? 'tests/mutation/gate-incremental.json' : `${reports}/incremental.json`,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: `${reports}/index.html` },
	jsonReporter: { fileName: `${reports}/mutation.json` },
	clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
	thresholds: { high: gate ? 95 : 90, low: threshold, break: threshold },
};
