import './src/lib/pipeline/require-supported-node.ts';
import { defineConfig } from 'vitest/config';

/** The Chromium suite (`npm run test:browser`): real browser, built site, one page at a time. */
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		globalSetup: ['tests/browser/setup.global.ts'],
		// One Chromium at a time: this machine has two cores, and Lighthouse needs one to itself.
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 180_000,
	},
});
