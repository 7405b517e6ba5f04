import { describe, expect, test } from 'vitest';
import { type SwapFs, swapInto } from '../../../src/lib/pipeline/atomic-out-dir';

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
