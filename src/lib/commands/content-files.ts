/** What the editors' commands need to know of content/: section and series ids and titles, read as the gate reads them. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../content/content-folder';
import { readSource } from '../content/source';
import { fail } from './command';

const yamlData = (root: string, path: string): unknown =>
	readSource({ path, bytes: readFileSync(join(root, path)) }).source?.yaml.data;

export function sections(root: string): { id: string; name: string }[] {
	const data = yamlData(root, `${CONTENT_DIR}/sections.yaml`);
	return Array.isArray(data)
		? data.map((entry: Record<string, unknown>) => ({ id: String(entry['id']), name: String(entry['name']) }))
		: [];
}

export function series(root: string): { id: string; title: string }[] {
	const dir = `${CONTENT_DIR}/series`;
	return readdirSync(join(root, dir))
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			title: String((yamlData(root, `${dir}/${name}`) as Record<string, unknown> | undefined)?.['title']),
		}));
}

/** Writes a new file at `path` (under `root`); an existing one is never overwritten. */
export function writeNew(root: string, path: string, text: string): void {
	try {
		writeFileSync(join(root, path), text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		fail(`${path} 已存在，没有覆盖。换一个网址名（--slug）或先处理已有文件。`);
	}
}
