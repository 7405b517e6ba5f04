/// <reference types="vitest/config" />
import './src/lib/pipeline/require-supported-node.ts';
import { getViteConfig } from 'astro/config';

/**
 * The tests mutation testing runs against each mutant (stryker.config.mjs): those that call the
 * code in this process and finish in seconds. Builds of the whole site, the browser suite and
 * the commands run as child processes are left out (a child process runs the code unmutated).
 */
export default getViteConfig({
	test: {
		include: [
			'tests/lib/**/*.test.ts',
			'tests/content/**/*.test.ts',
			'tests/pages/**/*.test.ts',
			'tests/middleware.test.ts',
			'tests/strings.test.ts',
			'tests/site/search-exact.test.ts',
		],
		testTimeout: 20_000,
	},
});
