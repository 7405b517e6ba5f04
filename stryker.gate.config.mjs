// @ts-check
/**
 * Mutation testing of the content gate alone (npm run test:mutation:gate, in .ci/run): the
 * files of tests/mutation/gate.mjs, held to its higher score.
 */
import all from './stryker.config.mjs';
import { GATE_FILES, GATE_THRESHOLD } from './tests/mutation/gate.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	...all,
	mutate: GATE_FILES,
	// The gate's tables and patterns are its guards: their mutants are tested too.
	ignoreStatic: false,
	// Committed, so CI tests again only the mutants whose code or tests changed (the weekly workflow runs all).
	incrementalFile: 'tests/mutation/gate-incremental.json',
	htmlReporter: { fileName: 'reports/mutation/gate/index.html' },
	jsonReporter: { fileName: 'reports/mutation/gate/mutation.json' },
	thresholds: { high: 95, low: GATE_THRESHOLD, break: GATE_THRESHOLD },
};
