// @ts-check
/**
 * Mutation testing of the plain TypeScript in src/ outside the content gate (npm run
 * test:mutation; README "Mutation testing"): StrykerJS changes the code one small way at a time
 * and runs the unit tests against each change; a change no test notices is a behaviour nobody
 * asserted. .astro files are not mutated; the gate has its own run (stryker.gate.config.mjs, in
 * CI). The scores each file must reach are checked by tests/mutation/scores.ts.
 */
import { GATE_FILES, THRESHOLD } from './tests/mutation/gate.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	mutate: ['src/**/*.ts', '!src/**/*.d.ts', ...GATE_FILES.map((glob) => `!${glob}`)],
	// A mutant of module-level code (a table, a pattern, the interface's words) is active from the
	// moment its module loads, so every test runs against each one: here 1,071 of them, about 86%
	// of the run's time, hours on two cores. They are left out (Ignored) of this run; the gate's
	// run keeps its own, since the gate's tables and patterns are its guards.
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
	ignorePatterns: ['dist', 'reports', 'bench', 'tests/.output', 'tests/browser', '.cache', '.astro', '*.partial', '*.previous'],
	tempDirName: '.stryker-tmp',
	// Mutants whose code and tests did not change keep their last result.
	incremental: true,
	incrementalFile: 'reports/mutation/all/incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/all/index.html' },
	jsonReporter: { fileName: 'reports/mutation/all/mutation.json' },
	clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
	thresholds: { high: 90, low: THRESHOLD, break: THRESHOLD },
};
