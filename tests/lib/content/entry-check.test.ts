/** The web editor's check: the gate's own lines for one file, with the other files' ids given. */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/gate';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics';
import { checkEntry, type KnownIds } from '../../../src/lib/content/entry-check';
import { promos, sections, series } from '../../../src/lib/editor/content-lists';
import { article, NOW, SITE } from '../../helpers/gate';

/** The ids the web editor is built with (pipeline/web-editor.ts), read from the project's content/, as SITE's files are. */
const KNOWN: KnownIds = {
	sections: sections('.'),
	series: series('.').map((entry) => entry.id),
	promos: promos('.').map((entry) => entry.id),
};
const text = (file: { bytes: Uint8Array }) => new TextDecoder().decode(file.bytes);
const lines = (file: { path: string; bytes: Uint8Array }) =>
	(checkEntry(file.path, text(file), KNOWN, NOW)).map(formatDiagnostic);
const gateLines = async (file: { path: string; bytes: Uint8Array }) =>
	(await checkContent([...SITE, file], NOW)).diagnostics.filter((d) => d.file === file.path).map(formatDiagnostic);

describe('the same lines as content:check prints for that file', () => {
	test.each([
		['an update before the article’s date', article('正文。\n', 'updatedDate: 2019-06-01\n')],
		['a javascript: link', article('见[全文](javascript:alert(1))。\n')],
		['half-width punctuation and a print break', article('全市政法系统,信息报送和督导检\n\n查等各项工作。\n')],
		['a section written by its Chinese name', sectionAs('政法')],
		['a section that does not exist', sectionAs('zhengfa')],
		['a tag the subset refuses', article('正文<script>alert(1)</script>。\n')],
		['a <Promo> naming no ad', article('正文。\n\n<Promo id="no-such-ad" />\n')],
		['a misspelt field', article('正文。\n', 'sumary: 摘要\n')],
	])('%s', async (_name, file) => {
		const expected = await gateLines(file);
		expect(expected.length).toBeGreaterThan(0);
		expect(lines(file)).toEqual(expected);
	});

	test('a clean article: nothing', async () => {
		expect(lines(article('正文。\n'))).toEqual([]);
	});
});

/** An article whose section is written as the name readers see. */
function sectionAs(name: string) {
	const file = article('正文。\n');
	return { ...file, bytes: new TextEncoder().encode(text(file).replace('section: politics-law', `section: ${name}`)) };
}

describe('what it cannot know, it does not say', () => {
	test('a picture is judged by its path only: the files are not at hand', async () => {
		const figure = (src: string) => article(`<Figure src="${src}" alt="图" caption="说明" />\n`);
		expect(lines(figure('./images/not-uploaded-here.jpg'))).toEqual([]);
		expect(lines(figure('../../secret.jpg'))).toEqual([
			expect.stringContaining('图片「../../secret.jpg」在 content/ 之外'),
		]);
	});

	test('ids it is given are known: a series and an ad that exist pass, others are named', async () => {
		const fields = 'series: saohei-chu-e\npart: 一\nseriesOrder: 1\npromos:\n  - jiangnan-study-tour\n';
		expect(lines(article('正文。\n', fields))).toEqual([]);
		const wrong = lines(article('正文。\n', 'series: saohei\npart: 一\nseriesOrder: 1\n'));
		expect(wrong).toEqual(['content/articles/test.mdx:6:1: 错误 series：找不到系列「saohei」，是不是 saohei-chu-e？']);
	});

	test('the ads not given (the deployed editor): no ad named is judged, in the fields or the body', () => {
		const { promos: _, ...withoutAds } = KNOWN;
		const file = article('正文。\n\n<Promo id="no-such-ad" />\n', 'promos:\n  - another-ad\n');
		expect(checkEntry(file.path, text(file), withoutAds, NOW)).toEqual([]);
		expect(lines(file)).toEqual([
			expect.stringContaining('找不到广告「another-ad」'),
			expect.stringContaining('找不到广告「no-such-ad」'),
		]);
	});

	test('nothing of any other file (no sections.yaml given is not its problem)', async () => {
		const diagnostics = checkEntry('content/articles/test.mdx', text(article('正文。\n')), KNOWN, NOW);
		expect(diagnostics.every((d) => d.file === 'content/articles/test.mdx')).toBe(true);
	});
});
