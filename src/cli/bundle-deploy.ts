/**
 * npm run deploy:s3:bundle: the deploy tool (deploy-s3.ts and its S3 client) as one file,
 * deploy-tool/deploy-s3.mjs. The build job makes it beside dist/, so the mainland job publishes
 * with Node alone: no checkout, no npm ci of the whole project just to upload.
 */
import { build } from 'esbuild';

await build({
	entryPoints: ['src/cli/deploy-s3.ts'],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node22',
	outfile: 'deploy-tool/deploy-s3.mjs',
	// The S3 client's CommonJS parts call require(), which an ES module has only when it makes one.
	banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
	legalComments: 'none',
	logLevel: 'warning',
});
