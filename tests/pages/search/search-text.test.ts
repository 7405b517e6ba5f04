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
});
