import { expect, test } from 'vitest';
import { promoStatus } from '../../../src/lib/content/promo-dates';

const from = new Date('2026-11-01T00:00:00+08:00');
const through = new Date('2026-11-30T23:59:59.999+08:00');

test.each([
	['before it starts', new Date('2026-10-31T23:59:59.999+08:00'), 'upcoming'],
	['the moment it starts', from, 'active'],
	['the last moment of its last day', through, 'active'],
	['a moment after', new Date(through.getTime() + 1), 'expired'],
])('promoStatus: %s', (_name, now, status) => {
	expect(promoStatus({ validFrom: from, validThrough: through }, now)).toBe(status);
});

test('with no dates an ad always runs', () => {
	expect(promoStatus({}, new Date(0))).toBe('active');
});
