import { describe, expect, test } from 'vitest';
import { onBuildWarning } from '../../../src/lib/pipeline/build-log';

describe('onBuildWarning: every warning but Astro’s own MDX directive', () => {
	test.each([
		[
			{
				code: 'MODULE_LEVEL_DIRECTIVE',
				message:
					'The semantics of the module level directive "use astro:head-inject" in "content/articles/a.mdx" may not be preserved',
			},
			false,
		],
		[
			{
				code: 'MODULE_LEVEL_DIRECTIVE',
				message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved',
			},
			true,
		],
		[{ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' }, true],
		[{ message: 'no code' }, true],
	])('%j passes: %s', (warning, passes) => {
		const passed: unknown[] = [];
		onBuildWarning(warning, (w) => passed.push(w));
		expect(passed).toEqual(passes ? [warning] : []);
	});
});
