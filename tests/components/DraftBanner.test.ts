import { describe, expect, test } from 'vitest';
import DraftBanner from '../../src/components/DraftBanner.astro';
import { parseContentDate } from '../../src/lib/dates';
import { render } from '../helpers/render';

const now = parseContentDate('2026-11-26 10:00')!;

describe('DraftBanner (seen in npm run dev only)', () => {
	test('a draft says it will not be published', async () => {
		const dom = await render(DraftBanner, { draft: true, pubDate: parseContentDate('2026-11-01'), now });
		expect(dom.querySelector('.draft-banner')?.text).toBe('草稿：本文只在预览中显示，不会出现在正式网站上。');
	});

	test('a scheduled article says when it goes live', async () => {
		const dom = await render(DraftBanner, { draft: false, pubDate: parseContentDate('2026-12-01'), now });
		expect(dom.querySelector('.draft-banner')?.text).toBe(
			'定时发布：本文将于 2026年12月1日 起出现在正式网站上，现在只在预览中显示。',
		);
	});

	test('a published article has no banner', async () => {
		const dom = await render(DraftBanner, { draft: false, pubDate: parseContentDate('2019-07-01'), now });
		expect(dom.querySelector('.draft-banner')).toBeNull();
	});
});
