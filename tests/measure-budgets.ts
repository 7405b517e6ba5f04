/**
 * Measures SPEC §6's byte budgets and the cold build time, and prints a table.
 * A measurement, not a test: `npm run measure`. Byte budgets are asserted in `npm test`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { buildSite } from './helpers/build.ts';
import { distFiles } from './helpers/dist.ts';
import { PROJECT_ROOT, TEST_DIST } from './helpers/paths.ts';

rmSync(join(PROJECT_ROOT, '.astro'), { recursive: true, force: true });
const started = performance.now();
buildSite(TEST_DIST);
const buildSeconds = (performance.now() - started) / 1000;

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const files = distFiles();

/** HTML plus every stylesheet it links, each gzipped as a server would send it. */
function pageBytes(page: string) {
	const html = readFileSync(join(TEST_DIST, page));
	const css = parse(html.toString())
		.querySelectorAll('link[rel="stylesheet"]')
		.map((link) => readFileSync(join(TEST_DIST, link.getAttribute('href') ?? '')));
	return { html: gzip(html), css: css.reduce((sum, sheet) => sum + gzip(sheet), 0) };
}

const rows: [string, string, string][] = [];
for (const page of files.filter((file) => file.endsWith('.html')).sort()) {
	const { html, css } = pageBytes(page);
	rows.push([`${page} HTML + CSS (gzip)`, `${html + css} B`, page.startsWith('articles/') ? '≤ 14336 B' : '']);
}
const js = files
	.filter((file) => /\.m?js$/.test(file))
	.reduce((sum, file) => sum + readFileSync(join(TEST_DIST, file)).length, 0);
rows.push(['client JavaScript in dist/', `${js} B`, '0 B']);
for (const qr of files.filter((file) => file.endsWith('qr.svg')))
	rows.push([qr, `${readFileSync(join(TEST_DIST, qr)).length} B`, '≤ 3072 B']);
rows.push(['cold build (npm run build, caches removed)', `${buildSeconds.toFixed(1)} s`, '']);

console.log(`| what | measured | budget |\n|---|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);
