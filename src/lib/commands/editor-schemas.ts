/**
 * npm run schemas
 * Writes .vscode/schemas/*.schema.json from the field rules (lib/editor/json-schemas.ts). Run it
 * after changing a field in lib/content/schema.ts; `npm test` fails until the files match.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMAS, editorSchema, type SchemaFile } from '../editor/json-schemas';
import type { Command } from './command';

export const SCHEMA_DIR = '.vscode/schemas';

export const editorSchemas: Command = async (_argv, { root, log }) => {
	mkdirSync(join(root, SCHEMA_DIR), { recursive: true });
	for (const name of Object.keys(EDITOR_SCHEMAS) as SchemaFile[]) {
		writeFileSync(join(root, SCHEMA_DIR, name), editorSchema(name));
		log(`已写入 ${SCHEMA_DIR}/${name}`);
	}
	return 0;
};
