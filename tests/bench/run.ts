/**
 * npm run bench -- --articles 100,1000,3000 [--repeat N] [--features] [--warm [1000,10000]] [--against REV] [--keep]
 *
 * For each count: generates that many synthetic articles into a temporary copy of the project
 * (never into content/), runs a cold production build under /usr/bin/time, and does the same
 * with a bare minimal Astro site (bench/baseline) on the same MDX. Reports wall time, ms per
 * page, peak RSS, dist/ size and search-indexing time, and our time as a ratio of the
 * baseline's; writes bench/results.json and bench/chart.svg.
 *
 * --repeat N: every cold build N times (the copy emptied of what the last build left); tables give
 * the median and the spread.
 * --features [ids]: at the first count, the build again with each feature switched off in turn
 * (bench/features.ts; only those ids, when given), round by round, so the table ranks what each one costs.
 * --warm: at the first count (or at the counts given), rebuilds with the cache the build before
 * left (Astro's incremental build, compiled articles, the search index's pages), after one article
 * is changed, after one is added, after one is added with a new picture, and with nothing changed,
 * against the cold build.
 * --against REV: at the first count, the site as committed at REV too, built round by round with
 * the site as it is, so the table says what the change since REV bought.
 * --site-only: the site alone, no bare Astro build: its time, peak and size at a large count.
 * --keep: leaves the generated copies in the temporary folder (to profile a build of one).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { linkPackages } from '../helpers/build';
import { chart } from './chart';
import type { FeatureCost, Measurement, WarmBuild } from './measurements';
import { type Feature, FEATURES, switchOff } from './features';
import { FIGURES, syntheticArticle, syntheticSections, syntheticSeries } from './synthetic';

const ROOT = new URL('../..', import.meta.url).pathname;
function option(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at > 0 ? process.argv[at + 1] : undefined;
}
/** The comma-separated list a flag may carry (`--warm 1000,10000`); none when the next word is another flag or nothing. */
function listAfter(name: string): string[] {
	const value = option(name);
	return value === undefined || value.startsWith('--') ? [] : value.split(',');
}
const COUNTS = (option('--articles') ?? '100,1000,3000')
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const WITH_FEATURES = process.argv.includes('--features');
/** `--features line-breaks,remark`: only those (ids in bench/features.ts); `--features` alone: every one. */
const FEATURE_IDS = listAfter('--features');
const MEASURED_FEATURES = FEATURE_IDS.length === 0 ? FEATURES : FEATURES.filter((feature) => FEATURE_IDS.includes(feature.id));
for (const id of FEATURE_IDS)
	if (!FEATURES.some((feature) => feature.id === id))
		throw new Error(`bench: no feature ${id}; the features are ${FEATURES.map((feature) => feature.id).join(', ')}`);
/** `--repeat N`: each cold build N times; the tables give the median and the spread. */
const REPEAT = Math.max(1, Math.floor(Number(option('--repeat') ?? 1)) || 1);
/** `--warm` at the first count, or `--warm 1000,10000` at those counts (each among --articles). */
const WARM_COUNTS = !process.argv.includes('--warm')
	? []
	: listAfter('--warm').length === 0
		? [COUNTS[0] ?? 1000]
		: listAfter('--warm').map(Number);
/** `--against REV`: the site as committed at REV, built round by round with the site as it is. */
const AGAINST = option('--against');
/** `--site-only`: no bare Astro build (a large count's own time, peak and size; no ratio). */
const SITE_ONLY = process.argv.includes('--site-only');
/** `--keep`: leave the generated copies in the temporary folder (to profile a build of one). */
const KEEP = process.argv.includes('--keep');
for (const count of WARM_COUNTS)
	if (!COUNTS.includes(count)) throw new Error(`bench: --warm ${count} is not among --articles ${COUNTS.join(',')}`);
if (!existsSync('/usr/bin/time')) throw new Error('bench needs GNU time: sudo apt-get install time');

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

const SITE_PARTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A copy of the project (as it is, or as committed at `revision`) or of the baseline, with `count` articles. */
async function prepare(project: 'site' | 'baseline', count: number, off?: Feature, revision?: string): Promise<string> {
	const root = mkdtempSync(join(tmpdir(), `bench-${project}-`));
	if (project === 'site' && revision) {
		const archive = spawnSync('git', ['archive', '--format=tar', revision, ...SITE_PARTS], { cwd: ROOT, maxBuffer: 1 << 30 });
		if (archive.status !== 0) throw new Error(`bench: git archive ${revision}: ${archive.stderr.toString()}`);
		spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
	} else if (project === 'site') {
		for (const part of SITE_PARTS) cpSync(join(ROOT, part), join(root, part), { recursive: true });
	}
	if (project === 'baseline') cpSync(join(ROOT, 'tests/bench/baseline'), root, { recursive: true });
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
	if (off) switchOff(root, off);
	return root;
}

