import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The frontmatter reader @astrojs/mdx itself imports (one version in the tree: npm ls @astrojs/internal-helpers).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../../src/lib/content/source';
import { BAD_INPUTS } from '../../fixtures/bad-input/corpus';
import { PROJECT_ROOT } from '../../helpers/paths';

/**
 * One reading of a file for the check and the build. The build compiles an article's body from
 * what Astro's own frontmatter reader (the one @astrojs/mdx uses) leaves of the file; the check
 * reads the body with splitFrontmatter (source.ts). For every article the check can read — the
 * project's own, every one of the bad-input corpus, and files written to tell the two readers
 * apart — both must find the same body at the same place, or the check must refuse the file.
 */
const TRICKY: Record<string, string> = {
	'a byte-order mark': '\uFEFF---\ntitle: 标题\n---\n\n正文。\n',
	'two byte-order marks': '\uFEFF\uFEFF---\ntitle: 标题\n---\n\n正文。\n',
	'CRLF line endings': '---\r\ntitle: 标题\r\n---\r\n\r\n正文。\r\n',
	'a closing line with trailing spaces': '---\ntitle: 标题\n---  \n\n正文。\n',
	'a closing line with more after it': '---\ntitle: 标题\n---x\n---\n\n正文。\n',
	'a line starting +++ inside the fields': '---\ntitle: 标题\nsummary: "摘要\n+++ 特别"\n---\n\n正文。\n',
	'blank lines before the fields': '\n\n---\ntitle: 标题\n---\n\n正文。\n',
	'TOML fields': '+++\ntitle = "标题"\n+++\n\n正文。\n',
	'fields never closed': '---\ntitle: 标题\n\n正文。\n',
	'no fields at all': '正文。\n\n---\n\n后文。\n',
	'a body starting with a rule': '---\ntitle: 标题\n---\n---\n正文。\n',
	'empty fields': '---\n---\n\n正文。\n',
	'the closing line last, without a newline': '---\ntitle: 标题\n---',
};

const articles = (dir: string) =>
	readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name): [string, Uint8Array] => [`content/articles/${name}`, readFileSync(join(dir, name))]);

const CASES: [string, Uint8Array][] = [
	...articles(join(PROJECT_ROOT, 'content/articles')),
	...BAD_INPUTS.flatMap((input) =>
		Object.entries(input.files).flatMap(([path, file]) =>
			path.endsWith('.mdx') && typeof file !== 'object' ? [[`${input.input}: ${path}`, new TextEncoder().encode(file)] as [string, Uint8Array]] : [],
		),
	),
	...BAD_INPUTS.flatMap((input) =>
		Object.entries(input.files).flatMap(([path, file]) => (path.endsWith('.mdx') && file instanceof Uint8Array ? [[`${input.input}: ${path}`, file] as [string, Uint8Array]] : [])),
	),
	...Object.entries(TRICKY).map(([name, text]) => [name, new TextEncoder().encode(text)] as [string, Uint8Array]),
];

/** What Astro reads, or why it throws. */
function astroBody(text: string): { content: string } | { thrown: string } {
	try {
		return { content: parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content };
	} catch (error) {
		return { thrown: (error as Error).message };
	}
}

/**
 * How the two readers compare on a file: 'refused' when the check's reading stops at the file
 * (it then says why, and nothing is built); 'same' when Astro finds the body the check read, at
 * the same place; otherwise what differs.
 */
function compare(bytes: Uint8Array): string {
	const { source, diagnostics } = readSource({ path: 'content/articles/a.mdx', bytes });
	if (!source?.body || diagnostics.length > 0) return diagnostics.length > 0 ? 'refused' : 'read without a body';
	const text = new TextDecoder().decode(bytes);
	const astro = astroBody(text);
	if ('thrown' in astro) return `Astro throws: ${astro.thrown}`;
	// Astro blanks the fields with spaces, keeping every line: the body starts where the check's does.
	const { start, text: body } = source.body;
	if (astro.content.slice(start) !== body) return `Astro's body: ${JSON.stringify(astro.content.slice(start, start + 40))}`;
	if (astro.content.slice(0, start).trim() !== '') return `Astro keeps fields: ${JSON.stringify(astro.content.slice(0, 40))}`;
	return 'same';
}

describe('one reading: the check reads an article as the build does, or refuses it', () => {
	test.each(CASES)('%s', (_name, bytes) => {
		expect(compare(bytes)).toMatch(/^(same|refused)$/);
	});

	test('the files written to tell the readers apart: each refused, or read alike', () => {
		const outcomes = Object.fromEntries(Object.entries(TRICKY).map(([name, text]) => [name, compare(new TextEncoder().encode(text))]));
		expect(outcomes).toEqual({
			'a byte-order mark': 'same',
			'two byte-order marks': 'refused',
			'CRLF line endings': 'same',
			'a closing line with trailing spaces': 'same',
			'a closing line with more after it': 'refused',
			'a line starting +++ inside the fields': 'refused',
			'blank lines before the fields': 'refused',
			'TOML fields': 'refused',
			'fields never closed': 'refused',
			'no fields at all': 'refused',
			'a body starting with a rule': 'same',
			'empty fields': 'refused',
			'the closing line last, without a newline': 'same',
		});
	});

	test('sixty and more of them are read and compared, not refused before the body', () => {
		const same = CASES.filter(([, bytes]) => compare(bytes) === 'same').length;
		expect(same).toBeGreaterThanOrEqual(60);
	});
});
