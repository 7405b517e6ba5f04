import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFingerprint } from '../../../src/lib/pipeline/fingerprint';
import { tempTree } from '../../helpers/temp-tree';

/** A project with the files given; each call a new folder, so its fingerprint is read afresh. */
const project = (files: Record<string, string>): string => tempTree('fingerprint-', files);

const BASE = {
	'src/a.ts': 'export const a = 1;',
	'src/lib/b.ts': 'export const b = 2;',
	'astro.config.mjs': 'export default {};',
	'package-lock.json': '{}',
	'tsconfig.json': '{}',
};

describe('buildFingerprint: what every build output depends on besides content/', () => {
	test('a hex SHA-256, the same for the same files', () => {
		const fingerprint = buildFingerprint(project(BASE));
		expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(buildFingerprint(project(BASE))).toBe(fingerprint);
	});

	test.each([
		['a source file', { 'src/a.ts': 'export const a = 3;' }],
		['a new source file', { 'src/c.ts': '' }],
		['the config', { 'astro.config.mjs': 'export default { site: "x" };' }],
		['the lockfile', { 'package-lock.json': '{"v":2}' }],
		['the TypeScript config', { 'tsconfig.json': '{"strict":true}' }],
	])('changes with %s', (_name, change) => {
		expect(buildFingerprint(project({ ...BASE, ...change }))).not.toBe(buildFingerprint(project(BASE)));
	});

	test('a file’s name counts, not only its bytes', () => {
		const { 'src/a.ts': text, ...rest } = BASE;
		expect(buildFingerprint(project({ ...rest, 'src/z.ts': text }))).not.toBe(buildFingerprint(project(BASE)));
	});

	test('Node’s version counts', () => {
		const onThisNode = buildFingerprint(project(BASE));
		const actual = Object.getOwnPropertyDescriptor(process, 'version')!;
		Object.defineProperty(process, 'version', { ...actual, value: 'v0.0.0' });
		try {
			expect(buildFingerprint(project(BASE))).not.toBe(onThisNode);
		} finally {
			Object.defineProperty(process, 'version', actual);
		}
	});

	test('a missing top-level file counts as missing, not as empty', () => {
		const { 'tsconfig.json': _gone, ...withoutTsconfig } = BASE;
		expect(buildFingerprint(project(withoutTsconfig))).not.toBe(buildFingerprint(project({ ...BASE, 'tsconfig.json': '' })));
		expect(buildFingerprint(project(withoutTsconfig))).not.toBe(buildFingerprint(project(BASE)));
	});

	test('files outside src/ and the three are not read', () => {
		expect(buildFingerprint(project({ ...BASE, 'content/articles/a.mdx': '正文', 'README.md': '说明' }))).toBe(
			buildFingerprint(project(BASE)),
		);
	});

	test('read once a build: a change after the first read is not seen', () => {
		const root = project(BASE);
		const first = buildFingerprint(root);
		writeFileSync(join(root, 'src/a.ts'), 'changed');
		expect(buildFingerprint(root)).toBe(first);
	});
});
