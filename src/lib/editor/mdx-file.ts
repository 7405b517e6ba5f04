/**
 * An article's file as the web editor (/admin/) reads and writes it: fields and body in, the file
 * out, with nothing changed but what the editor changed. The file as read travels with the
 * entry (SOURCE): writing patches its YAML (the yaml package keeps comments, order, quoting and
 * layout of every field left alone) and keeps its body byte for byte unless the body was edited.
 * A new article is written with its fields in the schema's order.
 */
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../content/source';
import { CHECK_FIELD } from './check-panel';
import { FILE_NAME_FIELD } from './file-name';

/** The entry's hidden field holding the file as read: never shown, never written. */
export const SOURCE = '__source';
/** What the editor shows besides the file's fields: its name and the check, never written into it. */
const NOT_WRITTEN: readonly string[] = [FILE_NAME_FIELD.name, CHECK_FIELD.name];

/**
 * An article's fields in the order the schema lists them (content/schema.ts; a test holds the two
 * equal): a new file is written in this order, whatever order the editor filled them in.
 */
export const ARTICLE_FIELD_ORDER = [
	'title',
	'subtitle',
	'summary',
	'pubDate',
	'updatedDate',
	'section',
	'series',
	'part',
	'seriesOrder',
	'source',
	'authors',
	'editor',
	'publication',
	'tags',
	'cover',
	'coverAlt',
	'coverCaption',
	'promos',
	'featured',
	'draft',
] as const;

const rank = (key: string) => {
	const at = (ARTICLE_FIELD_ORDER as readonly string[]).indexOf(key);
	return at < 0 ? ARTICLE_FIELD_ORDER.length : at;
};

/** The blank line between the fields and the body, as the site's files have it. */
const BODY_GAP = /^\r?\n/;

/** Fields and body of an article's file, and the file itself (SOURCE). */
export function readMdxFile(text: string): Record<string, unknown> {
	const { frontmatter, body } = splitFrontmatter(text);
	const fields = frontmatter === undefined ? {} : (parseDocument(frontmatter, { schema: 'core' }).toJS() as unknown);
	return { ...(isRecord(fields) ? fields : {}), body: body.replace(BODY_GAP, ''), [SOURCE]: text };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value the editor left empty: the field is then not written at all. */
const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A link whose words are its address, as Decap's Markdown writer writes it (`<https://a.cn>`), in
 * the form MDX reads (`[https://a.cn](https://a.cn)`): to MDX, `<` opens a tag. One pass, no backtracking.
 */
export const autolinksAsLinks = (body: string) =>
	body.replace(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi, '[$1]($1)').replace(/<([^<>\s@]+@[^<>\s@]+\.[a-z]+)>/gi, '[$1](mailto:$1)');

/** The file for an entry's fields and body: the file as read (SOURCE) with the changes alone, or a new file. */
export function writeMdxFile(value: Record<string, unknown>): string {
	const { body, [SOURCE]: source, ...written } = value;
	const entries = Object.entries(written).filter(([key]) => !NOT_WRITTEN.includes(key));
	// A new file's fields in the schema's order; a file as read keeps its own.
	const fields = Object.fromEntries(source === undefined ? entries.sort(([a], [b]) => rank(a) - rank(b)) : entries);
	const original = typeof source === 'string' ? splitFrontmatter(source) : undefined;
	const doc = parseDocument(original?.frontmatter ?? '', { schema: 'core' });
	const before = (doc.toJS() ?? {}) as Record<string, unknown>;
	// A field emptied, or a switch turned off (false is what an unwritten draft or featured means), is taken out; one left as it was stays as written.
	const unwritten = (key: string) =>
		!(key in fields) || (!same(before[key], fields[key]) && (isEmpty(fields[key]) || fields[key] === false));
	for (const key of Object.keys(before)) if (unwritten(key)) doc.delete(key);
	for (const [key, next] of Object.entries(fields))
		if (!same(before[key], next) && !isEmpty(next) && next !== false) doc.set(key, next);
	const text = typeof body === 'string' ? autolinksAsLinks(body) : '';
	const originalBody = original?.body.replace(BODY_GAP, '');
	const keptBody = original && originalBody === text ? original.body : `\n${text}`;
	return `---\n${doc.toString({ lineWidth: 0 })}---\n${keptBody}`;
}
