/**
 * The gate's one procedure, for any list of rules: which files are content and what their ids
 * are (inventory.ts), each file's text and YAML (source.ts) and its fields (schema.ts), then the
 * rules in order, all into one report. The build's gate (gate.ts) runs every rule over
 * everything under content/; the web editor's check (entry-check.ts) runs the text rules over
 * the one file being edited.
 */
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import { type Diagnostic, sortDiagnostics } from './diagnostics';
import { type EntryKind, takeInventory } from './inventory';
import { type GateContext, gateContext, type KnownIds, type Report, type TextRule } from './rules/context';
import { articleSchema, promoSchema, sectionSchema, seriesSchema } from './schema';
import { type ContentFile, type ContentSource, readSource } from './source';

/**
 * The schemas as the check runs them: pictures and references are path and id strings, checked by
 * the rules (references.ts). Editors' tools read content/ with them too (editor/content-lists.ts).
 */
const tools = {
	image: () => z.string({ error: '图片应写成路径，如 ./images/photo.jpg' }),
	reference: () => z.string({ error: '应为编号，如 politics-law' }),
};
export const SCHEMAS = {
	article: articleSchema(tools),
	series: seriesSchema(),
	promo: promoSchema(tools),
	sections: z.array(sectionSchema(), { error: 'sections.yaml 应为栏目列表，每项以 - id: 开头' }),
} satisfies Record<EntryKind, z.ZodType>;

export interface CheckResult {
	diagnostics: Diagnostic[];
	/** Every content file that could be read, by path. */
	sources: ReadonlyMap<string, ContentSource>;
	/** What the schema made of each valid file, by path (promos' dates parsed, defaults applied). */
	parsed: ReadonlyMap<string, unknown>;
	/** Each article body's MDX syntax tree, by path. */
	trees: ReadonlyMap<string, Root>;
}

function schemaIssues(report: Report, file: string, issues: readonly z.core.$ZodIssue[]) {
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') for (const key of issue.keys) report.field(file, [...issue.path, key], issue.message);
		else report.field(file, issue.path, issue.message);
	}
}

/**
 * The files given read, their fields checked and the rules run over them, all into the context's
 * one report. `now` dates the ads; `known`, when given, holds the ids of the files not given (the
 * web editor's). The gate runs its last, asynchronous rule on the context after (gate.ts).
 */
export function runTextRules(
	files: readonly ContentFile[],
	rules: readonly TextRule[],
	{ now, known }: { now: Date; known?: KnownIds },
): GateContext {
	const inventory = takeInventory(files.map((file) => file.path));
	const bytes = new Map(files.map((file) => [file.path, file.bytes]));
	const sources = new Map<string, ContentSource>();
	const parsed = new Map<string, unknown>();
	const readProblems: Diagnostic[] = [];
	const refused = new Map<string, readonly z.core.$ZodIssue[]>();
	for (const entry of inventory.entries) {
		if (entry.kind === 'picture') continue;
		const { source, diagnostics } = readSource({ path: entry.path, bytes: bytes.get(entry.path) ?? new Uint8Array() });
		readProblems.push(...diagnostics);
		if (!source) continue;
		sources.set(entry.path, source);
		const result = SCHEMAS[entry.kind].safeParse(source.yaml.data);
		if (result.success) parsed.set(entry.path, result.data);
		else refused.set(entry.path, result.error.issues);
	}
	const context = gateContext(inventory.entries, bytes, sources, parsed, now, known);
	context.report.diagnostics.push(...inventory.diagnostics, ...readProblems);
	for (const [path, issues] of refused) schemaIssues(context.report, path, issues);
	for (const rule of rules) rule(context);
	return context;
}

/** What a run found: every problem, in file and line order, and what was read. */
export function resultOf(context: GateContext): CheckResult {
	const { sources, parsed, trees } = context;
	return { diagnostics: sortDiagnostics(context.report.diagnostics), sources, parsed, trees };
}
