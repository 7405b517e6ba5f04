/**
 * What editors' tools need to know of content/: the sections, series and ads there are, read as
 * the gate reads them (the commands `new` and `import`, the web editor's choices of section and
 * the ids its check knows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../content/content-folder';
import { isPromoPublished } from '../content/publication';
import { SCHEMAS } from '../content/run-rules';
import { readSource } from '../content/source';

const yamlData = (root: string, path: string): unknown =>
	readSource({ path, bytes: readFileSync(join(root, path)) }).source?.yaml.data;

export function sections(root: string): { id: string; name: string }[] {
	const data = yamlData(root, `${CONTENT_DIR}/sections.yaml`);
	return Array.isArray(data)
		? data.map((entry: Record<string, unknown>) => ({ id: String(entry['id']), name: String(entry['name']) }))
		: [];
}

/** The YAML files of a folder under content/: each id (its file's name), title, and data as read. */
function titledFiles(root: string, folder: string): { id: string; title: string; data: unknown }[] {
	const dir = `${CONTENT_DIR}/${folder}`;
	return readdirSync(join(root, dir))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => {
			const data = yamlData(root, `${dir}/${name}`);
			return { id: name.replace(/\.yaml$/, ''), title: String((data as Record<string, unknown> | undefined)?.['title']), data };
		});
}

export const series = (root: string) => titledFiles(root, 'series');

/** The ads: their ids (their files' names), titles and data as read. */
export const promos = (root: string) => titledFiles(root, 'promos');

/**
 * The ads' titles by id, for the web editor's previews of an ad placed in an article. On this
 * machine, every ad. In a deployed editor, whose script anyone can read, only the ads a reader can
 * see at `now` (not drafts, running, judged on the fields as the gate parses them): a draft ad
 * stays unknown there.
 */
export function promoTitles(
	ads: ReturnType<typeof promos>,
	{ local, now }: { local: boolean; now: Date },
): Record<string, string> {
	const shown = ads.filter((ad) => {
		if (local) return true;
		const parsed = SCHEMAS.promo.safeParse(ad.data);
		return parsed.success && isPromoPublished(parsed.data, now);
	});
	return Object.fromEntries(shown.map((ad) => [ad.id, ad.title]));
}
