import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/content-folder';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { componentUses, mdxSubsetProblems, parseMdx } from '../../../src/lib/content/mdx-subset';
import { readSource } from '../../../src/lib/content/source';
import { checkContent } from '../../../src/lib/content/gate';
import { EDITOR_SCHEMAS, editorSchema, type SchemaFile } from '../../../src/lib/editor/json-schemas';
import { BAD_INPUTS, badInput } from '../../fixtures/bad-input/corpus';
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
		const errors = (await checkContent(files)).diagnostics.filter((d) => d.severity === 'error');
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

/**
 * The editors' schemas against the gate, input by input: every YAML file of the bad-input corpus
 * that VS Code checks, and the mistakes editors make most, through ajv (as VS Code applies the
 * schema) and through the gate. Where they disagree, it is something JSON Schema cannot say; each
 * such case is listed here with the reason, and any other disagreement fails.
 */
// Left out of mutation testing, as the gate's corpus test is: every input runs the whole check.
describe.skipIf(process.env['STRYKER_MUTATOR_WORKER'])('VS Code’s schemas and the gate: the same verdict, or a reason', () => {
	const SITE = readContentFolder(PROJECT_ROOT).files;
	const MISTAKES: [string, string, string][] = [
		[
			'a phone of five digits',
			'content/promos/x.yaml',
			"title: 广告\ncontacts:\n  heading: 报名\n  people:\n    - name: 樊老师\n      phone: '12345'\n",
		],
		[
			'a phone with a letter O',
			'content/promos/x.yaml',
			"title: 广告\ncontacts:\n  heading: 报名\n  people:\n    - name: 樊老师\n      phone: '1330474321O'\n",
		],
		['a javascript: link', 'content/promos/x.yaml', 'title: 广告\nlink: javascript:alert(1)\n'],
		[
			'a QR address without a scheme',
			'content/promos/x.yaml',
			'title: 广告\nqr:\n  url: example.org/tour\n  alt: 二维码\n  caption: 扫码\n',
		],
		['a month 13', 'content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019-13-45\n'],
		['31 April', 'content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019-04-31\n'],
		['29 February of 2019', 'content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019-02-29\n'],
		['the end before the start', 'content/promos/x.yaml', 'title: 广告\nvalidFrom: 2019-08-01\nvalidThrough: 2019-07-01\n'],
		[
			'a good ad',
			'content/promos/x.yaml',
			'title: 广告\nlink: https://example.org/a\nvalidFrom: 2019-07-01\nvalidThrough: 2019-08-31T18:00:00+08:00\ncontacts:\n  heading: 报名\n  people:\n    - name: 樊老师\n      phone: 133 0474 3215\n',
		],
	];
	const cases = [
		...BAD_INPUTS.flatMap((input) =>
			Object.entries(input.files)
				.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && schemaFor(entry[0]) !== undefined)
				.map(([path, text]) => [input.input, path, text] as [string, string, string]),
		),
		...MISTAKES,
	];

	/** What JSON Schema cannot say, and why: the gate alone refuses these. */
	const INEXPRESSIBLE: Record<string, string> = {
		'a duplicate id in sections.yaml': 'uniqueness of one field across the items of a list',
		'validThrough before validFrom': 'comparing two fields’ values',
		'the end before the start': 'comparing two fields’ values',
		'29 February of 2019': 'which years are leap years',
		'an SVG as the QR picture': 'what a picture file is (its type is checked by decoding it)',
		'a <script> in an ad’s Markdown details': 'what Markdown inside a string may hold',
		'a javascript: link in an ad’s details': 'what Markdown inside a string may hold',
	};

	test('every disagreement is listed with what JSON Schema cannot express, and every listed one still disagrees', async () => {
		const disagree: string[] = [];
		for (const [name, path, text] of cases) {
			const data = yaml(path, text);
			const validate = validators[schemaFor(path)!]!;
			const byAjv = data === undefined || !validate(data);
			const files = [...SITE.filter((file) => file.path !== path), { path, bytes: Buffer.from(text) }];
			const byGate = (await checkContent(files)).diagnostics.some((d) => d.severity === 'error' && d.file === path);
			if (byAjv !== byGate) disagree.push(`${name}: ${byGate ? 'the gate alone refuses it' : 'VS Code alone marks it'}`);
		}
		expect(disagree.sort()).toEqual(
			Object.keys(INEXPRESSIBLE)
				.map((name) => `${name}: the gate alone refuses it`)
				.sort(),
		);
	});
});
