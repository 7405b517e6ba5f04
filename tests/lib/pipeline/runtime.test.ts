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

	test('the message says, in Chinese, what runs and how to fix it; nothing else is said', () => {
		const said: string[] = [];
		const stop = (problem: string): never => {
			said.push(problem);
			throw new Error('stopped');
		};
		expect(() => assertSupportedNode('v20.20.2', stop)).toThrow('stopped');
		expect(said).toEqual([
			'本项目需要 Node 22.12 或更新的版本，现在运行的是 Node v20.20.2。请通过 npm 运行（npm run dev、npm run build、npm test）：npm 会用 `npm ci` 装在 node_modules/.bin 里的 Node。',
		]);
		assertSupportedNode('v22.12.0', stop);
		expect(said).toHaveLength(1);
	});

	test('the tests themselves run on the project’s own Node', () => {
		expect(nodeVersionProblem(process.version)).toBeUndefined();
	});
});
