import { describe, expect, test } from 'vitest';
import {
	CALENDAR_DATE_PATTERN,
	beijingDay,
	beijingYearMonth,
	formatChineseDate,
	newestDate,
	parseContentDate,
	toIsoBeijing,
	toRfc822Beijing,
} from '../../src/lib/dates';

describe('parseContentDate reads editors’ dates as Beijing time', () => {
	test.each([
		['a bare day', '2019-07-01', '2019-07-01T00:00:00+08:00'],
		['a Date, as the exact instant it is', new Date(Date.UTC(2019, 6, 1)), '2019-07-01T08:00:00+08:00'],
		['08:00 in Beijing, which is midnight UTC', '2019-07-01T08:00:00+08:00', '2019-07-01T08:00:00+08:00'],
		['a time without offset', '2019-07-01 08:30', '2019-07-01T08:30:00+08:00'],
		['a time with offset', '2019-07-01T08:30:00+08:00', '2019-07-01T08:30:00+08:00'],
		['a UTC time', '2019-06-30T23:00:00Z', '2019-07-01T07:00:00+08:00'],
		['an offset without its colon', '2019-07-01T08:30:00+0800', '2019-07-01T08:30:00+08:00'],
		['an offset west of Greenwich', '2019-06-30T20:30-04:00', '2019-07-01T08:30:00+08:00'],
		['seconds with a fraction', '2019-07-01 08:30:15.5', '2019-07-01T08:30:15+08:00'],
		['spaces around it', ' 2019-07-01 ', '2019-07-01T00:00:00+08:00'],
		['29 February of a leap year', '2020-02-29', '2020-02-29T00:00:00+08:00'],
	])('%s', (_name, input, iso) => {
		const date = parseContentDate(input);
		expect(date && toIsoBeijing(date)).toBe(iso);
	});

	test.each([
		['2019-13-01'],
		['2019-13-45'],
		['2019-02-30'],
		['2019-02-29'],
		['2019-04-31'],
		['2019-07-00'],
		['2019-00-10'],
		// Date.UTC reads the years 0–99 as 1900–1999: no such day is what the editor wrote.
		['0019-07-01'],
		// JavaScript reads these, but an editor's date is written in full.
		['2019-07Z'],
		['2019-07-01t08:30:00Z'],
		['2019-07-01T08:30:00+08'],
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

test('beijingDay and beijingYearMonth: the calendar in Beijing, where 16:00 UTC is already tomorrow', () => {
	const moment = new Date('2019-12-31T16:00:00Z');
	expect([beijingDay(moment), beijingYearMonth(moment)]).toEqual([
		{ year: 2020, month: 1, day: 1 },
		{ year: 2020, month: 1 },
	]);
	expect(beijingDay(new Date('2019-12-31T15:59:59Z'))).toEqual({ year: 2019, month: 12, day: 31 });
});

test.each([
	['2019-07-01T08:05:09+08:00', 'Mon, 01 Jul 2019 08:05:09 +0800'],
	// Sunday 23:30 UTC is Monday morning in Beijing: the weekday is Beijing's too.
	['2019-06-30T23:30:00Z', 'Mon, 01 Jul 2019 07:30:00 +0800'],
	['2020-02-29T00:00:00+08:00', 'Sat, 29 Feb 2020 00:00:00 +0800'],
	['2019-12-31T20:00:00Z', 'Wed, 01 Jan 2020 04:00:00 +0800'],
])('toRfc822Beijing %s → %s', (input, rfc822) => {
	expect(toRfc822Beijing(parseContentDate(input)!)).toBe(rfc822);
});

describe('newestDate: the latest change among entries', () => {
	const entry = (pubDate: string, updatedDate?: string) => ({
		data: { pubDate: new Date(pubDate), updatedDate: updatedDate === undefined ? undefined : new Date(updatedDate) },
	});

	test.each([
		['none', [], undefined],
		['one', [entry('2019-07-01')], '2019-07-01'],
		['the newest wherever it stands', [entry('2019-07-01'), entry('2019-09-01'), entry('2019-08-01')], '2019-09-01'],
		['an update counts as the change', [entry('2019-07-01', '2019-10-01'), entry('2019-09-01')], '2019-10-01'],
	])('%s', (_name, entries, newest) => {
		expect(newestDate(entries)?.toISOString().slice(0, 10)).toBe(newest);
	});

	test('of equal dates, the first is kept', () => {
		const first = entry('2019-07-01');
		expect(newestDate([first, entry('2019-07-01')])).toBe(first.data.pubDate);
	});
});

describe('CALENDAR_DATE_PATTERN: the day rule of the editors’ JSON Schemas', () => {
	test('agrees with parseContentDate on every month-day of two years (00–13, 00–32), but 29 February of a common year', () => {
		const disagree: string[] = [];
		for (const year of [2019, 2020])
			for (let month = 0; month <= 13; month++)
				for (let day = 0; day <= 32; day++) {
					const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					if (CALENDAR_DATE_PATTERN.test(iso) !== (parseContentDate(iso) !== undefined)) disagree.push(iso);
				}
		expect(disagree).toEqual(['2019-02-29']);
	});

	test.each([
		['2019-07-01T08:30:00+08:00', true],
		['2019-07-01T08:30+0800', true],
		['2019-07-01 08:30:00.5Z', true],
		['2019-07-01T24:00:00+08:00', false],
		['2019-07-01T08:60:00+08:00', false],
		['2019-7-1', false],
	])('%s: %s', (value, valid) => {
		expect(CALENDAR_DATE_PATTERN.test(value)).toBe(valid);
	});
});
