import { expect, test } from 'vitest';
import { endsMidSentence, isPrintBreak } from '../../../src/lib/content/cjk-text';

test.each([
	['中文', true],
	['中文 ', true],
	['中文　\t', true],
	['中文a', false],
	['中文。', false],
	['中文。 ', false],
])('endsMidSentence(%j): judged on its last character that is not white space', (paragraph, mid) => {
	expect(endsMidSentence(paragraph)).toBe(mid);
});

test.each([
	['a # inside the paragraph', '见附件#2的督导检', true],
	['a < inside the paragraph', '温度<30度时督导检', true],
	['a heading', '## 督导检', false],
	['a tag', '<PullQuote>督导检', false],
	['a list item, indented', '  - 督导检', false],
])('isPrintBreak: %s', (_name, previous, joined) => {
	expect(isPrintBreak(previous, '查等各项工作。')).toBe(joined);
});
