/**
 * What every build output depends on besides content/: the site's code (all of src/), its config,
 * the packages' versions (the lockfile) and Node's. The caches a build keeps for the next one
 * (mdx-cache.ts, pagefind.ts) are only used under the same fingerprint; CI's cache key
 * (.github/workflows/deploy.yml) holds the same files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
		.sort();
}

export function buildFingerprint(root: string): string {
	const hash = createHash('sha256').update(process.version);
	const config = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((name) => join(root, name));
	for (const path of [...files(join(root, 'src')), ...config]) {
		hash.update(`\0${relative(root, path)}\0`);
		try {
			hash.update(readFileSync(path));
		} catch {
			hash.update('(none)');
		}
	}
	return hash.digest('hex');
}
