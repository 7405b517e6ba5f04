import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FEATURES, switchOff } from './features';
import { PROJECT_ROOT } from '../helpers/paths';

let copy = '';
afterEach(() => rmSync(copy, { recursive: true, force: true }));

/** The benchmark's switches are exact edits of the code: each must still find its text. */
describe('npm run bench -- --features', () => {
	test.each(FEATURES.map((feature) => [feature.id, feature] as const))(
		'switching off %s edits the code as it is',
		(_id, feature) => {
			copy = mkdtempSync(join(tmpdir(), 'bench-switch-'));
			for (const part of ['src', 'astro.config.mjs']) cpSync(join(PROJECT_ROOT, part), join(copy, part), { recursive: true });
			expect(() => switchOff(copy, feature)).not.toThrow();
			for (const edit of feature.edits.filter((edit) => edit.find !== undefined))
				expect(readFileSync(join(copy, edit.file), 'utf8')).not.toBe(readFileSync(join(PROJECT_ROOT, edit.file), 'utf8'));
		},
	);
});
