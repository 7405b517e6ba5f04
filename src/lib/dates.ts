import { formatDateParts } from '../strings';

/** Beijing time is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
const OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = OFFSET_MINUTES * 60_000;

function beijingParts(date: Date) {
	const shifted = new Date(date.getTime() + OFFSET_MS);
	return {
		year: shifted.getUTCFullYear(),
		month: shifted.getUTCMonth() + 1,
		day: shifted.getUTCDate(),
		hour: shifted.getUTCHours(),
		minute: shifted.getUTCMinutes(),
		second: shifted.getUTCSeconds(),
	};
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Year, month (1–12) and day of a moment, in Beijing. */
export function beijingDay(date: Date): { year: number; month: number; day: number } {
	const { year, month, day } = beijingParts(date);
	return { year, month, day };
}

/** Year and month (1–12) of a moment, in Beijing. */
export function beijingYearMonth(date: Date): { year: number; month: number } {
	const { year, month } = beijingParts(date);
	return { year, month };
}

/** 2019年7月1日, the calendar day in Beijing. */
export function formatChineseDate(date: Date): string {
	const { year, month, day } = beijingParts(date);
	return formatDateParts(year, month, day);
}

/** 2019-07-01T00:00:00+08:00: machine-readable, for `<time datetime>` and metadata. */
export function toIsoBeijing(date: Date): string {
	const p = beijingParts(date);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+08:00`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A day and time; its one group is the offset, where written. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** What either form looks like (not whether the day exists), for editors' tools: both patterns in one. */
/**
 * CONTENT_DATE_FORMAT with the calendar's months and days (no 2019-13-45, no 04-31, no 02-30),
 * for the editors' JSON Schemas; only 29 February of a year that has none is left to the check.
 */
export const CALENDAR_DATE_PATTERN =
	/^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

export const CONTENT_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reads a date as an editor writes it. A bare day (2019-07-01) is that day in Beijing, from its
 * first moment, or with `endOfDay` its last (for "valid through" dates); a time without an
 * offset is Beijing time too, since that is where the paper is made. A Date is taken as the
 * exact instant it is. Returns undefined when the value is not a real date.
 */
export function parseContentDate(value: unknown, { endOfDay = false } = {}): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const day = DATE_ONLY.exec(text);
	if (day) {
		const utc = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
		// A day that does not exist (2019-02-30) rolls over into another, and years 0–99 are read as
		// 1900–1999: either way the day read back is not the day written.
		if (utc.toISOString().slice(0, 10) !== text) return undefined;
		return new Date(utc.getTime() - OFFSET_MS + (endOfDay ? DAY_MS - 1 : 0));
	}
	const time = DATE_TIME.exec(text);
	if (!time) return undefined;
	const [, offset] = time;
	const withOffset = offset ? text : `${text}+08:00`;
	const parsed = new Date(withOffset.replace(' ', 'T'));
	return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Mon, 01 Jul 2019 00:00:00 +0800: RFC 822 as RSS wants it, in Beijing time. */
export function toRfc822Beijing(date: Date): string {
	const p = beijingParts(date);
	const weekday = DAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
	return `${weekday}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0800`;
}

/** The latest change among entries: updatedDate where given, else pubDate. */
export function newestDate(entries: readonly { data: { pubDate: Date; updatedDate?: Date | undefined } }[]): Date | undefined {
	let newest: Date | undefined;
	for (const { data } of entries) {
		const date = data.updatedDate ?? data.pubDate;
		if (!newest || date > newest) newest = date;
	}
	return newest;
}
