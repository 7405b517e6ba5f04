import { describe, expect, test } from 'vitest';
import { lintWorkflow, readWorkflow } from './helpers/workflow';

const PATH = '.github/workflows/check.yml';
const { text, workflow, steps } = readWorkflow(PATH);

describe('the pull-request workflow', () => {
	test('passes actionlint', async () => {
		expect(await lintWorkflow(text, PATH)).toEqual([]);
	});

	test('runs on every pull request, read-only, with no secrets or variables', () => {
		expect(workflow.on).toEqual({ pull_request: null });
		expect(workflow.permissions).toEqual({ contents: 'read' });
		for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
		expect(text).not.toMatch(/secrets\.|vars\./);
		expect(steps[0]?.with).toEqual({ 'persist-credentials': false });
	});

	test('every action is pinned to a commit', () => {
		const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
		expect(uses.map((action) => action.split('@')[0])).toEqual(['actions/checkout', 'actions/cache', 'actions/upload-artifact']);
		for (const action of uses) expect(action).toMatch(/@[0-9a-f]{40}$/);
	});

	test('content check as annotations, then the tests even so, the build, and the site kept for review', () => {
		expect(steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
			'actions/checkout',
			'actions/cache',
			'npm ci --prefer-offline --no-audit --no-fund',
			'npm run content:check --silent -- --format github',
			'npm test',
			'npm run build',
			'actions/upload-artifact',
		]);
		expect(steps[4]?.if).toBe('${{ !cancelled() }}');
		expect(steps[6]?.with).toMatchObject({ name: 'site', path: 'dist', 'if-no-files-found': 'error' });
	});
});
