import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorSchemas, SCHEMA_DIR } from '../../../src/lib/commands/editor-schemas';
import { EDITOR_SCHEMAS, editorSchema, type SchemaFile } from '../../../src/lib/editor/json-schemas';
import { runIn } from '../../helpers/command';

describe('npm run schemas', () => {
	test('writes every schema VS Code reads into .vscode/schemas/, naming each', async () => {
		const root = mkdtempSync(join(tmpdir(), 'schemas-'));
		const names = Object.keys(EDITOR_SCHEMAS) as SchemaFile[];
		expect(SCHEMA_DIR).toBe('.vscode/schemas');
		expect(await runIn(editorSchemas, root, [])).toEqual({
			code: 0,
			lines: names.map((name) => `已写入 .vscode/schemas/${name}`),
		});
		expect(readdirSync(join(root, SCHEMA_DIR)).sort()).toEqual([...names].sort());
		for (const name of names) expect(readFileSync(join(root, SCHEMA_DIR, name), 'utf8')).toBe(editorSchema(name));
	});
});
