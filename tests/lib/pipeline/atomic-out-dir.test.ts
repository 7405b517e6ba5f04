import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import atomicOutDir, { NODE_FS, type SwapFs, swapInto } from '../../../src/lib/pipeline/atomic-out-dir';

/** Folders as a set of names, with the operations that should fail. */
function memoryFs(present: string[], fail: { rename?: string; remove?: string; removable?: string } = {}) {
	const dirs = new Map(present.map((name) => [name, `${name}-contents`]));
	const fs: SwapFs = {
		exists: (path) => dirs.has(path),
		rename: (from, to) => {
			if (fail.rename === `${from}->${to}`) throw new Error(`EACCES: rename ${from}`);
			dirs.set(to, dirs.get(from)!);
			dirs.delete(from);
		},
		remove: (path) => {
			if (fail.remove === path && dirs.has(path)) throw new Error(`EACCES: rm ${path}`);
			dirs.delete(path);
		},
		assertRemovable: (path) => {
			if (fail.removable === path) throw new Error(`EACCES: ${path} is read-only`);
		},
	};
	return { fs, dirs };
}

describe('swapInto: the new site replaces the old one whole, or not at all', () => {
	test('the new site takes the old one’s place; nothing else is left', () => {
		const { fs, dirs } = memoryFs(['dist', 'dist.partial']);
		swapInto('dist', 'dist.partial', fs);
		expect(Object.fromEntries(dirs)).toEqual({ dist: 'dist.partial-contents' });
	});

	test('the first build: no old site', () => {
		const { fs, dirs } = memoryFs(['dist.partial']);
		swapInto('dist', 'dist.partial', fs);
		expect(Object.fromEntries(dirs)).toEqual({ dist: 'dist.partial-contents' });
	});

	test('a leftover dist.previous from a killed build is cleared first', () => {
		const { fs, dirs } = memoryFs(['dist', 'dist.partial', 'dist.previous']);
		swapInto('dist', 'dist.partial', fs);
		expect(Object.fromEntries(dirs)).toEqual({ dist: 'dist.partial-contents' });
	});

	test('an old site that cannot be removed stays as it was, the new one is dropped, nothing is left behind', () => {
		const { fs, dirs } = memoryFs(['dist', 'dist.partial'], { removable: 'dist' });
		expect(() => swapInto('dist', 'dist.partial', fs)).toThrow('dist 不能替换（EACCES: dist is read-only）；旧网站保持原样');
		expect(Object.fromEntries(dirs)).toEqual({ dist: 'dist-contents' });
	});

	test('if the new site cannot be moved in, the old one is put back', () => {
		const { fs, dirs } = memoryFs(['dist', 'dist.partial'], { rename: 'dist.partial->dist' });
		expect(() => swapInto('dist', 'dist.partial', fs)).toThrow('EACCES');
		expect(Object.fromEntries(dirs)).toEqual({ dist: 'dist-contents' });
	});
});

