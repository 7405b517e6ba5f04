/**
 * The content gate: one verdict on everything under content/, run by the build before Astro
 * reads a single file (lib/pipeline/gate-step.ts) and by `npm run content:check`, so both give
 * the same errors in the same words. Files in, diagnostics out; it reads nothing else.
 *
 * The gate is three things, run in this order by run-rules.ts (README, “The content gate”, says
 * where a new check goes): which files are content and what their ids are (inventory.ts), each
 * file's text and YAML (source.ts) and its fields (schema.ts); then the rules (rules/index.ts),
 * each its own module: references between files, the MDX subset, pictures, and the house style.
 */
import { pictureFilesRule } from './rules/picture-files';
import { TEXT_RULES } from './rules/index';
import { type CheckResult, resultOf, runTextRules } from './run-rules';
import type { ContentFile } from './source';

export type { ContentFile } from './source';
export type { CheckResult } from './run-rules';

/**
 * Every problem in the files given, errors and warnings, in file and line order; `now` dates the
 * ads. Every rule runs: those that read text, then the pictures decoded, once every use of one is noted.
 */
export async function checkContent(files: readonly ContentFile[], now: Date = new Date()): Promise<CheckResult> {
	const context = runTextRules(files, TEXT_RULES, { now });
	await pictureFilesRule(context);
	return resultOf(context);
}
