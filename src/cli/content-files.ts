/** What the editors' commands need to know of content/: section and series ids and titles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export const CONTENT = 'content';

export function sections(): { id: string; name: string }[] {
	const data = load(readFileSync(join(CONTENT, 'sections.yaml'), 'utf8'));
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
			title: String((load(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)['title']),
		}));
}

/** Writes a new file; an existing one is never overwritten. */
export function writeNew(path: string, text: string, write: (path: string, text: string) => void): void {
	if (existsSync(path)) throw new Error(`${path} 已存在，没有覆盖。换一个网址名（--slug）或先处理已有文件。`);
	write(path, text);
}
