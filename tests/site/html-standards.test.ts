import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { distFile, readerPages } from '../helpers/dist';

const validator = new HtmlValidate();
const pages = readerPages();

test.each(pages)('%s passes html-validate (recommended preset, .htmlvalidate.json)', async (page) => {
	const report = await validator.validateString(readFileSync(distFile(page), 'utf8'), page);
	const errors = report.results.flatMap((result) =>
		result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
	);
	expect(errors).toEqual([]);
});

// html-validate reads past it; the W3C Nu checker does not: a script after </html> is an error there.
test.each(pages)('%s: nothing after </html>', (page) => {
	expect(readFileSync(distFile(page), 'utf8').trimEnd()).toMatch(/<\/html>$/);
});
