import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/lib/content/schema';
import { HANDBOOK } from '../../src/lib/editor/handbook';
import { BAD_INPUTS } from '../fixtures/bad-input/corpus';
import { PROJECT_ROOT } from '../helpers/paths';

/**
 * The editors' handbook (docs/editor-handbook.md) kept equal to the code: its field table is the
 * schema's, every error the bad-input corpus provokes has its row in 出错了怎么办, and every row
 * there is words the code still says.
 */
// Code blocks aside: an example's `## 小标题` is no heading of the handbook's.
const handbook = readFileSync(join(PROJECT_ROOT, HANDBOOK.path), 'utf8').replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
const section = (heading: string) => {
	const start = handbook.indexOf(`\n## ${heading}\n`);
	expect(start, heading).toBeGreaterThan(-1);
	const end = handbook.indexOf('\n## ', start + 1);
	return handbook.slice(start, end < 0 ? undefined : end);
};
/** The first column of the error table: the words each message holds. */
const phrases = [...section(HANDBOOK.errors).matchAll(/^\|\s*([^|]+?)\s*\|[^|]+\|$/gm)]
	.map((m) => m[1]!)
	.filter((p) => p !== '看到的话' && !/^-+$/.test(p));

const sourceText = (dir: string): string =>
	readdirSync(dir, { withFileTypes: true })
		.map((entry) => (entry.isDirectory() ? sourceText(join(dir, entry.name)) : readFileSync(join(dir, entry.name), 'utf8')))
		.join('\n');

describe('the editors’ handbook', () => {
	test('its article field table lists exactly the schema’s fields, in order', () => {
		const documented = [...section('写一篇文章').matchAll(/^\|\s*`(\w+)`\s*\|/gm)].map((m) => m[1]);
		const schema = articleSchema({ image: () => z.object({}), reference: () => z.string() });
		expect(documented).toEqual(Object.keys(schema.shape));
	});

	test('it has the table of errors, with the words messages end in, and links every section it lists', () => {
		expect(phrases.length).toBeGreaterThan(40);
		for (const [, anchor] of handbook.matchAll(/\]\(#([^)]+)\)/g)) {
			const headings = [...handbook.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.replace(/[：、，（）]/g, '').replace(/ /g, '-'));
			expect(headings, anchor).toContain(decodeURIComponent(anchor!));
		}
	});

	test.each(BAD_INPUTS)('the error for “$input” has its row', ({ line }) => {
		const problem = line.slice(line.indexOf(': 错误 ') + 5);
		expect(phrases.filter((phrase) => problem.includes(phrase)), problem).not.toEqual([]);
	});

	test('every row is words the code still says', () => {
		const code = sourceText(join(PROJECT_ROOT, 'src'));
		expect(phrases.filter((phrase) => !code.includes(phrase))).toEqual([]);
	});
});
