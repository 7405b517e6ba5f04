import { expect, test } from 'vitest';
import { relatedArticles, relatedIndex } from '../../../src/lib/site/related';

const article = (id: string, options: { series?: string; section?: string; tags?: string[]; date?: string } = {}) => ({
	id,
	data: {
		series: options.series ? { id: options.series } : undefined,
		section: { id: options.section ?? 'politics-law' },
		tags: options.tags ?? [],
		pubDate: new Date(options.date ?? '2019-07-01'),
	},
});

test('same series first, then most shared tags, then same section, newest first within each', () => {
	const current = article('current', { series: 's', tags: ['扫黑除恶', '乌兰察布'] });
	const all = [
		article('section-only', { date: '2019-09-01' }),
		article('one-tag', { section: 'economy', tags: ['乌兰察布'] }),
		article('two-tags', { section: 'economy', tags: ['扫黑除恶', '乌兰察布'] }),
		article('series-old', { series: 's', date: '2019-06-01' }),
		article('series-new', { series: 's', date: '2019-08-01' }),
		article('unrelated', { section: 'economy', tags: ['经济'] }),
		current,
	].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
	expect(relatedArticles(current, relatedIndex(all), 10).map((a) => a.id)).toEqual([
		'series-new',
		'series-old',
		'two-tags',
		'one-tag',
		'section-only',
	]);
});

test('limited, and never the article itself', () => {
	const current = article('current');
	const all = [current, article('a'), article('b'), article('c')];
	expect(relatedArticles(current, relatedIndex(all), 2).map((a) => a.id)).toEqual(['a', 'b']);
});
