import { describe, expect, test } from 'vitest';
import { lintWorkflow, readWorkflow } from './helpers/workflow';

const PATH = '.github/workflows/mutation.yml';
const { text, workflow, steps } = readWorkflow(PATH);

describe('the mutation-testing workflow', () => {
	test('passes actionlint', async () => {
		expect(await lintWorkflow(text, PATH)).toEqual([]);
	});

	test('runs weekly and by hand, read-only, with no secrets or variables', () => {
		expect(workflow.on).toEqual({ schedule: [{ cron: '0 19 * * 0' }], workflow_dispatch: null });
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(text).not.toMatch(/secrets\.|vars\./);
		expect(steps[0]?.with).toEqual({ 'persist-credentials': false });
	});

	test('every action is pinned to a commit', () => {
		const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
		expect(uses.map((action) => action.split('@')[0])).toEqual([
			'actions/checkout',
			'actions/cache',
			'actions/cache/restore',
			'actions/cache/save',
			'actions/upload-artifact',
		]);
		for (const action of uses) expect(action).toMatch(/@[0-9a-f]{40}$/);
	});

	test('the gate from nothing, then the rest from the last run’s results, with the results and both reports kept even when a file falls short', () => {
		expect(steps.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual([
			'actions/checkout',
			'actions/cache',
			'npm ci --prefer-offline --no-audit --no-fund',
			'actions/cache/restore',
			'npm run test:mutation:gate:full',
			'npm run test:mutation',
			'actions/cache/save',
			'actions/upload-artifact',
		]);
		const results = 'reports/mutation/all/incremental.json';
		expect(steps[3]?.with).toEqual({ path: results, key: 'mutation-${{ github.run_id }}', 'restore-keys': 'mutation-' });
		// The rest runs even when the gate fell short, so one run reports both.
		expect(steps[5]?.if).toBe('${{ !cancelled() }}');
		expect(steps[6]?.if).toBe('${{ !cancelled() }}');
		expect(steps[6]?.with).toEqual({ path: results, key: 'mutation-${{ github.run_id }}' });
		expect(steps[7]?.if).toBe('${{ !cancelled() }}');
		expect(steps[7]?.with).toMatchObject({ path: 'reports/mutation/gate\nreports/mutation/all\n', 'if-no-files-found': 'error' });
	});
});
