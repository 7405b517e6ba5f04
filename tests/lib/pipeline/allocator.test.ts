import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/paths';

const ENV_FILE = 'src/lib/pipeline/allocator.env';

/** What mimalloc, loaded by Rolldown, prints of its options when Node starts with `flags` (MIMALLOC_VERBOSE). */
function allocatorOptions(flags: string[]) {
	return spawnSync(process.execPath, [...flags, '-e', "require('rolldown')"], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		env: { ...process.env, MIMALLOC_VERBOSE: '1', MIMALLOC_PURGE_DELAY: undefined, MIMALLOC_ALLOW_THP: undefined },
	});
}

describe('the allocator settings of the build and the dev server', () => {
	test('npm run build and npm run dev load them before Astro, so they reach Rolldown as it loads', () => {
		const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
			scripts: Record<string, string>;
		};
		for (const command of ['build', 'dev'])
			expect(scripts[command]).toBe(`node --env-file=${ENV_FILE} node_modules/astro/bin/astro.mjs ${command}`);
	});

	test('Rolldown’s allocator reads them: freed memory goes back at once, in small pages', () => {
		const { stderr, status } = allocatorOptions([`--env-file=${ENV_FILE}`]);
		expect(status).toBe(0);
		expect(stderr).toMatch(/^option 'purge_delay': 0\s*$/m);
		expect(stderr).toMatch(/^option 'allow_thp': 0\s*$/m);
	});

	test('without the file the allocator keeps its defaults (the check above reads the file’s effect)', () => {
		const { stderr } = allocatorOptions([]);
		expect(stderr).toMatch(/^option 'purge_delay': [1-9]\d*\s*$/m);
		expect(stderr).not.toMatch(/^option 'allow_thp': 0\s*$/m);
	});
});
