/**
 * What every build output depends on besides content/: the site's code (all of src/), its config,
 * the packages' versions (the lockfile) and Node's. The caches a build keeps for the next one
 * (mdx-cache.ts, pagefind.ts) are only used under the same fingerprint; CI's cache key
 * (.github/workflows/deploy.yml) holds the same files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files';

const fingerprints = new Map<string, string>();

/** Read once a build: both caches ask for it. */
export function buildFingerprint(root: string): string {
	const known = fingerprints.get(root);
	if (known) return known;
	const hash = createHash('sha256').update(process.version);
	const paths = [...filesUnder(root, 'src'), 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
	for (const path of paths) {
		hash.update(`\0${path}\0`);
		try {
			hash.update(readFileSync(join(root, path)));
		} catch {
			hash.update('(none)');
		}
	}
	fingerprints.set(root, hash.digest('hex'));
	return fingerprints.get(root)!;
}
