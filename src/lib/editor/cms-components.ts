/**
 * The site's three components as buttons of the web editor's body field (Decap's editor
 * components): each with a small form, read back from the MDX it wrote (`pattern`, `fromBlock`)
 * and written as MDX the content gate accepts (`toBlock`): only the props MDX_COMPONENTS lists,
 * each value a quoted string with `"` written as a character reference, the quotation's own
 * text with the characters MDX would read as code ({ } <) in their full-width forms.
 */
import { STRINGS } from '../../strings';
import { MDX_COMPONENTS } from '../content/mdx-components';

export interface EditorComponent {
	id: keyof typeof MDX_COMPONENTS;
	label: string;
	fields: { name: string; label: string; widget: string; required?: boolean; hint?: string; [option: string]: unknown }[];
	pattern: RegExp;
	fromBlock: (match: RegExpMatchArray) => Record<string, string>;
	toBlock: (data: Record<string, string | undefined>) => string;
	/**
	 * The component in the preview, as HTML with the site's own classes (preview-style.ts gives
	 * them the site's styles): every value escaped, so nothing an editor types runs as markup.
	 */
	toPreview: (
		data: Record<string, string | undefined>,
		getAsset: (path: string, field: unknown) => unknown,
		fields: unknown,
	) => string;
}

/** A prop's value as an MDX attribute string: quotes as references, line breaks as spaces. */
const attribute = (value: string) =>
	value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/\s*\n\s*/g, ' ');
/** An attribute string as the editor typed it. */
const unattribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** Text that MDX must not read as code: braces and < in their full-width forms. */
const prose = (text: string) => text.replace(/\{/g, '｛').replace(/\}/g, '｝').replace(/</g, '＜');

/** Props in the order MDX_COMPONENTS lists them, the empty ones left out. */
function props(name: keyof typeof MDX_COMPONENTS, data: Record<string, string | undefined>): string {
	return MDX_COMPONENTS[name].props
		.flatMap((prop) => {
			const value = data[prop]?.trim();
			return value ? [` ${prop}="${attribute(value)}"`] : [];
		})
		.join('');
}

/** A relative path as the site writes one: from the article's folder, starting ./ (images/x.jpg → ./images/x.jpg). */
const relativePath = (path: string | undefined) =>
	path && /^[A-Za-z0-9_]/.test(path) && !path.includes(':') ? `./${path}` : path;

/** Text as HTML shows it, never read as markup. */
const html = (text: string | undefined) =>
	(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A component's preview, in the box whose styles are that component's own (preview-style.ts). */
const box = (name: string, inner: string) => `<div data-preview="${name}">${inner}</div>`;

/** The props of a tag as written: name="value" pairs. */
function readProps(text: string): Record<string, string> {
	return Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, unattribute(value!)]));
}

/** The components the body's 添加组件 menu offers: the site's three, none of Decap's own. */
export const EDITOR_COMPONENT_IDS = ['PullQuote', 'Figure', 'Promo'] as const satisfies readonly (keyof typeof MDX_COMPONENTS)[];

/** The three components; `promoTitles`, the ads' titles by id, name an ad in its preview. */
export const editorComponents = (promoTitles: Readonly<Record<string, string>> = {}): EditorComponent[] => [
	{
		id: 'PullQuote',
		label: '引语',
		fields: [
			{ name: 'text', label: '引语', widget: 'text', required: true, hint: '要突出的一句话' },
			{ name: 'cite', label: '说话人', widget: 'string', required: false, hint: '可不填' },
		],
		pattern: /^<PullQuote((?: \w+="[^"]*")*)>([^<]*)<\/PullQuote>$/,
		fromBlock: (match) => ({ ...readProps(match[1] ?? ''), text: (match[2] ?? '').trim() }),
		toBlock: (data) => `<PullQuote${props('PullQuote', data)}>${prose(data['text']?.trim() ?? '')}</PullQuote>`,
		toPreview: (data) =>
			box(
				'PullQuote',
				`<figure class="pull-quote"><blockquote><p>${html(data['text'])}</p></blockquote>${
					data['cite'] ? `<figcaption>${html(STRINGS.quoteAttribution(data['cite']))}</figcaption>` : ''
				}</figure>`,
			),
	},
	{
		id: 'Figure',
		label: '图片',
		fields: [
			{
				name: 'src',
				label: '图片',
				widget: 'image',
				required: true,
				choose_url: false,
				hint: '图片放在 content/articles/images/',
			},
			{ name: 'alt', label: '图片说明', widget: 'string', required: true, hint: '图上是什么，供看不见图片的读者朗读' },
			{ name: 'caption', label: '图注', widget: 'string', required: false },
			{ name: 'credit', label: '摄影', widget: 'string', required: false, hint: '如：记者 某某 摄' },
		],
		pattern: /^<Figure((?: \w+="[^"]*")*) \/>$/,
		fromBlock: (match) => readProps(match[1] ?? ''),
		// Decap hands a picture chosen inside a component as images/x.jpg: written ./images/x.jpg, as the rule for picture paths reads.
		toBlock: (data) => `<Figure${props('Figure', { ...data, src: relativePath(data['src']) })} />`,
		toPreview: (data, getAsset, fields) => {
			const [caption, credit] = [data['caption'], data['credit']];
			const src = data['src'] ? String(getAsset(data['src'], fields)) : '';
			return box(
				'Figure',
				`<figure class="figure"><img src="${html(src)}" alt="${html(data['alt'])}">${
					caption || credit
						? `<figcaption>${html(caption)}${credit ? `<span class="figure__credit">${html(credit)}</span>` : ''}</figcaption>`
						: ''
				}</figure>`,
			);
		},
	},
	{
		id: 'Promo',
		label: '广告',
		fields: [
			{
				name: 'id',
				label: '广告',
				widget: 'relation',
				required: true,
				collection: 'promos',
				value_field: '{{slug}}',
				search_fields: ['title'],
				display_fields: ['title'],
			},
		],
		pattern: /^<Promo((?: \w+="[^"]*")*) \/>$/,
		fromBlock: (match) => readProps(match[1] ?? ''),
		toBlock: (data) => `<Promo${props('Promo', data)} />`,
		toPreview: (data) =>
			box(
				'PromoBlock',
				`<aside class="promo"><p class="promo__label">广告</p><div class="promo__body"><header class="promo__head"><p class="promo__title">${html(
					promoTitles[data['id'] ?? ''] ?? data['id'],
				)}</p></header></div></aside>`,
			),
	},
];
