/**
 * The content gate: one verdict on everything under content/, run by the build before Astro
 * reads a single file (lib/pipeline/gate-step.ts) and by `npm run content:check`, so both give
 * the same errors in the same words. Files in, diagnostics out; it reads nothing else.
 *
 * The gate is three things, run here in this order (README, “The content gate”, says where a new check
 * goes): which files are content and what their ids are (inventory.ts), each file's text and
 * YAML (source.ts) and its fields (schema.ts); then the rules (rules/index.ts), each its own
 * module: references between files, the MDX subset, pictures, and the house style.
 */
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import { type Diagnostic, sortDiagnostics } from './diagnostics';
import { type EntryKind, takeInventory } from './inventory';
import { gateContext, type Report } from './rules/context';
import { RULES } from './rules/index';
import { articleSchema, promoSchema, sectionSchema, seriesSchema } from './schema';
import { type ContentFile, type ContentSource, readSource } from './source';

export type { ContentFile } from './source';

/** The schemas as the check runs them: pictures and references are path and id strings, checked by the rules (references.ts). */
const tools = {
	image: () => z.string({ error: '图片应写成路径，如 ./images/photo.jpg' }),
	reference: () => z.string({ error: '应为编号，如 politics-law' }),
};
const SCHEMAS = {
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

/** Every problem in the files given, errors and warnings, in file and line order; `now` dates the ads. */
export async function checkContent(files: readonly ContentFile[], now: Date = new Date()): Promise<CheckResult> {
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
	const context = gateContext(inventory.entries, bytes, sources, parsed, now);
	context.report.diagnostics.push(...inventory.diagnostics, ...readProblems);
	for (const [path, issues] of refused) schemaIssues(context.report, path, issues);
	for (const rule of RULES) await rule(context);
	return { diagnostics: sortDiagnostics(context.report.diagnostics), sources, parsed, trees: context.trees };
}
