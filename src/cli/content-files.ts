/** What the editors' commands need to know of content/: section and series ids and titles, read as the gate reads them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/content/content-folder';
import { readSource } from '../lib/content/source';

export const CONTENT = CONTENT_DIR;

const yamlData = (path: string): unknown => readSource({ path, bytes: readFileSync(path) }).source?.yaml.data;

export function sections(): { id: string; name: string }[] {
	const data = yamlData(join(CONTENT, 'sections.yaml'));
	return Array.isArray(data)
		? data.map((entry: Record<string, unknown>) => ({ id: String(entry['id']), name: String(entry['name']) }))
		: [];
}

export function series(): { id: string; title: string }[] {
	const dir = join(CONTENT, 'series');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			title: String((yamlData(join(dir, name)) as Record<string, unknown> | undefined)?.['title']),
		}));
}

/** Writes a new file; an existing one is never overwritten. */
export function writeNew(path: string, text: string, write: (path: string, text: string) => void): void {
	if (existsSync(path)) throw new Error(`${path} 已存在，没有覆盖。换一个网址名（--slug）或先处理已有文件。`);
	write(path, text);
}
