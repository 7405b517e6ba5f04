import { describe, expect, test } from 'vitest';
import { assertSupportedNode, nodeVersionProblem } from '../../../src/lib/pipeline/runtime';

describe('the Node version guard', () => {
	test.each([
		['v20.20.2', true],
		['v22.11.0', true],
		['v22.12.0', false],
		['v24.21.0', false],
		['v25.0.0', false],
	])('%s refused: %s', (version, refused) => {
		expect(nodeVersionProblem(version) !== undefined).toBe(refused);
	});

	test('the message says what runs and how to fix it', () => {
		expect(() => assertSupportedNode('v20.20.2')).toThrow(/needs Node 22\.12 or newer, but is running on Node v20\.20\.2.*npm/);
	});

	test('the tests themselves run on the project’s own Node', () => {
		expect(nodeVersionProblem(process.version)).toBeUndefined();
	});
});
