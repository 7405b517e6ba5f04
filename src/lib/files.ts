/** The files under a folder, as paths relative to it with / between names, sorted: one walker for the build's own folders. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((entry) => {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			return entry.isDirectory() ? filesUnder(dir, path) : [path];
		})
		.sort();
}
