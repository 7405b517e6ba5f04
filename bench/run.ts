/**
 * npm run bench -- --articles 100,1000,3000
 *
 * For each count: generates that many synthetic articles into a temporary copy of the project
 * (never into content/), runs a cold production build under /usr/bin/time, and does the same
 * with a bare minimal Astro site (bench/baseline) on the same MDX. Reports wall time, ms per
 * page, peak RSS, dist/ size and search-indexing time, and our time as a ratio of the
 * baseline's; writes bench/results.json and bench/chart.svg.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { linkPackages } from '../tests/helpers/build';
import { chart } from './chart';
import { FIGURES, syntheticArticle, syntheticSections, syntheticSeries } from './synthetic';

const ROOT = new URL('..', import.meta.url).pathname;
const argument = process.argv.indexOf('--articles');
const COUNTS = (argument > 0 ? (process.argv[argument + 1] ?? '') : '100,1000,3000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
if (!existsSync('/usr/bin/time')) throw new Error('bench needs GNU time: sudo apt-get install time');

export interface Measurement {
	project: 'site' | 'baseline';
	articles: number;
	pages: number;
	wallSeconds: number;
	msPerPage: number;
	peakRssMb: number;
	distMb: number;
	/** What the search index adds at the end: its writing after the last page (it indexes alongside). */
	searchIndexSeconds?: number | undefined;
}

function sizeOf(dir: string): { bytes: number; pages: number } {
	let bytes = 0;
	let pages = 0;
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (stat.isDirectory()) {
			const inner = sizeOf(path);
			bytes += inner.bytes;
			pages += inner.pages;
		} else {
			bytes += stat.size;
			if (name.endsWith('.html')) pages++;
		}
	}
	return { bytes, pages };
}

async function prepare(project: 'site' | 'baseline', count: number): Promise<string> {
	const root = mkdtempSync(join(tmpdir(), `bench-${project}-`));
	const parts = project === 'site' ? ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] : [];
	for (const part of parts) cpSync(join(ROOT, part), join(root, part), { recursive: true });
	if (project === 'baseline') cpSync(join(ROOT, 'bench/baseline'), root, { recursive: true });
	linkPackages(root);
	mkdirSync(join(root, 'content/articles/images'), { recursive: true });
	mkdirSync(join(root, 'content/series'), { recursive: true });
	for (const [index, figure] of FIGURES.entries()) {
		await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40 * index, g: 90, b: 120 } } })
			.jpeg()
			.toFile(join(root, 'content/articles', figure));
	}
	if (project === 'site') {
		writeFileSync(join(root, 'content/sections.yaml'), syntheticSections());
		for (const series of syntheticSeries()) writeFileSync(join(root, series.path), series.text);
	} else {
		// The baseline serves pictures as they are, from public/.
		cpSync(join(root, 'content/articles/images'), join(root, 'public/articles/images'), { recursive: true });
	}
	for (let index = 0; index < count; index++) {
		const article = syntheticArticle(index);
		writeFileSync(join(root, article.path), article.text);
	}
	return root;
}

function build(root: string, project: Measurement['project'], count: number): Measurement {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build', '--silent'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_URL: 'https://bench.example.org' },
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (process.env['BENCH_LOG']) writeFileSync(join(ROOT, `bench/${project}-${count}.log`), result.stdout + result.stderr);
	if (result.status !== 0)
		throw new Error(
			`${project} build of ${count} articles failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
		);
	const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
	const indexMs = /indexed \d+ pages for search: (\d+) ms after the last page/.exec(result.stdout + result.stderr)?.[1];
	const { bytes, pages } = sizeOf(join(root, 'dist'));
	return {
		project,
		articles: count,
		pages,
		wallSeconds: Math.round(wallSeconds * 10) / 10,
		msPerPage: Math.round((wallSeconds * 1000) / pages),
		peakRssMb: Math.round(rssKb / 1024),
		distMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
		searchIndexSeconds: indexMs ? Math.round(Number(indexMs) / 100) / 10 : undefined,
	};
}

const results: Measurement[] = [];
for (const count of COUNTS) {
	for (const project of ['site', 'baseline'] as const) {
		process.stdout.write(`${count} articles, ${project}: generating… `);
		const root = await prepare(project, count);
		process.stdout.write('building… ');
		const measurement = build(root, project, count);
		rmSync(root, { recursive: true, force: true });
		results.push(measurement);
		console.log(
			`${measurement.wallSeconds} s, ${measurement.pages} pages, ${measurement.msPerPage} ms/page, peak ${measurement.peakRssMb} MB`,
		);
	}
}

const rows = COUNTS.map((count) => {
	const site = results.find((r) => r.project === 'site' && r.articles === count)!;
	const baseline = results.find((r) => r.project === 'baseline' && r.articles === count)!;
	return { count, site, baseline, ratio: Math.round((site.wallSeconds / baseline.wallSeconds) * 100) / 100 };
});
const table = [
	'| articles | pages | wall time | ms/page | peak RSS | dist/ | search index (after last page) | baseline time | baseline RSS | ratio |',
	'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
	...rows.map(
		({ count, site, baseline, ratio }) =>
			`| ${count} | ${site.pages} | ${site.wallSeconds} s | ${site.msPerPage} | ${site.peakRssMb} MB | ${site.distMb} MB | ${site.searchIndexSeconds ?? '–'} s | ${baseline.wallSeconds} s | ${baseline.peakRssMb} MB | ${ratio} |`,
	),
].join('\n');
console.log(`\n${table}\n\nTarget at 1,000 articles: ratio ≤ 1.25 and peak RSS ≤ 1.5 GB.`);

const machine = { cpus: (await import('node:os')).cpus().length, node: process.version, date: new Date().toISOString() };
writeFileSync(
	join(ROOT, 'bench/results.json'),
	`${JSON.stringify({ machine, results, rows: rows.map(({ count, ratio }) => ({ articles: count, ratio })) }, null, 2)}\n`,
);
writeFileSync(join(ROOT, 'bench/chart.svg'), chart(results));
console.log('Wrote bench/results.json and bench/chart.svg');