describe('NODE_FS: the swap’s operations on disk', () => {
	const tree = () => {
		const root = mkdtempSync(join(tmpdir(), 'swap-'));
		mkdirSync(join(root, 'dist/articles/a'), { recursive: true });
		writeFileSync(join(root, 'dist/articles/a/index.html'), '旧');
		writeFileSync(join(root, 'dist/index.html'), '旧');
		return root;
	};

	test('exists, rename, and remove of a whole tree (nothing there is no error)', () => {
		const root = tree();
		expect(NODE_FS.exists(join(root, 'dist'))).toBe(true);
		NODE_FS.rename(join(root, 'dist'), join(root, 'dist.previous'));
		expect([NODE_FS.exists(join(root, 'dist')), readFileSync(join(root, 'dist.previous/articles/a/index.html'), 'utf8')]).toEqual(
			[false, '旧'],
		);
		NODE_FS.remove(join(root, 'dist.previous'));
		expect(readdirSync(root)).toEqual([]);
		expect(() => NODE_FS.remove(join(root, 'dist.previous'))).not.toThrow();
	});

	test('assertRemovable walks the tree, and fails on what is not there', () => {
		const root = tree();
		expect(() => NODE_FS.assertRemovable(join(root, 'dist'))).not.toThrow();
		expect(() => NODE_FS.assertRemovable(join(root, 'dist/index.html'))).not.toThrow();
		expect(() => NODE_FS.assertRemovable(join(root, 'missing'))).toThrow(/ENOENT/);
		expect(() => NODE_FS.assertRemovable(join(root, 'no-folder/dist'))).toThrow(/ENOENT/);
	});

	test('the swap on disk: the new site in place, the old one gone, nothing beside', () => {
		const root = tree();
		mkdirSync(join(root, 'dist.partial'));
		writeFileSync(join(root, 'dist.partial/index.html'), '新');
		swapInto(join(root, 'dist'), join(root, 'dist.partial'));
		expect(readdirSync(root)).toEqual(['dist']);
		expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('新');
	});
});

describe('the integration: a build writes beside dist/, and dist/ is replaced when it is done', () => {
	interface Hooks {
		'astro:config:setup': (options: unknown) => Promise<void>;
		'astro:build:done': (options: unknown) => void;
	}
	const project = () => {
		const root = mkdtempSync(join(tmpdir(), 'atomic-'));
		mkdirSync(join(root, 'dist'));
		writeFileSync(join(root, 'dist/index.html'), '旧');
		mkdirSync(join(root, 'dist.partial'));
		writeFileSync(join(root, 'dist.partial/left-over.html'), '上次中断留下的');
		return root;
	};

	test('the build: staged in dist.partial/ (cleared first), under the lock; at the end swapped in, unlocked, and said', async () => {
		const root = project();
		const integration = atomicOutDir();
		const hooks = integration.hooks as unknown as Hooks;
		const configs: { outDir: URL }[] = [];
		await hooks['astro:config:setup']({
			command: 'build',
			config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) },
			updateConfig: (config: { outDir: URL }) => configs.push(config),
		});
		expect(integration.name).toBe('atomic-out-dir');
		expect(configs.map((config) => config.outDir.href)).toEqual([pathToFileURL(`${root}/dist.partial/`).href]);
		expect(readdirSync(root).sort()).toEqual(['.build.lock', 'dist']);
		mkdirSync(join(root, 'dist.partial'));
		writeFileSync(join(root, 'dist.partial/index.html'), '新');
		const logged: string[] = [];
		hooks['astro:build:done']({ logger: { info: (message: string) => logged.push(message) } });
		expect(readdirSync(root)).toEqual(['dist']);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('新');
		expect(logged).toEqual([`site written to ${root}/dist`]);
	});

	test('a failed swap still releases the lock', async () => {
		const root = project();
		const hooks = atomicOutDir().hooks as unknown as Hooks;
		await hooks['astro:config:setup']({
			command: 'build',
			config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) },
			updateConfig: () => {},
		});
		// Nothing was built into dist.partial/: the swap fails, the old site stays.
		expect(() => hooks['astro:build:done']({ logger: { info: () => {} } })).toThrow(/ENOENT/);
		expect(readdirSync(root)).toEqual(['dist']);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('旧');
	});

	test('astro dev and astro preview are left alone', async () => {
		const root = project();
		const hooks = atomicOutDir().hooks as unknown as Hooks;
		const configs: unknown[] = [];
		await hooks['astro:config:setup']({
			command: 'dev',
			config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`) },
			updateConfig: (config: unknown) => configs.push(config),
		});
		hooks['astro:build:done']({ logger: { info: () => configs.push('logged') } });
		expect(configs).toEqual([]);
		expect(readdirSync(root).sort()).toEqual(['dist', 'dist.partial']);
	});
});
