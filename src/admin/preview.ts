/**
 * The web editor's preview of an article, drawn with the site's own markup and classes: the
 * header (kicker, headline, subtitle, dateline) and the body in `.prose`, whose components are
 * drawn by their buttons' previews (editor/cms-components.ts). Its styles are the site's own
 * (editor/preview-style.ts, /admin/preview.css), so line length, headings, the body's paragraphs
 * and the ad's box look as they will on the site.
 */
import { formatChineseDate, parseContentDate } from '../lib/dates';
import type { KnownIds } from '../lib/content/entry-check';
import { STRINGS } from '../strings';

type H = (type: string, props: Record<string, unknown>, ...children: unknown[]) => unknown;
interface PreviewProps {
	entry: { getIn: (path: string[]) => unknown };
	widgetFor: (name: string) => unknown;
}

/** The preview's component, made with Decap's own React (`createClass`, `h`). */
export function articlePreview(createClass: (spec: Record<string, unknown>) => unknown, h: H, known: KnownIds): unknown {
	return createClass({
		render(this: { props: PreviewProps }) {
			const { entry, widgetFor } = this.props;
			const text = (name: string) => {
				const value = entry.getIn(['data', name]);
				return typeof value === 'string' && value.trim() ? value : undefined;
			};
			const list = (name: string) => {
				const value = entry.getIn(['data', name]) as { toJS?: () => unknown } | undefined;
				const items = value?.toJS?.();
				return Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string' && item !== '') : [];
			};
			const section = known.sections.find((entry) => entry.id === text('section'))?.name;
			const kicker = [section, text('part')].filter((item) => item !== undefined);
			const date = (name: string) => {
				const parsed = parseContentDate(text(name));
				return parsed ? formatChineseDate(parsed) : undefined;
			};
			const [pubDate, updatedDate, source, authors] = [date('pubDate'), date('updatedDate'), text('source'), list('authors')];
			const facts = [
				updatedDate && `${STRINGS.updated} ${updatedDate}`,
				source && `${STRINGS.source}${STRINGS.colon}${source}`,
				authors.length > 0 && `${STRINGS.authors}${STRINGS.colon}${authors.join(STRINGS.listSeparator)}`,
			].filter((fact) => typeof fact === 'string');
			return h(
				'article',
				{},
				h(
					'div',
					{ 'data-preview': 'ArticleHeader' },
					h(
						'header',
						{ className: 'article-header' },
						kicker.length > 0 &&
							h(
								'p',
								{ className: 'kicker' },
								h(
									'span',
									{ className: 'kicker__items' },
									...kicker.map((item) => h('span', { className: 'kicker__item', key: item }, item)),
								),
							),
						h('h1', {}, text('title') ?? ''),
						text('subtitle') && h('p', { className: 'subtitle' }, text('subtitle')),
						h(
							'div',
							{ 'data-preview': 'Dateline' },
							h(
								'p',
								{ className: 'dateline' },
								pubDate && h('time', {}, pubDate),
								...facts.map((fact) => h('span', { key: fact }, fact)),
							),
						),
					),
				),
				h('div', { className: 'prose' }, widgetFor('body')),
			);
		},
	});
}