function build(root: string, project: Measurement['project'], count: number, tag = ''): Measurement {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build', '--silent'], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_URL: 'https://bench.example.org' },
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (process.env['BENCH_LOG'])
		writeFileSync(join(ROOT, `tests/bench/${project}-${count}${tag}.log`), result.stdout + result.stderr);
	if (result.status !== 0)
		throw new Error(
			`${project} build of ${count} articles failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
		);
	const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
	const cpu = ['User', 'System'].map((kind) =>
		Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0),
	);
	const indexMs = /indexed \d+ pages for search[^:]*: (\d+) ms after the last page/.exec(result.stdout + result.stderr)?.[1];
	const { bytes, pages } = sizeOf(join(root, 'dist'));
	return {
		project,
		articles: count,
		pages,
		wallSeconds: Math.round(wallSeconds * 10) / 10,
		msPerPage: Math.round((wallSeconds * 1000) / pages),
		peakRssMb: Math.round(rssKb / 1024),
		cpuSeconds: tenth(cpu[0]! + cpu[1]!),
		distMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
		searchIndexSeconds: indexMs ? Math.round(Number(indexMs) / 100) / 10 : undefined,
	};
}

/** Removes what a build leaves, so the next build of the same copy starts cold. */
function coldStart(root: string): void {
	for (const part of ['dist', 'dist.partial', '.cache', '.astro', 'node_modules/.vite', 'node_modules/.astro'])
		rmSync(join(root, part), { recursive: true, force: true });
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const tenth = (value: number) => Math.round(value * 10) / 10;

/** `REPEAT` cold builds of one copy, as one measurement: the median run, with every run's time. */
function measure(root: string, project: Measurement['project'], count: number, tag = ''): Measurement {
	const runs: Measurement[] = [];
	for (let round = 0; round < REPEAT; round++) {
		coldStart(root);
		runs.push(build(root, project, count, tag));
	}
	return summarise(runs);
}

function summarise(runs: readonly Measurement[]): Measurement {
	const times = runs.map((run) => run.wallSeconds);
	const middle = runs.find((run) => run.wallSeconds === median(times)) ?? runs[0]!;
	return {
		...middle,
		wallSeconds: tenth(median(times)),
		msPerPage: Math.round((median(times) * 1000) / middle.pages),
		peakRssMb: Math.round(median(runs.map((run) => run.peakRssMb))),
		cpuSeconds: tenth(median(runs.map((run) => run.cpuSeconds))),
		runs: times,
		spreadSeconds: tenth(Math.max(...times) - Math.min(...times)),
	};
}

const copies: string[] = [];
process.on('exit', () => {
	if (!KEEP) for (const root of copies) rmSync(root, { recursive: true, force: true });
});
async function copyOf(project: 'site' | 'baseline', count: number, off?: Feature, revision?: string): Promise<string> {
	const root = await prepare(project, count, off, revision);
	copies.push(root);
	return root;
}

const results: Measurement[] = [];
const siteCopies = new Map<number, string>();
for (const count of COUNTS) {
	for (const project of SITE_ONLY ? (['site'] as const) : (['site', 'baseline'] as const)) {
		process.stdout.write(`${count} articles, ${project}: generating… `);
		const root = await copyOf(project, count);
		if (project === 'site') siteCopies.set(count, root);
		process.stdout.write(`building${REPEAT > 1 ? ` ${REPEAT} times` : ''}… `);
		const measurement = measure(root, project, count);
		results.push(measurement);
		console.log(
			`${measurement.wallSeconds} s${REPEAT > 1 ? ` (runs ${measurement.runs?.join(', ')} s)` : ''}, ${measurement.pages} pages, ${measurement.msPerPage} ms/page, peak ${measurement.peakRssMb} MB`,
		);
	}
}
if (KEEP) console.log(`Kept the copies: ${copies.join(' ')}`);

const FIRST = COUNTS[0] ?? 1000;
let full = results.find((r) => r.project === 'site' && r.articles === FIRST)!;
const bare = results.find((r) => r.project === 'baseline' && r.articles === FIRST);

const features: FeatureCost[] = [];
if (WITH_FEATURES) {
	// Round by round, the whole site and then each feature off: a drift of the machine's speed
	// during the run reaches every row alike, and each saving is paired with the same round's site.
	const without = new Map<Feature, string>();
	for (const feature of MEASURED_FEATURES) without.set(feature, await copyOf('site', FIRST, feature));
	const fullRuns: Measurement[] = [];
	const featureRuns = new Map<Feature, Measurement[]>(MEASURED_FEATURES.map((feature) => [feature, []]));
	for (let round = 1; round <= REPEAT; round++) {
		coldStart(siteCopies.get(FIRST)!);
		fullRuns.push(build(siteCopies.get(FIRST)!, 'site', FIRST, '-features'));
		console.log(`round ${round} of ${REPEAT}, ${FIRST} articles, the whole site: ${fullRuns.at(-1)!.wallSeconds} s`);
		for (const feature of MEASURED_FEATURES) {
			coldStart(without.get(feature)!);
			const m = build(without.get(feature)!, 'site', FIRST, `-no-${feature.id}`);
			featureRuns.get(feature)!.push(m);
			console.log(`round ${round} of ${REPEAT}, without ${feature.label}: ${m.wallSeconds} s, peak ${m.peakRssMb} MB`);
		}
	}
	full = summarise(fullRuns);
	for (const feature of MEASURED_FEATURES) {
		const runs = featureRuns.get(feature)!;
		const m = summarise(runs);
		const saved = runs.map((run, round) => fullRuns[round]!.wallSeconds - run.wallSeconds);
		const savedMb = runs.map((run, round) => fullRuns[round]!.peakRssMb - run.peakRssMb);
		features.push({
			feature: feature.id,
			label: feature.label,
			wallSeconds: m.wallSeconds,
			peakRssMb: m.peakRssMb,
			savedSeconds: tenth(median(saved)),
			savedRange: [tenth(Math.min(...saved)), tenth(Math.max(...saved))],
			savedMb: Math.round(median(savedMb)),
		});
	}
	features.sort((a, b) => b.savedSeconds - a.savedSeconds);
}

const against: { revision: string; site: Measurement; then: Measurement; savedSeconds: number; savedRange: [number, number] }[] =
	[];
if (AGAINST) {
	// Round by round, the site as it is and as it was at AGAINST, same articles: what the change bought.
	const then = await copyOf('site', FIRST, undefined, AGAINST);
	const nowRuns: Measurement[] = [];
	const thenRuns: Measurement[] = [];
	for (let round = 1; round <= REPEAT; round++) {
		for (const [root, runs, tag] of [
			[siteCopies.get(FIRST)!, nowRuns, '-now'],
			[then, thenRuns, `-${AGAINST}`],
		] as const) {
			coldStart(root);
			runs.push(build(root, 'site', FIRST, tag));
		}
		console.log(
			`round ${round} of ${REPEAT}: now ${nowRuns.at(-1)!.wallSeconds} s, at ${AGAINST} ${thenRuns.at(-1)!.wallSeconds} s`,
		);
	}
	const saved = nowRuns.map((run, round) => thenRuns[round]!.wallSeconds - run.wallSeconds);
	against.push({
		revision: AGAINST,
		site: summarise(nowRuns),
		then: summarise(thenRuns),
		savedSeconds: tenth(median(saved)),
		savedRange: [tenth(Math.min(...saved)), tenth(Math.max(...saved))],
	});
	const [row] = against;
	console.log(
		`\n| at ${FIRST} articles (median of ${REPEAT}) | build | peak RSS | CPU |\n|---|---:|---:|---:|\n| now | ${row!.site.wallSeconds} s | ${row!.site.peakRssMb} MB | ${row!.site.cpuSeconds} s |\n| at ${AGAINST} | ${row!.then.wallSeconds} s | ${row!.then.peakRssMb} MB | ${row!.then.cpuSeconds} s |\n| saved, paired by round | ${row!.savedSeconds} s (${row!.savedRange[0]} to ${row!.savedRange[1]}) | | |`,
	);
}

const warm: WarmBuild[] = [];
for (const count of WARM_COUNTS) {
	// One copy, built cold, then again with the cache each build leaves to the next.
	const root = siteCopies.get(count)!;
	// Built once, the copy's last build was the cold one measured above: its cache is the start.
	const measured = results.find((r) => r.project === 'site' && r.articles === count);
	const reuse = REPEAT === 1 && !WITH_FEATURES && !AGAINST ? measured : undefined;
	if (!reuse) coldStart(root);
	const cold = reuse ?? build(root, 'site', count, '-cold');
	const article = (index: number) => syntheticArticle(index);
	const changed = article(1);
	writeFileSync(join(root, changed.path), changed.text.replace('基准测试用的合成文本', '基准测试用的改过的合成文本'));
	const afterChange = build(root, 'site', count, '-warm-changed');
	const added = article(count);
	writeFileSync(join(root, added.path), added.text);
	const afterAdd = build(root, 'site', count, '-warm-added');
	// The day's usual change: a new article with a picture of its own.
	const withPicture = article(count + 1);
	await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 200, g: 30, b: 30 } } })
		.jpeg()
		.toFile(join(root, 'content/articles/images/bench-new.jpg'));
	writeFileSync(
		join(root, withPicture.path),
		`${withPicture.text}\n<Figure src="./images/bench-new.jpg" alt="新图片" caption="新图片" />\n`,
	);
	const afterPicture = build(root, 'site', count, '-warm-picture');
	const unchanged = build(root, 'site', count, '-warm-unchanged');
	const ofCold = (m: Measurement) => Math.round((m.wallSeconds / cold.wallSeconds) * 100) / 100;
	const builds: WarmBuild[] = [
		{ articles: count, change: 'cold (no cache)', wallSeconds: cold.wallSeconds, ofCold: 1 },
		{ articles: count, change: 'one article changed', wallSeconds: afterChange.wallSeconds, ofCold: ofCold(afterChange) },
		{ articles: count, change: 'one article added', wallSeconds: afterAdd.wallSeconds, ofCold: ofCold(afterAdd) },
		{
			articles: count,
			change: 'one article added, with a new picture',
			wallSeconds: afterPicture.wallSeconds,
			ofCold: ofCold(afterPicture),
		},
		{ articles: count, change: 'nothing changed', wallSeconds: unchanged.wallSeconds, ofCold: ofCold(unchanged) },
	];
	for (const w of builds) console.log(`${count} articles, ${w.change}: ${w.wallSeconds} s (${w.ofCold} of cold)`);
	warm.push(...builds);
}

const rows = COUNTS.map((count) => {
	const site = results.find((r) => r.project === 'site' && r.articles === count)!;
	const baseline = results.find((r) => r.project === 'baseline' && r.articles === count);
	return {
		count,
		site,
		baseline,
		ratio: baseline ? Math.round((site.wallSeconds / baseline.wallSeconds) * 100) / 100 : undefined,
	};
});
const table = [
	'| articles | pages | wall time | CPU | ms/page | peak RSS | dist/ | search index (after last page) | baseline time | baseline CPU | baseline RSS | ratio |',
	'|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
	...rows.map(
		({ count, site, baseline, ratio }) =>
			`| ${count} | ${site.pages} | ${site.wallSeconds} s | ${site.cpuSeconds} s | ${site.msPerPage} | ${site.peakRssMb} MB | ${site.distMb} MB | ${site.searchIndexSeconds ?? '–'} s | ${baseline?.wallSeconds ?? '–'} s | ${baseline?.cpuSeconds ?? '–'} s | ${baseline?.peakRssMb ?? '–'} MB | ${ratio ?? '–'} |`,
	),
].join('\n');
console.log(
	`\n${table}\n\nTargets: ratio ≤ 1.6 at 1,000 and 3,000 articles (the goal 1.25); peak RSS at 10,000 no more than bare Astro's.`,
);
if (features.length > 0 && bare) {
	console.log(
		[
			'',
			`| at ${FIRST} articles, switched off (median of ${REPEAT}) | build | saves | saves, range of the rounds | peak RSS | saves |`,
			'|---|---:|---:|---:|---:|---:|',
			`| nothing (the site) | ${full.wallSeconds} s (${full.runs?.join(', ')}) | – | – | ${full.peakRssMb} MB | – |`,
			...features.map(
				(f) =>
					`| ${f.label} | ${f.wallSeconds} s | ${f.savedSeconds} s | ${f.savedRange[0]} to ${f.savedRange[1]} s | ${f.peakRssMb} MB | ${f.savedMb} MB |`,
			),
			`| everything (bare Astro, bench/baseline) | ${bare.wallSeconds} s | ${tenth(full.wallSeconds - bare.wallSeconds)} s | – | ${bare.peakRssMb} MB | ${full.peakRssMb - bare.peakRssMb} MB |`,
		].join('\n'),
	);
}

const machine = {
	cpus: (await import('node:os')).cpus().length,
	cpu: (await import('node:os')).cpus()[0]?.model,
	memoryGb: Math.round((await import('node:os')).totalmem() / 1024 ** 3),
	node: process.version,
	date: new Date().toISOString(),
};
writeFileSync(
	join(ROOT, 'tests/bench/results.json'),
	`${JSON.stringify({ machine, results, rows: rows.map(({ count, ratio }) => ({ articles: count, ratio })), features, warm, against }, null, 2)}\n`,
);
writeFileSync(join(ROOT, 'tests/bench/chart.svg'), chart(results, features, warm));
console.log('Wrote bench/results.json and bench/chart.svg');
