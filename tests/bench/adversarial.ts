/**
 * npm run bench:adversarial [-- <project folder>]: the gate's time on the hostile shapes of the
 * gate's issue, each at 1×, 2× and 4× its size, so growth can be read off (linear: each step
 * doubles). Run on a quiet machine; the folder defaults to this project (give another checkout to
 * compare an older gate). One article each, beside the project's own sections and series.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? new URL('../..', import.meta.url).pathname);
const { checkContent } = (await import(pathToFileURL(join(root, 'src/lib/content/gate.ts')).href).catch(
	() => import(pathToFileURL(join(root, 'src/lib/content/check.ts')).href),
)) as { checkContent: (files: { path: string; bytes: Uint8Array }[]) => Promise<{ diagnostics: unknown[] }> };

const encode = (text: string) => new TextEncoder().encode(text);
const site = ['sections.yaml', 'series/saohei-chu-e.yaml'].map((path) => ({
	path: `content/${path}`,
	bytes: readFileSync(join(root, 'content', path)),
}));
const article = (body: string) => ({
	path: 'content/articles/shape.mdx',
	bytes: encode(`---\ntitle: 形状\nsummary: 摘要。\npubDate: 2019-07-01\nsection: politics-law\n---\n\n${body}`),
});

/** Each shape at about `kb` kilobytes. */
const SHAPES: Record<string, (kb: number) => string> = {
	'spaces before a parenthesis': (kb) => `甲${' '.repeat(kb * 1024)}(乙)\n`,
	'one paragraph of spaces': (kb) => `甲${' '.repeat(kb * 1024)}乙\n`,
	'中 a on one line': (kb) => `${'中 a'.repeat((kb * 1024) / 5)}\n`,
	'中, on one line': (kb) => `${'中,'.repeat((kb * 1024) / 4)}\n`,
	'a list nested four deep': (kb) => '- a\n  - b\n    - c\n      - d\n'.repeat((kb * 1024) / 28),
	'quotes eight deep': (kb) => '> > > > > > > > x\n'.repeat((kb * 1024) / 18),
};

const SIZES = [8, 16, 32];
console.log(`| shape | ${SIZES.map((kb) => `${kb} KB`).join(' | ')} | problems at ${SIZES.at(-1)} KB |`);
console.log(`| --- | ${SIZES.map(() => '---:').join(' | ')} | ---: |`);
for (const [name, shape] of Object.entries(SHAPES)) {
	const times: string[] = [];
	let problems = 0;
	for (const kb of SIZES) {
		const started = performance.now();
		problems = (await checkContent([...site, article(shape(kb))])).diagnostics.length;
		times.push(`${((performance.now() - started) / 1000).toFixed(2)} s`);
	}
	console.log(`| ${name} | ${times.join(' | ')} | ${problems} |`);
}
