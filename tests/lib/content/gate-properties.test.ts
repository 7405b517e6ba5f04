/**
 * The gate on generated input (fast-check, seeded and bounded): articles, fields and file names
 * built from the pieces hostile and careless files are made of. Whatever it is given, the gate
 * answers: no exception, each problem one line that starts with its file's name, placed inside
 * the file, within its time.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Diagnostic, formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { checkContent } from '../../../src/lib/content/gate';
import type { ContentFile } from '../../../src/lib/content/source';
import { file, frontmatter, SITE } from '../../helpers/gate';

/** The seed every run uses, so a failure is found again; fast-check prints the input that failed. */
const SEED = 20_261_206;
const RUNS = 150;

/** Pieces of MDX: markup, code, addresses, controls, Chinese, and the limits' shapes in small. */
const PIECES = [
	...['中', '文', '。', '，', ',', ':', '(', ')', '“', '"', "'", ' ', '\t', '\n', '\n\n', '\r\n', 'a', '1', '2019年'],
	...['<', '>', '{', '}', '*', '**', '_', '[', ']', '`', '```', '~~~', '#', '## ', '> ', '- ', '1. ', '|', '---', '\\'],
	...['<span>', '</span>', '<b>', '</b>', '<a href="//evil">', '</a>', '<script>', '<constructor/>', '<__proto__ />', '<toString>'],
	...['<Figure src="./images/a.jpg" alt="图" />', '<Promo id="jiangnan-study-tour"/>', '<PullQuote>', '</PullQuote>', '<>', '</>'],
	...['{1+1}', '{/* c */}', 'import x from "y"', 'export const a = 1', '[链接](javascript:alert(1))', '![图](x.png)', '[x]: //evil'],
	...['https://example.org/a_b', '&#x6a;', '&amp;', '\u0001', '\u000b', '\u007f', '\u0085', '\u2028', '\uFEFF', '\uFFFE', '𠮷'],
	...['::error file=x::撤稿', '%0A', '${{ secrets.X }}', '\u0000'],
];
const piece = fc.constantFrom(...PIECES);
const mdxBody = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
	maxLength: 120,
}).map((parts) => parts.join(''));
const yamlValue = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));

/** Runs the gate on SITE and `files`, and holds each answer to the properties. */
async function answers(files: ContentFile[]): Promise<Diagnostic[]> {
	const started = performance.now();
	const { diagnostics } = await checkContent([...SITE, ...files]);
	expect(performance.now() - started).toBeLessThan(1_000);
	const paths = new Set([...SITE, ...files].map((f) => f.path));
	for (const d of diagnostics) {
		const line = formatDiagnostic(d);
		expect(paths.has(d.file) || d.file === 'content/sections.yaml', line).toBe(true);
		expect(line.startsWith(`${d.file}:${d.line}:${d.column}: `), line).toBe(true);
		expect(line, line).not.toMatch(/[\n\r\u2028\u2029\u0000-\u0008]/);
		expect(d.line >= 1 && d.column >= 1, line).toBe(true);
		expect(d.problem.length, line).toBeGreaterThan(0);
	}
	return diagnostics;
}

describe('the gate on generated input: an answer for every file, never a crash', () => {
	test(`article bodies (${RUNS} of them, seed ${SEED})`, async () => {
		await fc.assert(
			fc.asyncProperty(mdxBody, async (body) => {
				await answers([file('content/articles/generated.mdx', `${frontmatter()}\n${body}`)]);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	test(`field values in an article and an ad (${RUNS} of them)`, async () => {
		await fc.assert(
			fc.asyncProperty(yamlValue, yamlValue, async (title, label) => {
				const quoted = (text: string) => JSON.stringify(text);
				await answers([
					file('content/articles/generated.mdx', `${frontmatter(`editor: ${title}\n`).replace('title: 测试', `title: ${quoted(title)}`)}\n正文。\n`),
					file('content/promos/generated.yaml', `label: ${label}\ntitle: ${quoted(label)}\n`),
				]);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});

	test(`file names and folders (${RUNS} of them)`, async () => {
		const segment = fc.oneof(fc.constantFrom('articles', 'series', 'promos', 'images', '..', '.', '', 'constructor', '__proto__'), fc.string({ maxLength: 12 }));
		await fc.assert(
			fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom('.mdx', '.yaml', '.jpg', '', '.MDX'), async (parts, extension) => {
				await answers([file(`content/${parts.join('/')}${extension}`, '---\ntitle: 标题\n---\n')]);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
