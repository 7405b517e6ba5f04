import { describe, expect, test } from 'vitest';
import { promo, verdict } from '../../../helpers/gate';

describe('an ad’s end', () => {
	const EXPIRED =
		'content/promos/ad.yaml:2:1 warning validThrough：广告已过期，不会再显示 → 续期就改 validThrough，不再投放可删除此文件';
	const SOON = 'content/promos/ad.yaml:2:1 warning validThrough：广告将在 14 天内到期 → 需要续期的话请改 validThrough';
	// now is 2026-11-26 10:00 Beijing time; a bare validThrough day runs to its end.
	test.each([
		['ended yesterday', '2026-11-25', [EXPIRED]],
		['ends today', '2026-11-26', [SOON]],
		['ends in 9 days', '2026-12-05', [SOON]],
		['ends a second short of 14 days from now', '2026-12-10T09:59:59+08:00', [SOON]],
		['ends exactly 14 days from now', '2026-12-10T10:00:00+08:00', []],
		['ends next year', '2027-06-30', []],
	])('a promo that %s', async (_name, validThrough, expected) => {
		expect(await verdict(promo(`title: 研学夏令营\nvalidThrough: ${validThrough}\n`))).toEqual(expected);
	});
});
