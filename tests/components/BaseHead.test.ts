import { expect, test } from 'vitest';
import BaseHead from '../../src/components/BaseHead.astro';
import { render } from '../helpers/render';

test('a hostile title stays inside its JSON-LD script element and is escaped in the title', async () => {
	const hostile = '标题</script><script>alert(1)</script><!--';
	const dom = await render(BaseHead, {
		title: hostile,
		description: '摘要',
		path: '/articles/x/',
		jsonLd: [{ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: hostile }],
	});
	const scripts = dom.querySelectorAll('script');
	expect(scripts).toHaveLength(1);
	expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
	expect(JSON.parse(scripts[0]?.textContent ?? '').headline).toBe(hostile);
	expect(dom.querySelector('title')?.text).toBe(`${hostile} - 内蒙古晨报 · 乌兰察布`);
});
