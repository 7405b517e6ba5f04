/// <reference types="vitest/config" />
import './src/lib/pipeline/require-supported-node.ts';
import { getViteConfig } from 'astro/config';

/**
 * The one test configuration, as projects (README "Tests"):
 * - unit: everything that runs in this process or a quick child process, with no site build;
 * - site: tests over one production build of the site's own content (tests/site/);
 * - slow: the proofs that build copies of the site (tests/slow/: the bad-input corpus through real
 *   builds, scale, warm rebuilds, the deploy to a local S3), run by CI;
 * - browser: the Chromium suite over the built site (tests/browser/), one page at a time.
 * `npm test` runs unit and site. Mutation testing runs unit alone: each mutant lives in this
 * process, so only tests that call the code here can see it (Stryker's workers set
 * STRYKER_MUTATOR_WORKER).
 */
const mutating = Boolean(process.env['STRYKER_MUTATOR_WORKER']);
const unit = {
	extends: true,
	test: {
		name: 'unit',
		include: ['tests/**/*.test.ts'],
		// Mutation testing also leaves out what runs the code in another process (the commands as npm
		// runs them, the workflows' linter, the benchmark): a child process never has a mutant on.
		exclude: mutating ? ['tests/{site,slow,browser,cli,bench}/**', 'tests/*-workflow.test.ts'] : ['tests/{site,slow,browser}/**'],
		// Test files share a worker's loaded modules: 29 s instead of 65 s on two cores, most of it
		// once spent importing Astro and the parsers again for each file; for mutation testing, a
		// mutant that every test must run against costs seconds instead of half a minute.
		isolate: mutating,
	},
};

export default getViteConfig({
	test: {
		testTimeout: 20_000,
		hookTimeout: 180_000,
		projects: mutating
			? [unit]
			: [
					unit,
					{
						extends: true,
						// One production build of the whole site, shared by every test over dist/.
						test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/build.global.ts'] },
					},
					{ extends: true, test: { name: 'slow', include: ['tests/slow/**/*.test.ts'], testTimeout: 120_000 } },
					{
						extends: true,
						test: {
							name: 'browser',
							include: ['tests/browser/**/*.test.ts'],
							globalSetup: ['tests/browser/setup.global.ts'],
							// One Chromium at a time: two cores, and Lighthouse needs one to itself.
							fileParallelism: false,
							testTimeout: 120_000,
						},
					},
				],
	},
});
