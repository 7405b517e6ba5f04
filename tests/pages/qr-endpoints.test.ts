import { describe, expect, test, vi } from 'vitest';
import { cacheKey } from '../../src/lib/site/cache-key';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { decodeQr } from '../helpers/qr';

vi.mock('../../src/lib/site/site-data', () => ({
	loadSiteData: async () => ({
		articles: [{ id: 'saohei-zhengzhi-zhanwei' }, { id: 'second' }],
		promos: [
			{ id: 'drawn', data: { qr: { alt: '二维码', caption: '扫码' } } },
			{ id: 'to-advertiser', data: { qr: { url: 'https://advertiser.example/sign-up', alt: '二维码', caption: '扫码' } } },
			{ id: 'own-picture', data: { qr: { image: { src: '/qr.png' }, alt: '二维码', caption: '扫码' } } },
			{ id: 'no-qr', data: {} },
		],
	}),
}));
const articleQr = await import('../../src/pages/articles/[slug]/qr.svg');
const promoQr = await import('../../src/pages/promos/[id]/qr.svg');

const svgOf = async (response: Response) => {
	expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
	return decodeQr(await response.text());
};

describe('the QR endpoints', () => {
	test('one code per article, of its own address, keyed by that address', async () => {
		const paths = await articleQr.getStaticPaths();
		const target = absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei'));
		const second = absoluteUrl(ROUTES.article('second'));
		expect(paths).toEqual([
			{ params: { slug: 'saohei-zhengzhi-zhanwei' }, props: { target }, cacheKey: cacheKey(target) },
			{ params: { slug: 'second' }, props: { target: second }, cacheKey: cacheKey(second) },
		]);
		const answers = await Promise.all(
			paths.map((path) => articleQr.GET({ props: path.props } as unknown as Parameters<typeof articleQr.GET>[0])),
		);
		expect(await Promise.all(answers.map(svgOf))).toEqual([target, second]);
	});

	test('one code per promo with a QR and no picture of its own: the advertiser’s address, else the promo’s page', async () => {
		const paths = await promoQr.getStaticPaths();
		expect(paths.map((path) => [path.params.id, path.cacheKey])).toEqual([
			['drawn', cacheKey(absoluteUrl(ROUTES.promo('drawn')))],
			['to-advertiser', cacheKey('https://advertiser.example/sign-up')],
		]);
		const answers = await Promise.all(
			paths.map((path) => promoQr.GET({ props: path.props } as unknown as Parameters<typeof promoQr.GET>[0])),
		);
		expect(await Promise.all(answers.map(svgOf))).toEqual([
			absoluteUrl(ROUTES.promo('drawn')),
			'https://advertiser.example/sign-up',
		]);
	});
});
