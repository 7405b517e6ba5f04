/// <reference types="vitest/config" />
import './src/lib/pipeline/require-supported-node.ts';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The Chromium suite has its own config and command (npm run test:browser).
		exclude: ['tests/browser/**'],
		// One production build of the whole site, shared by every test over dist/.
		globalSetup: ['tests/site/build.global.ts'],
		testTimeout: 20_000,
		hookTimeout: 180_000,
	},
});
