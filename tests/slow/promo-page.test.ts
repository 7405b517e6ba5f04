import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { distFile, readPage, textOf } from '../helpers/dist';
import { buildCopy } from '../helpers/build';
import { decodeQr } from '../helpers/qr';
import { SEED_AD } from '../helpers/seed';

const page = readPage('promos/jiangnan-study-tour');
const aside = page.querySelector('aside.promo');
const adText = aside ? textOf(aside) : '';

describe('the study-tour ad on its promo page', () => {
	test('every line of the printed ad is there', () => {
		for (const line of SEED_AD) {
			const printed = line.replace(/^#+\s*/, '').replace(/^(1\d{2})(\d{4})(\d{4})/, '$1 $2 $3');
			expect(adText, line).toContain(printed);
		}
	});

	test('the 广告 label is visible text, first in the block', () => {
		expect(aside?.firstElementChild?.text).toBe('广告');
	});

	test('the QR code is a small SVG that decodes to this page’s absolute URL', async () => {
		const img = aside?.querySelector('img.qr__img');
		expect(img?.getAttribute('alt')).toBe('江南研学夏令营报名信息页的二维码');
		expect(Number(img?.getAttribute('width'))).toBeGreaterThan(100);
		expect(img?.getAttribute('height')).toBe(img?.getAttribute('width'));
		const svg = readFileSync(distFile(img?.getAttribute('src') ?? ''));
		expect(svg.length).toBeLessThanOrEqual(3 * 1024);
		expect(await decodeQr(svg)).toBe(absoluteUrl(ROUTES.promo('jiangnan-study-tour')));
	});
});

describe('an ad with details (a fixture: the seed ad has none)', () => {
	const build = buildCopy({
		'content/promos/tour-details.yaml':
			'title: 研学营详情\nqr:\n  alt: 详情页二维码\n  caption: 扫码看行程\ndetails: |\n  ## 行程安排\n\n  第一天：绍兴鲁迅故里。\n\n  | 项目 | 费用 |\n  | --- | --- |\n  | 七日营 | 4980 元 |\n\n  [报名表](https://example.org/form)\n',
		'content/articles/tour-article.mdx':
			'---\ntitle: 研学营开营\nsummary: 研学营开营。\npubDate: 2019-07-02\nsection: politics-law\npromos:\n  - tour-details\n---\n\n正文。\n',
		'content/articles/ends-with-ad.mdx':
			'---\ntitle: 火山草原迎来游客\nsummary: 火山草原迎来游客。\npubDate: 2019-07-03\nsection: politics-law\nsource: 察右后旗文旅局\neditor: 王芳\n---\n\n第一段正文。\n\n<Promo id="jiangnan-study-tour" />\n\n最后一段正文。\n\n<Promo id="tour-details" />\n',
	});
	afterAll(() => build.remove());
	const read = (path: string) => parse(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));

	test('its page shows them inside the labelled ad, after the printed part, links marked as paid', () => {
		expect(build.status, build.output).toBe(0);
		const aside = read('promos/tour-details').querySelector('aside.promo');
		const details = aside?.querySelector('.promo__details');
		expect(details?.querySelector('h2')?.text).toBe('行程安排');
		expect(details?.querySelectorAll('td').map((cell) => cell.text)).toEqual(['七日营', '4980 元']);
		expect(details?.querySelector('a')?.getAttribute('rel')).toBe('sponsored noopener');
		expect(aside?.firstElementChild?.text).toBe('广告');
	});

	test('an ad that ends an article’s body is drawn after its source and 责任编辑 lines; one between paragraphs stays there', () => {
		const article = read('articles/ends-with-ad').querySelector('article.article')!;
		const prose = article.querySelector('.prose')!;
		expect(prose.querySelectorAll('aside.promo h2').map((title) => title.text)).toEqual(['江南研学夏令营']);
		expect(prose.querySelectorAll('p').at(-1)?.text).toBe('最后一段正文。');
		const footer = article.querySelector('footer.article-footer')!;
		expect(footer.querySelector('.source-line')?.text).toBe('（察右后旗文旅局）');
		expect(footer.nextElementSibling?.matches('aside.promo')).toBe(true);
		expect(footer.nextElementSibling?.querySelector('h2')?.text).toBe('研学营详情');
	});

	test('beside the article the ad keeps its printed size, and its phone link leads to the page that has them', () => {
		const aside = read('articles/tour-article').querySelector('aside.promo');
		expect(aside?.querySelector('h2')?.text).toBe('研学营详情');
		expect(aside?.querySelector('.promo__details')).toBeNull();
		expect(aside?.text).not.toContain('行程安排');
		expect(aside?.querySelector('a.qr__link')?.getAttribute('href')).toBe(ROUTES.promo('tour-details'));
	});
});
