import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/content-folder';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { componentUses, mdxSubsetProblems, parseMdx } from '../../../src/lib/content/mdx-subset';
import { readSource } from '../../../src/lib/content/source';
import { doctorContent } from '../../../src/lib/editor/doctor';
import { EDITOR_SCHEMAS, editorSchema, type SchemaFile } from '../../../src/lib/editor/json-schemas';
import { badInput } from '../../fixtures/bad-input/corpus';
import { PROJECT_ROOT } from '../../helpers/paths';

const VSCODE = join(PROJECT_ROOT, '.vscode');
const NAMES = Object.keys(EDITOR_SCHEMAS) as SchemaFile[];
const json = (path: string) => JSON.parse(readFileSync(join(VSCODE, path), 'utf8')) as Record<string, unknown>;
const yaml = (path: string, text: string) => readSource({ path, bytes: Buffer.from(text) }).source?.yaml.data;

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = Object.fromEntries(NAMES.map((name) => [name, ajv.compile(JSON.parse(editorSchema(name)))]));
/** Which schema VS Code applies to a content file, as .vscode/settings.json maps them. */
const schemaFor = (path: string) =>
	NAMES.find((name) =>
		EDITOR_SCHEMAS[name].files.some((glob) => new RegExp(`^${glob.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`).test(path)),
	);

describe('VS Code: JSON Schemas of the YAML files, from the one set of field rules', () => {
	test('.vscode/schemas/ holds exactly what `npm run schemas` writes (run it after changing a field)', () => {
		expect(readdirSync(join(VSCODE, 'schemas')).sort()).toEqual([...NAMES].sort());
		for (const name of NAMES) expect(readFileSync(join(VSCODE, 'schemas', name), 'utf8'), name).toBe(editorSchema(name));
	});

	test('settings.json applies each schema to its files, and the extensions it needs are recommended', () => {
		expect(json('settings.json')['yaml.schemas']).toEqual(
			Object.fromEntries(NAMES.map((name) => [`./.vscode/schemas/${name}`, EDITOR_SCHEMAS[name].files.join()])),
		);
		expect(json('extensions.json')['recommendations']).toEqual(
			expect.arrayContaining(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx']),
		);
	});

	test('fields say in Chinese what they are, as VS Code shows on hover', () => {
		const promo = JSON.parse(editorSchema('promo.schema.json')) as { properties: Record<string, { description?: string }> };
		expect(promo.properties['title']?.description).toBe('广告标题（title）');
		expect(promo.properties['validThrough']?.description).toBe('截止日期（validThrough），如 2019-07-01');
	});

	test('the real content passes', () => {
		const files = readContentFolder(PROJECT_ROOT).files.filter((file) => schemaFor(file.path));
		expect(files.map((file) => file.path)).toEqual(
			expect.arrayContaining([
				'content/sections.yaml',
				'content/series/saohei-chu-e.yaml',
				'content/promos/jiangnan-study-tour.yaml',
			]),
		);
		for (const file of files) {
			const validate = validators[schemaFor(file.path)!]!;
			expect(validate(yaml(file.path, file.bytes.toString())), `${file.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
		}
	});

	const refused = [
		...[
			'id: in a promo, taking over the ad',
			'a section id with a slash, landing on another page’s address',
			'a section id climbing out of the site',
		].map((name) => {
			const [path, text] = Object.entries(badInput(name).files)[0] as [string, string];
			return [name, path, text] as const;
		}),
		['a misspelt field', 'content/series/x.yaml', 'title: 系列\ndescripton: 简介\n'],
		['a series without its description', 'content/series/x.yaml', 'title: 系列\n'],
		[
			'a contact without a phone',
			'content/promos/x.yaml',
			'title: 广告\ncontacts:\n  heading: 报名\n  people:\n    - name: 某老师\n',
		],
		['a date written 2019/7/1', 'content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019/7/1\n'],
	] as const;

	test.each(refused)('%s is marked', (_name, path, text) => {
		const validate = validators[schemaFor(path)!]!;
		expect(validate(yaml(path, text))).toBe(false);
	});
});

describe('VS Code snippets (.vscode/content.code-snippets)', () => {
	const snippets = json('content.code-snippets') as Record<string, { scope: string; prefix: string[]; body: string[] }>;
	/** A snippet as inserted with its defaults: ${1:标题} → 标题, the date variables → a date. */
	const inserted = (body: string[]) =>
		body
			.join('\n')
			.replace(/\$\{CURRENT_YEAR\}/g, '2019')
			.replace(/\$\{CURRENT_MONTH\}/g, '07')
			.replace(/\$\{CURRENT_DATE\}/g, '01')
			.replace(/\$\{\d+:([^}]*)\}/g, '$1');

	test('a new article, as inserted, passes the content check as a draft', async () => {
		const snippet = Object.values(snippets).find((s) => s.prefix.includes('article'));
		expect(snippet?.scope).toBe('mdx');
		const files = [
			...readContentFolder(PROJECT_ROOT).files,
			{ path: 'content/articles/xin-wen.mdx', bytes: Buffer.from(inserted(snippet!.body)) },
		];
		const errors = (await doctorContent(files)).filter((d) => d.severity === 'error');
		expect(errors.map(formatDiagnostic)).toEqual([]);
		expect(inserted(snippet!.body)).toContain('draft: true');
	});

	test.each(['Figure', 'PullQuote', 'Promo'] as const)(
		'<%s>, as inserted, is in the articles’ MDX subset with its required props',
		(name) => {
			const snippet = Object.values(snippets).find((s) => s.prefix.includes(name));
			expect(snippet?.scope).toBe('mdx');
			const tree = parseMdx(inserted(snippet!.body));
			expect(mdxSubsetProblems(tree)).toEqual([]);
			expect(componentUses(tree, name)).toHaveLength(1);
		},
	);
});
