/**
 * What editors' tools need to know of content/: the sections, series and ads there are, read as
 * the gate reads them (the commands `new` and `import`, the web editor's choices of section and
 * the ids its check knows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../content/content-folder';
import { readSource } from '../content/source';

const yamlData = (root: string, path: string): unknown =>
	readSource({ path, bytes: readFileSync(join(root, path)) }).source?.yaml.data;

export function sections(root: string): { id: string; name: string }[] {
	const data = yamlData(root, `${CONTENT_DIR}/sections.yaml`);
	return Array.isArray(data)
		? data.map((entry: Record<string, unknown>) => ({ id: String(entry['id']), name: String(entry['name']) }))
		: [];
}

/** The YAML files of a folder under content/: each id (its file's name) and title. */
function titledFiles(root: string, folder: string): { id: string; title: string }[] {
	const dir = `${CONTENT_DIR}/${folder}`;
	return readdirSync(join(root, dir))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			title: String((yamlData(root, `${dir}/${name}`) as Record<string, unknown> | undefined)?.['title']),
		}));
}

export const series = (root: string) => titledFiles(root, 'series');

/** The ads: their ids (their files' names) and titles. */
export const promos = (root: string) => titledFiles(root, 'promos');
