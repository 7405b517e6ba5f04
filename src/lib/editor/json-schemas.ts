/**
 * JSON Schemas of editors' YAML files, for VS Code (.vscode/settings.json maps them onto the
 * files): completion, hover text and a red line under a misspelt field or a missing title while
 * typing. (VS Code checks no front matter inside .mdx against a schema; articles have a snippet,
 * .vscode/content.code-snippets, and the content check.)
 * Generated from the one set of field rules (content/schema.ts) by `npm run schemas`, never
 * written by hand; a test fails when the files in .vscode/schemas/ are not what this makes.
 * JSON Schema knows the fields, types, required fields and formats; what it cannot say (a
 * summary's length in characters, a picture that decodes, a section that exists) the content
 * check says, on the pull request and in the terminal.
 */
import { z } from 'astro/zod';
import { promoSchema, sectionSchema, seriesSchema } from '../content/schema';

// Articles, the files that refer to sections, series and promos, are MDX: no schema here needs references.
const tools = {
	image: () => z.string().describe('图片路径，相对于本文件，如 ./images/photo.jpg'),
};

/** The files VS Code reads, by name, and which editors' files each describes; each schema is made when asked for. */
export const EDITOR_SCHEMAS = {
	'promo.schema.json': { title: '广告', schema: () => promoSchema(tools), files: ['content/promos/*.yaml'] },
	'series.schema.json': { title: '系列', schema: () => seriesSchema(), files: ['content/series/*.yaml'] },
	'sections.schema.json': { title: '栏目列表', schema: () => z.array(sectionSchema()), files: ['content/sections.yaml'] },
} as const;

export type SchemaFile = keyof typeof EDITOR_SCHEMAS;

/** One schema as JSON (draft 7, which VS Code's YAML support reads), as the file holds it. */
export function editorSchema(name: SchemaFile): string {
	const { title, schema } = EDITOR_SCHEMAS[name];
	const json = z.toJSONSchema(schema(), { target: 'draft-7', io: 'input', unrepresentable: 'any' });
	return `${JSON.stringify({ ...json, title }, null, '\t')}\n`;
}
