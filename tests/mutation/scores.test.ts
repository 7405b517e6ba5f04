import { describe, expect, test } from 'vitest';
import { fileScores, type Report, scoreTable, shortOf, thresholdOf } from './scores';

const mutants = (counts: Record<string, number>) =>
	Object.entries(counts).flatMap(([status, n]) =>
		Array.from({ length: n }, () => ({ status })),
	) as Report['files'][string]['mutants'];

describe('the score each file must reach', () => {
	test.each([
		['src/lib/content/mdx-subset.ts', 90],
		['src/lib/content/deeper/x.ts', 90],
		['src/lib/pipeline/gate-step.ts', 90],
		['src/lib/pipeline/pagefind.ts', 75],
		['src/lib/site/search-words.ts', 75],
		['src/cli/content-check.ts', 75],
	])('%s: %i%%', (file, threshold) => {
		expect(thresholdOf(file)).toBe(threshold);
	});

	test('a score counts killed and timed-out mutants against all valid ones; compile errors and ignored ones do not count', () => {
		const report: Report = {
			files: {
				'src/lib/site/b.ts': { mutants: mutants({ Killed: 3, Survived: 1 }) },
				'src/lib/content/a.ts': { mutants: mutants({ Killed: 8, Timeout: 1, NoCoverage: 1, CompileError: 5, Ignored: 2 }) },
				'src/lib/site/c.ts': { mutants: mutants({ CompileError: 2 }) },
			},
		};
		const scores = fileScores(report);
		expect(scores).toEqual([
			{ file: 'src/lib/content/a.ts', score: 90, detected: 9, undetected: 1, threshold: 90 },
			{ file: 'src/lib/site/b.ts', score: 75, detected: 3, undetected: 1, threshold: 75 },
			{ file: 'src/lib/site/c.ts', score: null, detected: 0, undetected: 0, threshold: 75 },
		]);
		expect(shortOf(scores)).toEqual([]);
	});

	test('a file one mutant short is short, however well the others do', () => {
		const scores = fileScores({
			files: {
				'src/lib/content/a.ts': { mutants: mutants({ Killed: 89, Survived: 11 }) },
				'src/lib/site/b.ts': { mutants: mutants({ Killed: 100 }) },
			},
		});
		expect(shortOf(scores).map((entry) => entry.file)).toEqual(['src/lib/content/a.ts']);
		expect(scoreTable(scores).split('\n')).toEqual([
			'| file | score | detected | undetected | needs | |',
			'|---|---:|---:|---:|---:|---|',
			'| src/lib/content/a.ts | 89.0% | 89 | 11 | 90% | SHORT |',
			'| src/lib/site/b.ts | 100.0% | 100 | 0 | 75% | ok |',
		]);
	});
});
