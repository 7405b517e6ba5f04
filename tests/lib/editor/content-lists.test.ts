import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { promos, promoTitles } from '../../../src/lib/editor/content-lists';
import { tempTree } from '../../helpers/temp-tree';

/** 2026-11-26 10:00 in Beijing. */
const NOW = new Date('2026-11-26T02:00:00Z');

const root = tempTree('promo-titles-', {
	'content/promos/running.yaml': 'title: 江南研学夏令营\n',
	'content/promos/until-today.yaml': 'title: 今天截止\nvalidThrough: 2026-11-26\n',
	'content/promos/draft.yaml': 'title: 还在改的广告\ndraft: true\n',
	'content/promos/upcoming.yaml': 'title: 下月才投放\nvalidFrom: 2026-12-01\n',
	'content/promos/expired.yaml': 'title: 已经过期\nvalidThrough: 2026-11-25\n',
	'content/promos/refused.yaml': 'title: 日期写错\nvalidFrom: 下个月\n',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('promoTitles: the ads the web editor’s previews can name', () => {
	test('on this machine, every ad, the drafts among them', () => {
		expect(promoTitles(promos(root), { local: true, now: NOW })).toEqual({
			draft: '还在改的广告',
			expired: '已经过期',
			refused: '日期写错',
			running: '江南研学夏令营',
			'until-today': '今天截止',
			upcoming: '下月才投放',
		});
	});

	test('in a deployed editor, whose script anyone can read, only the ads readers see now', () => {
		expect(promoTitles(promos(root), { local: false, now: NOW })).toEqual({
			running: '江南研学夏令营',
			'until-today': '今天截止',
		});
	});
});
