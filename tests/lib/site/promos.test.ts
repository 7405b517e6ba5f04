import { describe, expect, test } from 'vitest';
import { parseContentDate } from '../../../src/lib/dates';
import { promoQrTarget, promoStatus, promoView } from '../../../src/lib/site/promos';
import { absoluteUrl, ROUTES, withBase } from '../../../src/lib/site/urls';

const day = (text: string) => parseContentDate(text)!;

describe('promoStatus: from validFrom to validThrough, inclusive', () => {
	// As the schema reads `validFrom: 2019-07-01` and `validThrough: 2019-07-31`.
	const run = { validFrom: day('2019-07-01'), validThrough: parseContentDate('2019-07-31', { endOfDay: true })! };
	test.each([
		['before it starts', '2019-06-30T23:59:00+08:00', 'upcoming'],
		['its first day', '2019-07-01T00:00:00+08:00', 'active'],
		['the evening of its last day', '2019-07-31T23:59:00+08:00', 'active'],
		['the day after', '2019-08-01T00:00:00+08:00', 'expired'],
	])('%s', (_name, now, status) => {
		expect(promoStatus(run, day(now))).toBe(status);
	});

	test('a validThrough with a time ends at that time', () => {
		const timed = { validThrough: day('2019-07-31T18:00:00+08:00') };
		expect(promoStatus(timed, day('2019-07-31T17:59:00+08:00'))).toBe('active');
		expect(promoStatus(timed, day('2019-07-31T18:01:00+08:00'))).toBe('expired');
	});

	test('a promo without dates always runs', () => {
		expect(promoStatus({}, day('2030-01-01'))).toBe('active');
	});
});

const promo = {
	id: 'jiangnan-study-tour',
	data: {
		label: '广告',
		title: '江南研学夏令营',
		qr: { alt: '二维码', caption: '扫描二维码 了解详细行程' },
		contacts: {
			heading: '报名方式（微信同号）',
			wechatSameNumber: true,
			people: [{ name: '樊瑞老师', phone: '133-0474-3215' }],
		},
	},
};

describe('promoView', () => {
	test('the QR leads to the promo page unless the advertiser gives a URL', () => {
		expect(promoQrTarget('x', {})).toBe(absoluteUrl(ROUTES.promo('x')));
		expect(promoQrTarget('x', { url: 'https://example.org/tour' })).toBe('https://example.org/tour');
	});

	test('beside an article, the phone link beside the QR leads to the promo page by a relative address', () => {
		const view = promoView(promo, { onOwnPage: false });
		// Relative: it works on any host before SITE_URL is set; only the QR itself must be absolute.
		expect(view.qr?.href).toBe(withBase(ROUTES.promo('jiangnan-study-tour')));
		expect(view.qr?.href).toMatch(/^\//);
		expect(view.qr?.image).toMatchObject({ src: ROUTES.promoQr('jiangnan-study-tour') });
		expect(view.contacts?.people).toEqual([{ name: '樊瑞老师', display: '133\u00a00474\u00a03215', href: 'tel:+8613304743215' }]);
	});

	test('the 微信同号 note is added to a contacts heading that lacks it, and only then', () => {
		const plain = { ...promo, data: { ...promo.data, contacts: { ...promo.data.contacts, heading: '报名方式' } } };
		expect(promoView(plain, { onOwnPage: false }).contacts?.heading).toBe('报名方式（微信同号）');
		expect(promoView(promo, { onOwnPage: false }).contacts?.heading).toBe('报名方式（微信同号）');
		const notWechat = { ...plain, data: { ...plain.data, contacts: { ...plain.data.contacts, wechatSameNumber: false } } };
		expect(promoView(notWechat, { onOwnPage: false }).contacts?.heading).toBe('报名方式');
	});

	test('on its own page there is no link to the page itself', () => {
		expect(promoView(promo, { onOwnPage: true }).qr?.href).toBeUndefined();
	});

	test('an advertiser URL is linked even on the promo page', () => {
		const withUrl = { ...promo, data: { ...promo.data, qr: { ...promo.data.qr, url: 'https://example.org/tour' } } };
		expect(promoView(withUrl, { onOwnPage: true }).qr?.href).toBe('https://example.org/tour');
	});
});

describe('promoView: the details', () => {
	const details = '## 行程\n\n第一天：绍兴鲁迅故里。\n\n- 费用含食宿\n- 报名截至 **7 月 10 日**\n';
	const withDetails = { ...promo, data: { ...promo.data, details } };

	test('on its own page the details are rendered Markdown', () => {
		expect(promoView(withDetails, { onOwnPage: true }).detailsHtml).toBe(
			'<h2>行程</h2>\n<p>第一天：绍兴鲁<span class="para-end">迅故里。</span></p>\n<ul>\n<li>费用含食宿</li>\n<li>报名截至 <strong>7 月 10 日</strong></li>\n</ul>',
		);
	});

	test('beside an article they are left out (the ad stays its printed size)', () => {
		expect(promoView(withDetails, { onOwnPage: false }).detailsHtml).toBeUndefined();
	});

	test('a promo without details has none', () => {
		expect(promoView(promo, { onOwnPage: true }).detailsHtml).toBeUndefined();
	});
});
