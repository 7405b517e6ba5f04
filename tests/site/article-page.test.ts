import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { absoluteUrl, ROUTES } from '../../src/lib/site/urls';
import { distFile, readPage, textOf } from '../helpers/dist';
import { decodeQr } from '../helpers/qr';
import { SEED_ARTICLE, sentences } from '../helpers/seed';

const page = readPage('articles/saohei-zhengzhi-zhanwei');
const article = page.querySelector('article');
const articleText = article ? textOf(article) : '';

describe('the seed commentary on its article page', () => {
	test('every sentence of the seed appears in order, with only the two repairs', () => {
		const units = SEED_ARTICLE.flatMap(sentences);
		// The seed has 34 sentences and headings; fewer would mean the splitting went wrong.
		expect(units.length).toBeGreaterThanOrEqual(34);
		let from = 0;
		for (const unit of units) {
			const at = articleText.indexOf(unit, from);
			expect(at, `missing or out of order: ${unit}`).toBeGreaterThanOrEqual(from);
			from = at + unit.length;
		}
	});

	test('the body is the seed’s text and nothing else: no sentence added, dropped or changed', () => {
		const squash = (text: string) => text.replace(/\s+/g, '');
		const seedBody = SEED_ARTICLE.filter((paragraph) => !paragraph.startsWith('# ') && paragraph !== '（乌兰察布市扫黑办）')
			.map((paragraph) => paragraph.replace(/^## /, ''))
			.join('');
		expect(squash(article?.querySelector('.prose')?.text ?? '')).toBe(squash(seedBody));
	});

	test('the words split by print breaks are joined', () => {
		for (const word of ['督导检查等各项工作', '政治责任，完善形成', '成员单位主要负责人进行了约谈']) {
			expect(articleText).toContain(word);
		}
	});

	test('no half-width punctuation is left next to Chinese text', () => {
		expect(articleText).not.toMatch(/\p{Script=Han}[,:;!?()]|[,:;!?()]\p{Script=Han}/u);
	});

	test('the source line closes the article text, in full-width brackets', () => {
		const footer = article?.querySelector('footer.article-footer');
		expect(footer?.querySelector('p')?.text).toBe('（乌兰察布市扫黑办）');
		expect(article?.innerHTML.indexOf('class="article-footer')).toBeGreaterThan(
			article?.innerHTML.indexOf('class="prose') ?? Infinity,
		);
	});

	test('the quotation is set as a pull quote', () => {
		expect(article?.querySelector('.pull-quote blockquote')?.text.trim()).toBe('“正确的路线确定之后，干部就是决定的因素”。');
	});

	test('four ## sections become h2 headings in order, with the printed space', () => {
		expect(article?.querySelectorAll('.prose h2').map((h) => h.text)).toEqual([
			'突出政治站位 及早谋划部署',
			'加强组织领导 健全工作机制',
			'压实政治责任 强化统筹调度',
			'强化督导检查 狠抓整改落实',
		]);
	});

	test('kicker, headline and dateline', () => {
		// The headline names the series and the part, so the kicker shows the section only.
		const shown = page.querySelectorAll('.kicker > :not([hidden])').map((item) => item.text);
		expect(shown).toEqual(['政法']);
		expect(page.querySelectorAll('.kicker [hidden]').map((item) => item.getAttribute('data-pagefind-filter'))).toEqual(['系列']);
		expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual(['全市扫黑除恶专项斗争系列述评之政治站位篇']);
		const time = page.querySelector('.dateline time');
		expect(time?.text).toBe('2019年7月1日');
		expect(time?.getAttribute('datetime')).toBe('2019-07-01T00:00:00+08:00');
		expect(textOf(page.querySelector('.dateline')!)).toMatch(/来源：乌兰察布市扫黑办.*阅读约 \d+ 分钟/);
	});

	test('series navigation marks this installment as current', () => {
		const nav = page.querySelector('nav.series-nav');
		expect(nav?.querySelector('[aria-current="page"]')?.text).toContain('政治站位篇');
		expect(nav?.querySelector('h2 a')?.getAttribute('href')).toBe('/series/saohei-chu-e/');
	});

	test('the ad sits after the article, outside it, in an aside labelled 广告', () => {
		const aside = page.querySelector('main aside.promo');
		expect(aside).not.toBeNull();
		expect(article?.querySelector('aside')).toBeNull();
		const label = (aside?.getAttribute('aria-labelledby') ?? '')
			.split(' ')
			.map((id) => page.getElementById(id)?.text.trim())
			.join(' ');
		expect(label).toBe('广告 江南研学夏令营');
		expect(page.querySelector('main')?.innerHTML.indexOf('<aside')).toBeGreaterThan(
			page.querySelector('main')?.innerHTML.indexOf('</article>') ?? Infinity,
		);
	});

	test('a long read ends with 回到顶部, pointing at the top of the page', () => {
		const link = page.querySelector('.back-to-top a');
		expect(link?.text).toBe('回到顶部');
		expect(link?.getAttribute('href')).toBe('#top');
		expect(page.querySelector('body')?.getAttribute('id')).toBe('top');
	});

	test('a table of contents lists the four sections, each linking to its heading, closed until opened (phones)', () => {
		expect(page.querySelector('nav.toc details')?.hasAttribute('open')).toBe(false);
		expect(page.querySelector('nav.toc summary')?.text).toBe('目录');
		const links = page.querySelectorAll('nav.toc a');
		expect(links.map((a) => a.text)).toEqual(article?.querySelectorAll('.prose h2').map((h) => h.text));
		for (const link of links) expect(page.getElementById((link.getAttribute('href') ?? '').slice(1)), link.text).not.toBeNull();
	});

	test('the share QR code decodes to the article’s own address', async () => {
		const img = page.querySelector('.share-qr img');
		expect(img?.getAttribute('alt')).toBe('《全市扫黑除恶专项斗争系列述评之政治站位篇》手机阅读页的二维码');
		expect(await decodeQr(readFileSync(distFile(img?.getAttribute('src') ?? '')))).toBe(
			absoluteUrl(ROUTES.article('saohei-zhengzhi-zhanwei')),
		);
	});

	test('no literal Markdown emphasis marks reach the reader', () => {
		expect(textOf(page.querySelector('body')!)).not.toContain('**');
	});
});
