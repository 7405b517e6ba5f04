/**
 * What every rule of the gate reads and writes (rules/index.ts runs them in order): the files as
 * read and as the schema made them, the ids each collection holds, and one report that places
 * each problem at its line and column. Rules add to the report; the only things a rule leaves for
 * later ones are the article trees (article-body.ts) and where each picture is used (uses).
 */
import type { Root } from 'mdast';
import { didYouMean, nearest } from '../nearest';
import { type Diagnostic, positionAt } from '../diagnostics';
import type { InventoryEntry } from '../inventory';
import { nearestPicture, PICTURE_RULE, picturePathProblem, resolvePicture } from '../pictures';
import { type ContentSource, fieldOffset } from '../source';

/** How a rule reports a problem at the field or attribute it is checking. */
export type Complain = (problem: string, suggestion: string) => void;

export class Report {
	readonly diagnostics: Diagnostic[] = [];
	constructor(private readonly sources: ReadonlyMap<string, ContentSource>) {}

	at(file: string, offset: number, field: string, problem: string, suggestion = '', severity: Diagnostic['severity'] = 'error') {
		const text = this.sources.get(file)?.text ?? '';
		this.diagnostics.push({ file, ...positionAt(text, offset), severity, field, problem, suggestion });
	}

	field(file: string, path: readonly PropertyKey[], problem: string, suggestion = '', severity: Diagnostic['severity'] = 'error') {
		const source = this.sources.get(file);
		this.at(file, source ? fieldOffset(source, path) : 0, path.map(String).join('.'), problem, suggestion, severity);
	}
}

export interface GateContext {
	/** The time ads are judged against (expired, ending soon). */
	readonly now: Date;
	readonly entries: readonly InventoryEntry[];
	/** Each file's bytes, by path: pictures are decoded from these. */
	readonly bytes: ReadonlyMap<string, Uint8Array>;
	/** Every content file that could be read, by path. */
	readonly sources: ReadonlyMap<string, ContentSource>;
	/** What the schema made of each valid file, by path (dates parsed, defaults applied). */
	readonly parsed: ReadonlyMap<string, unknown>;
	/** Each article body's MDX syntax tree, by path: set by the article-body rule. */
	readonly trees: Map<string, Root>;
	/** Where each picture is used, by path: a picture that does not decode is reported there too. */
	readonly uses: Map<string, Complain[]>;
	/** Whether some file could not be read whole: it may use any picture, so none is called unused. */
	unread: boolean;
	readonly report: Report;
	/** Section ids, each with the index of its first entry in sections.yaml. */
	readonly sectionIds: ReadonlyMap<string, number>;
	/** Each section's id by its Chinese name, for an article that names its section as readers see it. */
	readonly sectionByName: ReadonlyMap<string, string>;
	readonly seriesIds: readonly string[];
	/** The ads' ids, or undefined where they are not given (the deployed web editor): then no ad named is judged. */
	readonly promoIds: readonly string[] | undefined;
	/** The pictures under content/, or undefined where the files are not at hand (the web editor): then only a path's form is judged. */
	readonly pictures: ReadonlySet<string> | undefined;
}

/**
 * The ids of the files a check is not given, for a check of one file (the web editor's): the
 * sections as sections.yaml lists them, the series and the ads. Its pictures are then not known.
 */
export interface KnownIds {
	sections: readonly { id: string; name: string }[];
	series: readonly string[];
	/** Left out where the ads must not be named (a public page may not list a draft ad): no ad is then judged. */
	promos?: readonly string[] | undefined;
}

/** A rule that reads text: it runs anywhere, in a browser too (the web editor's check). */
export type TextRule = (context: GateContext) => void;

export function gateContext(
	entries: readonly InventoryEntry[],
	bytes: ReadonlyMap<string, Uint8Array>,
	sources: ReadonlyMap<string, ContentSource>,
	parsed: ReadonlyMap<string, unknown>,
	now: Date,
	known?: KnownIds,
): GateContext {
	const ofKind = (kind: InventoryEntry['kind']) => entriesOf({ entries }, kind);
	const sectionIds = new Map<string, number>();
	const sectionByName = new Map<string, string>();
	const sectionLists = known
		? [known.sections]
		: ofKind('sections').map((entry) => (parsed.get(entry.path) ?? []) as { id: string; name: string }[]);
	for (const list of sectionLists)
		list.forEach((section, index) => {
			if (!sectionByName.has(section.name)) sectionByName.set(section.name, section.id);
			if (!sectionIds.has(section.id)) sectionIds.set(section.id, index);
		});
	return {
		now,
		entries,
		bytes,
		sources,
		parsed,
		trees: new Map(),
		uses: new Map(),
		unread: entries.some((entry) => entry.kind !== 'picture' && !sources.has(entry.path)),
		report: new Report(sources),
		sectionIds,
		sectionByName,
		seriesIds: known ? [...known.series] : ofKind('series').map((entry) => entry.id),
		promoIds: known ? known.promos && [...known.promos] : ofKind('promo').map((entry) => entry.id),
		pictures: known ? undefined : new Set(ofKind('picture').map((entry) => entry.path)),
	};
}

/** The entries of one kind, in inventory order. */
export const entriesOf = (context: Pick<GateContext, 'entries'>, kind: InventoryEntry['kind']) =>
	context.entries.filter((entry) => entry.kind === kind);

/**
 * A field or attribute naming a picture: the path is sound and the file is there (where the
 * pictures are known); the use is noted.
 */
export function usePicture(context: GateContext, path: string, base: string, complain: Complain): void {
	const problem = picturePathProblem(path, base);
	if (problem) return complain(problem, PICTURE_RULE);
	const { pictures } = context;
	if (!pictures) return;
	const resolved = resolvePicture(path, base);
	if (!pictures.has(resolved)) {
		const guess = nearestPicture(resolved, base, [...pictures]);
		return complain(`找不到图片 ${resolved}`, `${guess ? didYouMean(guess) : ''}${PICTURE_RULE}`);
	}
	const uses = context.uses.get(resolved);
	if (uses) uses.push(complain);
	else context.uses.set(resolved, [complain]);
}

/** An id that names nothing: the nearest one there is, else the list of them. */
export function unknownId(notFound: string, id: string, known: readonly string[]): string {
	const guess = nearest(id, known);
	return guess === undefined
		? `${notFound}「${id}」，应为以下之一：${known.join('、') || '（暂无）'}`
		: `${notFound}「${id}」，${didYouMean(guess)}`;
}
