import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { articleSchema, promoSchema, seriesSchema } from '../../../src/lib/content/schema';
import { type CmsField, cmsConfig, cmsFields } from '../../../src/lib/editor/cms-config';

/** The fields of a schema, as the gate reads them: every name, and which ones must be written. */
function schemaFields(schema: z.ZodType): { names: string[]; required: string[] } {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: object; required?: string[] };
	return { names: Object.keys(json.properties), required: json.required ?? [] };
}
const stand = { image: () => z.string(), reference: () => z.string() };
const HAN = /\p{Script=Han}/u;
const SECTIONS = [
	{ id: 'politics-law', name: '政法' },
	{ id: 'economy', name: '经济' },
];
const byName = (fields: CmsField[]) => Object.fromEntries(fields.map((field) => [field.name, field]));

describe('the web editor’s fields are the schemas’ fields', () => {
	test.each([
		['articles', articleSchema(stand)],
		['series', seriesSchema()],
		['promos', promoSchema(stand)],
	] as const)('%s: every field, in order, required exactly where the schema requires it', (name, schema) => {
		const fields = cmsFields()[name];
		const { names, required } = schemaFields(schema);
		expect(fields.map((field) => field.name)).toEqual(names);
		expect(fields.filter((field) => field.required).map((field) => field.name)).toEqual(required);
	});

	test('every field has a Chinese label without its field name, and a hint naming the field', () => {
		const all = Object.values(cmsFields()).flat();
		const nested = all.flatMap((field) => [field, ...(field.fields ?? [])]);
		for (const field of nested) {
			expect(field.label, field.name).toMatch(HAN);
			expect(field.label, field.name).not.toMatch(/[（(]/);
			expect(field.hint, field.name).toContain(field.name);
		}
	});

	test('sections, series and ads are chosen from the files there are; pictures picked; days as 2019-07-01', () => {
		const articles = byName(cmsFields().articles);
		// Sections are offered from sections.yaml's list, by name, written as their ids.
		expect(articles['section']).toMatchObject({ widget: 'select', options: [], required: true });
		expect(byName(cmsFields(SECTIONS).articles)['section']).toMatchObject({
			widget: 'select',
			options: [
				{ label: '政法', value: 'politics-law' },
				{ label: '经济', value: 'economy' },
			],
		});
		expect(articles['series']).toMatchObject({
			widget: 'relation',
			collection: 'series',
			value_field: '{{slug}}',
			required: false,
		});
		expect(articles['promos']).toMatchObject({ widget: 'relation', collection: 'promos', multiple: true });
		expect(articles['cover']).toMatchObject({ widget: 'image', choose_url: false, label: '封面图' });
		expect(articles['pubDate']).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			time_format: false,
			label: '发布日期',
			required: true,
		});
		expect(articles['summary']).toMatchObject({ widget: 'text', label: '摘要' });
		expect(articles['tags']).toMatchObject({ widget: 'list', field: { widget: 'string' } });
		expect(articles['draft']).toMatchObject({ widget: 'boolean', default: false, label: '草稿' });
		expect(articles['seriesOrder']).toMatchObject({ widget: 'number', value_type: 'int' });
		const promos = byName(cmsFields().promos);
		expect(byName(promos['qr']!.fields!)['image']).toMatchObject({ widget: 'image' });
		expect(promos['contacts']!.fields!.map((field) => field.name)).toEqual(['heading', 'wechatSameNumber', 'people']);
		expect(byName(promos['contacts']!.fields!)['people']).toMatchObject({
			widget: 'list',
			fields: [{ name: 'name' }, { name: 'phone' }],
		});
	});
});

describe('cmsConfig: the collections, in Chinese, with the review workflow', () => {
	const config = cmsConfig() as {
		collections: { name: string; folder?: string; extension?: string; format?: string; fields?: CmsField[] }[];
	} & Record<string, unknown>;
	test('articles are the site’s MDX files, read and written by the site’s own format; each kind in its folder', () => {
		expect(
			config.collections.map((collection) => [collection.name, collection.folder, collection.extension, collection.format]),
		).toEqual([
			['articles', 'content/articles', 'mdx', 'mdx-frontmatter'],
			['series', 'content/series', 'yaml', 'yaml'],
			['promos', 'content/promos', 'yaml', 'yaml'],
		]);
		expect(config.collections[0]!.fields!.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', label: '正文' });
		// The check panel first; a new article's file is named by its own field, proposed from the title's pinyin, after the title.
		expect(config.collections[0]!.fields!.slice(0, 3).map((field) => [field.name, field.widget])).toEqual([
			['gateCheck', 'gate-check'],
			['title', 'string'],
			['fileName', 'file-name'],
		]);
		expect(config.collections[0]).toMatchObject({ slug: '{{fields.fileName}}' });
	});

	test('Chinese, pictures where the gate wants them, reviews as pull requests, the local backend on this machine only', () => {
		expect(config).toMatchObject({
			locale: 'zh_Hans',
			media_folder: 'content/articles/images',
			public_folder: './images',
			publish_mode: 'editorial_workflow',
			backend: { name: 'github', branch: 'main' },
			local_backend: { url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] },
		});
	});

	test('GitHub: signing in through the OAuth service given, else Decap’s default', () => {
		expect(cmsConfig({ repo: 'wlcb/news', authUrl: 'https://oauth.example.cn' })['backend']).toMatchObject({
			name: 'github',
			repo: 'wlcb/news',
			base_url: 'https://oauth.example.cn',
		});
		expect(cmsConfig({ repo: 'wlcb/news' })['backend']).not.toHaveProperty('base_url');
	});

	test('a Gitea or Forgejo server instead of GitHub: Decap’s Forgejo backend, the one with the review workflow', () => {
		expect(
			cmsConfig({ repo: 'bianjibu/site', giteaUrl: 'https://git.example.cn', giteaAppId: 'abc-123' })['backend'],
		).toMatchObject({
			name: 'forgejo',
			app_id: 'abc-123',
			repo: 'bianjibu/site',
			base_url: 'https://git.example.cn',
			api_root: 'https://git.example.cn/api/v1',
		});
	});
});
