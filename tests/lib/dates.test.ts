import { describe, expect, test } from 'vitest';
import { formatChineseDate, parseContentDate, toIsoBeijing } from '../../src/lib/dates';

describe('parseContentDate reads editors’ dates as Beijing time', () => {
	test.each([
		['a bare day', '2019-07-01', '2019-07-01T00:00:00+08:00'],
		['a Date, as the exact instant it is', new Date(Date.UTC(2019, 6, 1)), '2019-07-01T08:00:00+08:00'],
		['08:00 in Beijing, which is midnight UTC', '2019-07-01T08:00:00+08:00', '2019-07-01T08:00:00+08:00'],
		['a time without offset', '2019-07-01 08:30', '2019-07-01T08:30:00+08:00'],
		['a time with offset', '2019-07-01T08:30:00+08:00', '2019-07-01T08:30:00+08:00'],
		['a UTC time', '2019-06-30T23:00:00Z', '2019-07-01T07:00:00+08:00'],
	])('%s', (_name, input, iso) => {
		const date = parseContentDate(input);
		expect(date && toIsoBeijing(date)).toBe(iso);
	});

	test.each([
		['2019-13-01'],
		['2019-13-45'],
		['2019-02-30'],
		['七月一日'],
		['2019/07/01'],
		[''],
		[20190701],
		[null],
		[new Date('nope')],
	])('rejects %s', (input) => {
		expect(parseContentDate(input)).toBeUndefined();
	});
});

test('with endOfDay, a bare day means its last moment and a written time is kept', () => {
	expect(parseContentDate('2019-08-31', { endOfDay: true })?.toISOString()).toBe('2019-08-31T15:59:59.999Z');
	expect(parseContentDate('2019-08-31T18:00:00+08:00', { endOfDay: true })?.toISOString()).toBe('2019-08-31T10:00:00.000Z');
});

describe('formatChineseDate', () => {
	test.each([
		['2019-07-01', '2019年7月1日'],
		['2019-12-31T23:30:00+08:00', '2019年12月31日'],
		// 20:00 UTC on 31 Dec is already New Year’s Day in Beijing.
		['2019-12-31T20:00:00Z', '2020年1月1日'],
	])('%s → %s', (input, shown) => {
		expect(formatChineseDate(parseContentDate(input)!)).toBe(shown);
	});
});
