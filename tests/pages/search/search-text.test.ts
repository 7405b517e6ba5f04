import { describe, expect, test } from 'vitest';
import { indexedText, queryTerms } from '../../../src/lib/site/search-words';
import { EXCERPT_LENGTH, excerpt } from '../../../src/pages/search/_search-text';

/**
 * Pagefind's text of a page, as its index gives it: the pieces (a heading first) cut into
 * search's words, one space between words, and a Latin ". " after a heading.
 */
function pagefindText(...pieces: { heading?: string; text?: string }[]): string {
	let last = '';
	let out = '';
	for (const piece of pieces) {
		const indexed = indexedText(piece.heading ?? piece.text ?? '', last);
		last = indexed.last;
		out += `${indexed.text}${piece.heading ? '. ' : ' '}`;
	}
	return out.replace(/\s+/gu, ' ').trim();
}

const TITLE = '全市扫黑除恶专项斗争系列述评之政治站位篇';
/** The seed article's page, its start. */
const CONTENT = pagefindText(
	{ heading: TITLE },
	{
		text: '扫黑除恶专项斗争是习近平总书记亲自批示部署、持续强力推动的一项重大政治任务。将专项斗争不断推向纵深、实现既定目标，关键在各级领导的思想认识，关键在各级领导的政治站位。',
	},
	{ heading: '突出政治站位 及早谋划部署' },
	{
		text: '乌兰察布市始终将扫黑除恶专项斗争作为增强“四个意识”、坚定“四个自信”、践行“两个维护”的重大政治工程，加强领导，高位推进。',
	},
	{ text: '2018年1月25日，也就是自治区扫黑除恶专项斗争推进会召开的前10天。' },
);

describe('excerpt', () => {
	test('leaves out the title, marks every occurrence of the whole query, and says where it was cut', () => {
		const shown = excerpt(CONTENT, TITLE, queryTerms('政治站位'));
		expect(shown.cutBefore).toBe(true);
		expect(shown.cutAfter).toBe(true);
		expect(shown.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['政治站位', '政治站位']);
		const text = shown.parts.map((part) => part.text).join('');
		expect(text).toHaveLength(EXCERPT_LENGTH);
		expect(text).not.toContain(TITLE);
		// The heading is set apart by an ideographic space, not glued on with a Latin ". ".
		expect(text).toContain('及早谋划部署\u3000乌兰察布市');
		expect(text).not.toMatch(/\. /);
	});

	test('a match near the start is shown from the start, not cut', () => {
		const shown = excerpt(CONTENT, TITLE, queryTerms('扫黑除恶'));
		expect(shown.cutBefore).toBe(false);
		expect(shown.parts[0]).toEqual({ text: '扫黑除恶', mark: true });
	});

	test('a short text is shown whole', () => {
		expect(excerpt(pagefindText({ heading: '短讯' }, { text: '乌兰察布今日晴。' }), '短讯', ['乌兰察布'])).toEqual({
			parts: [
				{ text: '乌兰察布', mark: true },
				{ text: '今日晴。', mark: false },
			],
			cutBefore: false,
			cutAfter: false,
		});
	});

	test('where words overlap, the longer is marked whole', () => {
		expect(excerpt(pagefindText({ heading: '察布' }, { text: '乌兰察布市' }), '察布', ['察布', '乌兰察布']).parts).toEqual([
			{ text: '乌兰察布', mark: true },
			{ text: '市', mark: false },
		]);
	});

	const body = '。'.repeat(30) + '甲乙丙' + '。'.repeat(30) + '丁戊' + '。'.repeat(100);
	const plain = (shown: ReturnType<typeof excerpt>) =>
		shown.parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

	test('the window starts 24 characters before the first place any term is, and runs 90', () => {
		const shown = excerpt(body, '', ['丁戊', '甲乙丙']);
		expect(plain(shown)).toBe(`${'。'.repeat(24)}[甲乙丙]${'。'.repeat(30)}[丁戊]${'。'.repeat(31)}`);
		expect(shown).toMatchObject({ cutBefore: true, cutAfter: true });
	});

	test('no term in the text: the text from its start', () => {
		const shown = excerpt(body, '', ['己']);
		expect(plain(shown)).toBe(`${'。'.repeat(30)}甲乙丙${'。'.repeat(30)}丁戊${'。'.repeat(25)}`);
		expect(shown).toMatchObject({ cutBefore: false, cutAfter: true });
	});

	test('a term at the very start counts as found', () => {
		expect(plain(excerpt(`甲乙${'。'.repeat(100)}丙`, '', ['丙', '甲乙']))).toMatch(/^\[甲乙\]/);
	});

	test('letters are found whatever their case, and shown as written', () => {
		expect(plain(excerpt('乌兰察布开通G6高速。', '', queryTerms('g6')))).toBe('乌兰察布开通[G6]高速。');
	});

	test('the title is left out only where the text starts with it; the dots and spaces after it go', () => {
		expect(plain(excerpt('短讯. \u3000 乌兰察布今日晴。', '短讯', []))).toBe('乌兰察布今日晴。');
		expect(plain(excerpt('另文. 短讯乌兰察布。', '短讯', []))).toBe('另文\u3000短讯乌兰察布。');
		expect(plain(excerpt('. . 乌兰察布。', '', []))).toBe('乌兰察布。');
	});
});
