/**
 * The web editor's check: the gate's rules that read text (fields, the MDX subset, safe
 * addresses, references, house style) run on the one file being edited, with the other files'
 * ids given, so it runs in a browser with no file system and says, in the same lines, what
 * `npm run content:check` would say of that file. Pictures are judged by their paths only: their
 * files are checked when the article is sent for review (check.yml), as every file is.
 */
import type { Diagnostic } from './diagnostics';
import type { KnownIds } from './rules/context';
import { TEXT_RULES } from './rules/index';
import { resultOf, runTextRules } from './run-rules';

export type { KnownIds } from './rules/context';

/**
 * What the gate says of the file at `path` (under content/) with this text, and nothing of any
 * other file. At once (no rule waits), so the editor can ask it before each save.
 */
export function checkEntry(path: string, text: string, known: KnownIds, now: Date = new Date()): Diagnostic[] {
	const file = { path, bytes: new TextEncoder().encode(text) };
	const { diagnostics } = resultOf(runTextRules([file], TEXT_RULES, { now, known }));
	return diagnostics.filter((diagnostic) => diagnostic.file === path);
}
