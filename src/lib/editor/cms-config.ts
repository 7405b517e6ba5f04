/**
 * The web editor's configuration (Decap CMS at /admin/): its collections and every field, made
 * from the one set of field rules (content/schema.ts) as the VS Code schemas are
 * (json-schemas.ts), never written by hand: a field's Chinese label and hint, whether it must be
 * filled, its default, and what it may be chosen from. Sections, series and ads are chosen from
 * lists of the files there are; an entry's id is its file name, proposed from the title's pinyin.
 */
import { z } from 'astro/zod';
import { articleSchema, promoSchema, seriesSchema } from '../content/schema';
import { CHECK_FIELD } from './check-panel';
import { FILE_NAME_FIELD } from './file-name';
import { EDITOR_COMPONENT_IDS } from './cms-components';

/** A JSON Schema node as zod writes one, as far as the editor's fields need it. */
interface JsonNode {
	type?: string;
	description?: string;
	default?: unknown;
	properties?: Record<string, JsonNode>;
	required?: string[];
	items?: JsonNode;
	'x-relation'?: Relation;
	'x-picture'?: true;
}

type Relation = 'sections' | 'series' | 'promos';

/** One field of a Decap collection. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required: boolean;
	hint?: string;
	default?: unknown;
	fields?: CmsField[];
	field?: CmsField;
	[option: string]: unknown;
}

/** The schemas' stand-ins for pictures and references: marked, so each becomes its own widget. */
const tools = {
	image: () => z.string().meta({ 'x-picture': true }),
	reference: (collection: Relation) => z.string().meta({ 'x-relation': collection }),
};

/** Fields written as several lines of text. */
const LONG_TEXT = new Set(['summary', 'description', 'details']);
/** Fields holding a day, as 2019-07-01. */
const DAYS = new Set(['pubDate', 'updatedDate', 'validFrom', 'validThrough']);

/** A section as sections.yaml lists it. */
export interface SectionChoice {
	id: string;
	name: string;
}

/**
 * How a field chooses an entry of another kind: a series or an ad from the files there are
 * (Decap's relation widget); a section from sections.yaml's list, read when the configuration is
 * made (Decap cannot read a file that is one list, so the list is given as the choices).
 */
