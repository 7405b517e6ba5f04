import { parseFeed } from '@rowanmanning/feed-parser';
import type { APIContext } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { SITE } from '../../src/site.config';

/** Articles as loadSiteData gives them (newest first), and the HTML each body renders to. */
const site: { articles: unknown[] } = { articles: [] };
const bodies = new Map<string, string>();
const rendered: { components: string[] }[] = [];

vi.mock('../../src/lib/site/site-data', () => ({
	loadSiteData: async () => ({
		...site,
		byId: { sections: new Map([['politics-law', { data: { name: '政法' } }]]) },
	}),
}));
vi.mock('astro:content', () => ({ render: async (article: { id: string }) => ({ Content: article.id }) }));
vi.mock('astro:container', () => ({ loadRenderers: async () => [] }));
vi.mock('astro/container', () => ({
	experimental_AstroContainer: {
		create: async () => ({
			renderToString: async (id: string, options: { props: { components: Record<string, { name?: string }> } }) => {
				rendered.push({ components: Object.keys(options.props.components) });
				return bodies.get(id) ?? '';
			},
		}),
	},
}));
const { GET } = await import('../../src/pages/rss.xml');

const article = (id: string, pubDate: string, data: Record<string, unknown> = {}) => ({
	id,
	data: {
		title: `标题${id}`,
		summary: `摘要${id}`,
		pubDate: new Date(pubDate),
		section: { id: 'politics-law' },
		tags: [],
		...data,
	},
});

async function feed(articles: unknown[]) {
	site.articles = articles;
	rendered.length = 0;
	const response = await GET({} as APIContext);
	const xml = await response.text();
	return { xml, feed: parseFeed(xml), type: response.headers.get('Content-Type') };
}

describe('the RSS feed endpoint', () => {
	test('each article in full: link, summary, section and tags, Beijing date, body with absolute URLs, source', async () => {
		bodies.set('a', '<p data-astro-cid-x1="">正文<a href="/articles/b/">乙</a><img src="/_astro/p.webp" alt=""></p>');
		const {
			xml,
			feed: parsed,
			type,
		} = await feed([
			article('a', '2019-07-01T08:30:00+08:00', { tags: ['扫黑除恶'], source: '内蒙古晨报 <记者站>' }),
			article('b', '2019-06-30T00:00:00+08:00', { section: { id: 'unknown-section' } }),
		]);
		expect(type).toMatch(/^application\/xml/);
		expect(parsed.title).toBe(SITE.name);
		expect(parsed.description).toBe(SITE.description);
		expect(parsed.url).toBe(absoluteUrl('/'));
		expect(parsed.language).toBe('zh-cn');
		expect(parsed.items.map((item) => [item.title, item.url, item.description, item.categories.map((c) => c.label)])).toEqual([
			['标题a', absoluteUrl(ROUTES.article('a')), '摘要a', ['政法', '扫黑除恶']],
			// A section the site does not have is not named (article-summary.ts), never by its bare id.
			['标题b', absoluteUrl(ROUTES.article('b')), '摘要b', []],
		]);
		expect(xml).toContain('<pubDate>Mon, 01 Jul 2019 08:30:00 +0800</pubDate>');
		expect(parsed.items[0]?.content).toMatch(
			new RegExp(
				`^<p>正文<a href="${SITE.url}/articles/b/">乙</a><img src="${SITE.url}/_astro/p.webp" alt=""></p><p>（内蒙古晨报 `,
			),
		);
		// The source is text: its < and > stay characters, escaped in the HTML, and that escaped again in the XML.
		expect(xml).toContain('&lt;p&gt;（内蒙古晨报 &amp;#60;记者站&amp;#62;）&lt;/p&gt;</content:encoded>');
		expect(parsed.items[1]?.content ?? '').toBe('');
		// Ads are left out of the feed: the Promo component renders nothing there.
		expect(rendered).toEqual([
			{ components: ['PullQuote', 'Figure', 'Promo'] },
			{ components: ['PullQuote', 'Figure', 'Promo'] },
		]);
	});

	test('the channel last changed when its newest change did: an update counts', async () => {
		const { xml } = await feed([
			article('a', '2019-07-01T08:00:00+08:00'),
			article('b', '2019-06-01T08:00:00+08:00', { updatedDate: new Date('2019-07-05T09:00:00+08:00') }),
		]);
		expect(xml).toContain('<lastBuildDate>Fri, 05 Jul 2019 09:00:00 +0800</lastBuildDate>');
	});

	test('the newest 50 only, and the change date read from those', async () => {
		const articles = Array.from({ length: 52 }, (_, index) =>
			article(`n${index}`, new Date(Date.UTC(2019, 6, 31) - index * 86_400_000).toISOString()),
		);
		articles[51] = article('n51', '2019-01-01T00:00:00Z', { updatedDate: new Date('2020-01-01T00:00:00Z') });
		const { feed: parsed, xml } = await feed(articles);
		expect(parsed.items).toHaveLength(SITE.feedSize);
		expect(parsed.items.at(-1)?.title).toBe('标题n49');
		expect(xml).toContain('<lastBuildDate>Wed, 31 Jul 2019 08:00:00 +0800</lastBuildDate>');
	});

	test('no articles: an empty channel without a change date', async () => {
		const { feed: parsed, xml } = await feed([]);
		expect(parsed.items).toEqual([]);
		expect(xml).not.toContain('lastBuildDate');
		expect(xml).toContain('<language>zh-cn</language>');
	});
});
