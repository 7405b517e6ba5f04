import { describe, expect, test } from 'vitest';
import { writtenDates } from '../../src/lib/content-loader';

describe('writtenDates: the date fields as the editor typed them', () => {
	test('from MDX frontmatter, quotes and comments removed, body ignored', () => {
		const mdx = [
			'---',
			'title: 标题',
			'pubDate: 2019-07-01T08:00:00+08:00 # morning edition',
			"updatedDate: '2019-07-02'",
			'---',
			'',
			'pubDate: 2000-01-01 is body text, not a field',
		].join('\n');
		expect(writtenDates(mdx)).toEqual({ pubDate: '2019-07-01T08:00:00+08:00', updatedDate: '2019-07-02' });
	});

	test('from a YAML file, including days YAML would roll over', () => {
		expect(writtenDates('title: 广告\nvalidFrom: 2019-13-45\nvalidThrough: "2019-08-31"\n')).toEqual({
			validFrom: '2019-13-45',
			validThrough: '2019-08-31',
		});
	});

	test('nested keys are not top-level date fields', () => {
		expect(writtenDates('qr:\n  pubDate: 2019-07-01\n')).toEqual({});
	});
});
