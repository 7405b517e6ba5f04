import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, CACHE_DIR, runBuild } from '../helpers/build';
import { fileHashes } from '../helpers/dist';

const differences = (a: Map<string, string>, b: Map<string, string>) =>
	[...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();

/**
 * CI keeps Astro's cache between deploys (the deploy workflow's cache step): a build that starts
 * from it must publish exactly what a build from nothing would, for the same content.
 */
describe('a warm build, from the cache a build before it left', () => {
	const copy = buildCopy({});
	afterAll(() => copy.remove());

	test('the cold build fills the cache', () => {
		expect(copy.status, copy.output).toBe(0);
		expect(readdirSync(join(copy.root, CACHE_DIR))).toContain('data-store.json');
	});

	test('publishes the same files, byte for byte, as the cold build', () => {
		const cold = fileHashes(copy.dist);
		const again = runBuild({ root: copy.root, warm: true });
		expect(again.status, again.output).toBe(0);
		expect(differences(cold, fileHashes(copy.dist))).toEqual([]);
	});

	test('after an edit, publishes what a cold build of the edited content publishes', () => {
		const path = join(copy.root, 'content/articles/saohei-zhengzhi-zhanwei.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('行百里者半九十。', '行百里者半九十，'));
		const warm = runBuild({ root: copy.root, warm: true });
		expect(warm.status, warm.output).toBe(0);
		const warmFiles = fileHashes(copy.dist);
		expect(readFileSync(join(copy.dist, 'articles/saohei-zhengzhi-zhanwei/index.html'), 'utf8')).toContain('行百里者半九十，');
		const cold = runBuild({ root: copy.root });
		expect(cold.status, cold.output).toBe(0);
		expect(differences(warmFiles, fileHashes(copy.dist))).toEqual([]);
	});
});
