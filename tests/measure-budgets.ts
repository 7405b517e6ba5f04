/**
 * Measures SPEC §6's byte budgets and the cold build time, and prints a table.
 * A measurement, not a test: `npm run measure`. Byte budgets are asserted in `npm test`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { buildSite } from './helpers/build.ts';
import { distFiles, pageGzipBytes } from './helpers/dist.ts';
import { PROJECT_ROOT, TEST_DIST } from './helpers/paths.ts';

rmSync(join(PROJECT_ROOT, '.astro'), { recursive: true, force: true });
const started = performance.now();
buildSite(TEST_DIST);
const buildSeconds = (performance.now() - started) / 1000;

const files = distFiles();

/** JavaScript a page loads itself: inline scripts and script files (JSON-LD is data, not code). */
function pageJs(page: string): number {
	return parse(readFileSync(join(TEST_DIST, page), 'utf8'))
		.querySelectorAll('script:not([type="application/ld+json"])')
		.reduce((sum, script) => {
			const src = script.getAttribute('src');
			return sum + (src ? readFileSync(join(TEST_DIST, src)).length : script.textContent.length);
		}, 0);
}

const rows: [string, string, string][] = [];
for (const page of files.filter((file) => file.endsWith('.html')).sort()) {
	const jsBudget = page === 'search/index.html' ? '' : '0 B JS';
	rows.push([
		`${page}: HTML + CSS gzip; JS`,
		`${pageGzipBytes(page)} B; ${pageJs(page)} B JS`,
		page.startsWith('articles/') ? `≤ 14336 B; ${jsBudget}` : jsBudget,
	]);
}
const pagefind = files.filter((file) => file.startsWith('pagefind/') && /\.js$|wasm/.test(file));
const pagefindBytes = pagefind.reduce((sum, file) => sum + readFileSync(join(TEST_DIST, file)).length, 0);
rows.push(['search page only: Pagefind code it loads on demand (JS + WebAssembly, all languages)', `${pagefindBytes} B`, '']);
for (const qr of files.filter((file) => file.endsWith('qr.svg')))
	rows.push([qr, `${readFileSync(join(TEST_DIST, qr)).length} B`, '≤ 3072 B']);
rows.push(['cold build (npm run build, caches removed)', `${buildSeconds.toFixed(1)} s`, '']);

console.log(`| what | measured | budget |\n|---|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);