function relation(collection: Relation, sections: readonly SectionChoice[]): { widget: string } & Record<string, unknown> {
	if (collection === 'sections')
		return { widget: 'select', options: sections.map(({ id, name }) => ({ label: name, value: id })) };
	return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

/** A field's label: its description's words before the first comma or colon, without the field's name in brackets (标题 of 标题（title），如 …). */
const labelOf = (name: string, node: JsonNode) => node.description?.split(/[，：]/)[0]!.replace(/（[^）]*）$/, '') ?? name;

function field(name: string, node: JsonNode, required: boolean, sections: readonly SectionChoice[]): CmsField {
	const base = {
		name,
		label: labelOf(name, node),
		required,
		...(node.description ? { hint: node.description } : {}),
		...(node.default !== undefined ? { default: node.default } : {}),
	};
	if (node['x-relation']) return { ...base, ...relation(node['x-relation'], sections) };
	if (node['x-picture']) return { ...base, widget: 'image', choose_url: false };
	if (DAYS.has(name))
		return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
	if (node.type === 'boolean') return { ...base, widget: 'boolean' };
	if (node.type === 'integer' || node.type === 'number') return { ...base, widget: 'number', value_type: 'int' };
	if (node.type === 'object') return { ...base, widget: 'object', fields: fieldsOf(node, sections) };
	if (node.type === 'array' && node.items) {
		const item = node.items;
		if (item['x-relation']) return { ...base, multiple: true, ...relation(item['x-relation'], sections) };
		if (item.type === 'object') return { ...base, widget: 'list', fields: fieldsOf(item, sections) };
		return { ...base, widget: 'list', field: field(name, item, true, sections) };
	}
	return { ...base, widget: LONG_TEXT.has(name) ? 'text' : 'string' };
}

function fieldsOf(node: JsonNode, sections: readonly SectionChoice[]): CmsField[] {
	const required = new Set(node.required ?? []);
	return Object.entries(node.properties ?? {}).map(([name, child]) => field(name, child, required.has(name), sections));
}

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;

/** The fields of each kind of file, from the schemas. */
export function cmsFields(sections: readonly SectionChoice[] = []): Record<'articles' | 'series' | 'promos', CmsField[]> {
	return {
		articles: fieldsOf(json(articleSchema(tools)), sections),
		series: fieldsOf(json(seriesSchema()), sections),
		promos: fieldsOf(json(promoSchema(tools)), sections),
	};
}

/** Where the editor keeps its work: the newsroom's repository, or this machine (`npm run admin`). */
export interface CmsBackend {
	/** owner/name on GitHub, or on a Gitea/Forgejo server at `baseUrl`. */
	repo?: string | undefined;
	branch?: string | undefined;
	/** A Gitea or Forgejo server's address (https://git.example.cn); GitHub when unset. */
	giteaUrl?: string | undefined;
	/** That server's OAuth2 application's client ID (sign-in with PKCE, no secret). */
	giteaAppId?: string | undefined;
	/** GitHub: the OAuth service editors sign in through (Decap's default is Netlify's). */
	authUrl?: string | undefined;
}

/**
 * The whole configuration /admin/config.yml holds. Sections are edited in content/sections.yaml
 * itself (a list, which Decap cannot edit); the editor offers them as choices.
 */
export function cmsConfig(backend: CmsBackend = {}, sections: readonly SectionChoice[] = []): Record<string, unknown> {
	const { articles, series, promos } = cmsFields(sections);
	const body: CmsField = {
		name: 'body',
		label: '正文',
		widget: 'markdown',
		required: true,
		hint: '正文：段落之间空一行；引语、图片、广告用上方的按钮插入',
		// The preview shows what is typed as text, never as markup that could run (the gate refuses such tags too).
		sanitize_preview: true,
		// Only what the MDX subset takes: no first-level heading (the title is the page's), no code, no Markdown picture (a picture is a <Figure>).
		buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
		editor_components: EDITOR_COMPONENT_IDS,
	};
	return {
		backend: {
			// Decap's Forgejo backend for a Gitea or Forgejo server: of its two, the one that opens pull requests for review.
			name: backend.giteaUrl ? 'forgejo' : 'github',
			repo: backend.repo ?? 'nmgcb/ulanqab-news',
			branch: backend.branch ?? 'main',
			...(backend.giteaUrl
				? { base_url: backend.giteaUrl, api_root: `${backend.giteaUrl}/api/v1`, app_id: backend.giteaAppId ?? '' }
				: backend.authUrl
					? { base_url: backend.authUrl }
					: {}),
			commit_messages: {
				create: '新建{{collection}}「{{slug}}」',
				update: '修改{{collection}}「{{slug}}」',
				delete: '删除{{collection}}「{{slug}}」',
				uploadMedia: '上传图片 {{path}}',
				deleteMedia: '删除图片 {{path}}',
			},
		},
		// On one machine, `npm run admin` starts the local backend (decap-server) beside the preview.
		local_backend: { url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] },
		publish_mode: 'editorial_workflow',
		locale: 'zh_Hans',
		media_folder: 'content/articles/images',
		public_folder: './images',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			{
				name: 'articles',
				label: '文章',
				label_singular: '文章',
				folder: 'content/articles',
				extension: 'mdx',
				format: 'mdx-frontmatter',
				create: true,
				slug: `{{fields.${FILE_NAME_FIELD.name}}}`,
				summary: '{{title}}（{{pubDate}}）',
				sortable_fields: ['pubDate', 'title'],
				fields: [CHECK_FIELD, articles[0]!, FILE_NAME_FIELD, ...articles.slice(1), body],
			},
			{
				name: 'series',
				label: '系列',
				label_singular: '系列',
				folder: 'content/series',
				extension: 'yaml',
				format: 'yaml',
				create: true,
				slug: '{{slug}}',
				fields: series,
			},
			{
				name: 'promos',
				label: '广告',
				label_singular: '广告',
				folder: 'content/promos',
				extension: 'yaml',
				format: 'yaml',
				create: true,
				slug: '{{slug}}',
				media_folder: '',
				public_folder: './',
				fields: promos,
			},
		],
	};
}
