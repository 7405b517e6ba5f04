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
	// Module-level mutants (a table, a pattern) are live from the moment a module loads, so each
	// needs every test: here 325 of them, 70% of the run's time (Stryker's estimate), over an hour
	// on two cores. They are left out, as in the other run; the tables and patterns are held by
	// their own table-driven tests (tests/lib/content/).
	ignoreStatic: true,
	// Committed, so CI tests again only the mutants whose code or tests changed (the weekly workflow runs all).
	incrementalFile: 'tests/mutation/gate-incremental.json',
	htmlReporter: { fileName: 'reports/mutation/gate/index.html' },
	jsonReporter: { fileName: 'reports/mutation/gate/mutation.json' },
	thresholds: { high: 95, low: GATE_THRESHOLD, break: GATE_THRESHOLD },
};
