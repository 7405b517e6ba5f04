/**
 * The content doctor's fixes: what `npm run content:check -- --fix` may change by itself, each
 * shown as the line before and after. The verdict it fixes is the gate's (lib/content/gate.ts).
 * Pure: a file in, its fixed text out (the command in src/cli/ reads and writes the disk).
 */
import { positionAt } from '../content/diagnostics';
import { fixPunctuationWidth } from '../content/cjk-text';
import type { Root } from 'mdast';
import { bodyTree } from '../content/body-tree';
import { mapProse } from '../content/mdx-regions';
import { printBreaks } from '../content/rules/print-breaks';
import {
	type ContentFile,
	type ContentSource,
	parseYaml,
	readSource,
	scalarOffset,
	splitFrontmatter,
	yamlStrings,
} from '../content/source';
import { isMap, isScalar, isSeq } from 'yaml';
import { mendFieldColons } from '../content/yaml-words';
import { DATE_FIELDS, halfWidthLatin, isoDay, pairQuotesByLine } from './mechanical-fixes';
import { joinedShape, sameShape, treeShape } from '../content/tree-shape';

export interface Fix {
	text: string;
	/** What changed: where, before, after. */
	changes: { line: number; before: string; after: string }[];
}

/** What a fix may need to know of the other files: the sections, to turn a section's name into its id. */
export interface FixContext {
	sections?: readonly { id: string; name: string }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The fix each named field's value gets, by the value's offset in the file (see mechanical-fixes.ts). */
function fieldFixes(source: ContentSource, context: FixContext): Map<number, (value: string) => string> {
	const fixes = new Map<number, (value: string) => string>();
	const root = source.yaml.root;
	if (!isMap(root)) return fixes;
	const byName = new Map((context.sections ?? []).map((section) => [section.name, section.id]));
	const at = (node: unknown, fix: (value: string) => string) => {
		if (isScalar(node) && typeof node.value === 'string' && node.range)
			fixes.set(scalarOffset(source, node.range, node.value), fix);
	};
	for (const pair of root.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if ((DATE_FIELDS as readonly string[]).includes(key)) at(pair.value, (value) => isoDay(value) ?? value);
		else if (key === 'section') at(pair.value, (value) => byName.get(value.trim()) ?? halfWidthLatin(value));
		else if (key === 'series') at(pair.value, halfWidthLatin);
		else if ((key === 'tags' || key === 'promos') && isSeq(pair.value))
			for (const item of pair.value.items) at(item, halfWidthLatin);
	}
	return fixes;
}

/**
 * The safe fixes only, each shown as the line before and after: a field name's full-width colon
 * or missing space; Chinese dates in date fields; full-width Latin in tags and ids; a section
 * written by its name; straight quotes in Chinese text, in pairs; half-width punctuation in
 * Chinese made full-width (YAML string values and MDX prose, never code or addresses); and
 * paragraphs cut by print breaks joined. Returns undefined when nothing changes or the file cannot
 * be read (the check reports why).
 */
export function fixContent(file: ContentFile, context: FixContext = {}): Fix | undefined {
	if (!/\.(mdx|yaml)$/.test(file.path)) return undefined;
	let original: string;
	try {
		original = utf8.decode(file.bytes);
	} catch {
		return undefined;
	}
	// A field name's colon is the slip that stops the fields being read at all: mended first.
	const split = file.path.endsWith('.mdx') ? splitFrontmatter(original) : { frontmatter: original, frontmatterStart: 0 };
	const yaml = split.frontmatter;
	const mended =
		yaml === undefined || parseYaml(yaml).errors.length === 0
			? original
			: original.slice(0, split.frontmatterStart) + mendFieldColons(yaml) + original.slice(split.frontmatterStart + yaml.length);
	const { source } = readSource({ path: file.path, bytes: new TextEncoder().encode(mended) });
	if (!source) return lineChanges(original, mended);
	const { text } = source;
	// Then changes within lines only, so they can be shown line by line.
	const prose = (value: string) => fixPunctuationWidth(pairQuotesByLine(value));
	let punctuated = text;
	// The body's tree as fixed so far: the print breaks are found in it.
	let tree = source.body && bodyTree(source.body.text);
	const proseFixed = source.body && tree && fixProse(source.body.text, tree, prose);
	if (source.body && proseFixed) [punctuated, tree] = [text.slice(0, source.body.start) + proseFixed.body, proseFixed.tree];
	const fixes = fieldFixes(source, context);
	for (const { value, offset } of yamlStrings(source).reverse()) {
		// Only values written as they read (plain or simply quoted); escapes are left to the editor.
		if (punctuated.slice(offset, offset + value.length) !== value) continue;
		const fixed = fixes.get(offset)?.(value) ?? value;
		const after = /^[a-z]+:/i.test(fixed) ? fixed : prose(fixed);
		punctuated = punctuated.slice(0, offset) + after + punctuated.slice(offset + value.length);
	}
	const changes = lineChanges(original, punctuated)?.changes ?? [];
	// The fields' fixes above change no line of the body, so its tree is still the body's.
	const joined = tree ? joinPrintBreaks(punctuated, tree) : undefined;
	if (joined) changes.push(...joined.changes);
	const fixed = joined?.text ?? punctuated;
	return fixed === original ? undefined : { text: fixed, changes: changes.sort((a, b) => a.line - b.line) };
}

/**
 * The body with `prose` applied to its prose, and its tree, or undefined when that would change
 * any block, code, address or attribute (tree-shape.ts): prose only, or nothing.
 */
export function fixProse(body: string, tree: Root, prose: (text: string) => string): { body: string; tree: Root } | undefined {
	const fixed = mapProse(body, tree, prose);
	const fixedTree = bodyTree(fixed);
	return fixedTree && sameShape(treeShape(fixedTree), treeShape(tree)) ? { body: fixed, tree: fixedTree } : undefined;
}

/**
 * The file with the paragraphs of its body that print breaks cut joined (those printBreaks offers
 * to join, each checked on its own), each join shown, or undefined when there is none. The body
 * joined is parsed once more as a whole: a join that the rest of the body would read otherwise
 * (a reference defined elsewhere) leaves every cut to the editor.
 */
function joinPrintBreaks(text: string, tree: Root): Fix | undefined {
	const bodyStart = splitFrontmatter(text).bodyStart;
	let body = text.slice(bodyStart);
	const breaks = printBreaks(tree, body).filter((cut) => cut.fix === 'join');
	if (breaks.length === 0) return undefined;
	const changes: Fix['changes'] = [];
	for (const { end, next } of [...breaks].reverse()) {
		const { line } = positionAt(text, bodyStart + end);
		// Up to twelve characters each side of the cut, within its own lines.
		const [tail, head] = [
			body
				.slice(Math.max(0, end - 12), end)
				.split('\n')
				.at(-1)!,
			body.slice(next, next + 12).split(/\r?\n/)[0]!,
		];
		changes.push({ line, before: `${tail}⏎…⏎${head}`, after: tail + head });
		body = body.slice(0, end) + body.slice(next);
	}
	const joined = bodyTree(body);
	const expected = joinedShape(
		treeShape(tree),
		breaks.map((cut) => cut.index),
	);
	return joined && sameShape(treeShape(joined), expected) ? { text: text.slice(0, bodyStart) + body, changes } : undefined;
}

/** The lines that differ between two texts of as many lines, as a Fix, or undefined when none does. */
function lineChanges(before: string, after: string): Fix | undefined {
	const [oldLines, newLines] = [before.split('\n'), after.split('\n')];
	const changes = oldLines.flatMap((line, index) =>
		line === newLines[index] ? [] : [{ line: index + 1, before: line, after: newLines[index] ?? '' }],
	);
	return changes.length === 0 ? undefined : { text: after, changes };
}
