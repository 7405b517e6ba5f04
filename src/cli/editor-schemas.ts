/**
 * npm run schemas
 * Writes .vscode/schemas/*.schema.json from the field rules (lib/editor/json-schemas.ts). Run it
 * after changing a field in lib/content/schema.ts; `npm test` fails until the files match.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMAS, editorSchema, type SchemaFile } from '../lib/editor/json-schemas';

const SCHEMA_DIR = '.vscode/schemas';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const name of Object.keys(EDITOR_SCHEMAS) as SchemaFile[]) {
	writeFileSync(join(SCHEMA_DIR, name), editorSchema(name));
	console.log(`已写入 ${join(SCHEMA_DIR, name)}`);
}
