/**
 * The mutation score each file must reach (npm run test:mutation, test:mutation:gate): reads
 * StrykerJS's JSON report, prints every file's score against its threshold (the gate's higher
 * one for a file of the gate, scope.mjs) and exits 1 if any file falls short. Stryker's own
 * `break` judges the run as a whole, where one weak file can hide among strong ones.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { GATE_FILES, GATE_THRESHOLD, THRESHOLD } from './scope.mjs';

/** A mutant's status in the report (mutation-testing-report-schema). */
type Status = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';

export interface Report {
	files: Record<string, { mutants: { status: Status }[] }>;
}

export interface FileScore {
	file: string;
	/** Per cent of the valid mutants that a test detected (killed or timed out); null when none are valid. */
	score: number | null;
	detected: number;
	undetected: number;
	threshold: number;
}

export const thresholdOf = (file: string): number =>
	GATE_FILES.some((glob) => matchesGlob(file, glob)) ? GATE_THRESHOLD : THRESHOLD;

export function fileScores(report: Report): FileScore[] {
	return Object.entries(report.files)
		.map(([file, { mutants }]) => {
			const count = (...statuses: Status[]) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
			const detected = count('Killed', 'Timeout');
			const undetected = count('Survived', 'NoCoverage');
			const valid = detected + undetected;
			return { file, detected, undetected, score: valid === 0 ? null : (100 * detected) / valid, threshold: thresholdOf(file) };
		})
		.sort((a, b) => a.file.localeCompare(b.file));
}

export const shortOf = (scores: readonly FileScore[]) =>
	scores.filter((entry) => entry.score !== null && entry.score < entry.threshold);

export function scoreTable(scores: readonly FileScore[]): string {
	const rows = scores.map(({ file, score, detected, undetected, threshold }) => {
		const shown = score === null ? 'no mutants' : `${score.toFixed(1)}%`;
		const verdict = score === null || score >= threshold ? 'ok' : 'SHORT';
		return `| ${file} | ${shown} | ${detected} | ${undetected} | ${threshold}% | ${verdict} |`;
	});
	return ['| file | score | detected | undetected | needs | |', '|---|---:|---:|---:|---:|---|', ...rows].join('\n');
}

if (import.meta.main) {
	const path = process.argv[2];
	if (!path) throw new Error('usage: tsx tests/mutation/scores.ts <stryker JSON report>');
	const scores = fileScores(JSON.parse(readFileSync(path, 'utf8')) as Report);
	const table = scoreTable(scores);
	console.log(table);
	if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${table}\n`);
	const short = shortOf(scores);
	if (short.length > 0) {
		console.error(`\n${short.length} file(s) below their mutation score: ${short.map((entry) => entry.file).join(', ')}`);
		process.exit(1);
	}
	console.log(`\nevery file at or above its mutation score (${scores.length} files)`);
}
