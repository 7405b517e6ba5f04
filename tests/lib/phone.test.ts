import { describe, expect, test } from 'vitest';
import { formatPhone, isValidPhone, PHONE_PATTERN, telHref } from '../../src/lib/phone';

describe('isValidPhone', () => {
	test.each([
		['13304743215', true],
		['133 0474 3215', true],
		['133-0474-3215', true],
		['19912345678', true],
		['0474-8888888', true],
		['010-12345678', true],
		['12304743215', false], // second digit must be 3–9
		['1330474321', false], // ten digits
		['133047432155', false],
		['1330474321O', false], // letter O, not zero
		['abc', false],
		['', false],
		['474-8888888', false], // landline without the leading 0 of the area code
		['+86 133 0474 3215', true],
		['0086-13304743215', true],
		['013304743215', false], // a mobile with a stray 0 is not a landline: no area code starts 013
		['0474-888888', false], // six-digit local number
		['021-1234567', false], // Shanghai numbers have eight digits
	])('%s → %s', (raw, valid) => {
		expect(isValidPhone(raw)).toBe(valid);
	});
});

describe('formatPhone groups for reading aloud', () => {
	test.each([
		['13304743215', '133 0474 3215'],
		['133-0474-3215', '133 0474 3215'],
		['15164706459', '151 6470 6459'],
		['04748888888', '0474 8888888'],
		['010-12345678', '010 12345678'],
	])('%s → %s', (raw, shown) => {
		// No-break spaces: a phone number must never wrap across two lines.
		expect(formatPhone(raw)).toBe(shown.replaceAll(' ', '\u00a0'));
	});
});

describe('telHref dials from anywhere', () => {
	test.each([
		['133 0474 3215', 'tel:+8613304743215'],
		['+86 133 0474 3215', 'tel:+8613304743215'],
		['0474-8888888', 'tel:+864748888888'],
	])('%s → %s', (raw, href) => {
		expect(telHref(raw)).toBe(href);
	});
});

describe('PHONE_PATTERN: isValidPhone as one regular expression (for the editors’ JSON Schemas)', () => {
	const TABLE = [
		'13304743215',
		'133 0474 3215',
		'+86 133 0474 3215',
		'+ 86 13304743215',
		' +8613304743215',
		'0086-13304743215',
		'00 86 133 0474 3215',
		'8613304743215',
		'+13304743215',
		'0013304743215',
		'(0474)8888888',
		'0474-8888888 ',
		'010-1234 5678',
		'021-1234567',
		'0474-888888',
		'0474-88888888',
		'1330474321O',
		'１３３０４７４３２１５',
		'133　0474　3215',
		'',
	];
	test.each(TABLE)('%j: the same verdict', (raw) => {
		expect(PHONE_PATTERN.test(raw)).toBe(isValidPhone(raw));
	});

	test('the same verdict on 20,000 strings made of digits, separators, + and letters', () => {
		// A fixed sequence (a linear congruential generator), so a failure can be replayed.
		let seed = 20191206;
		const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
		const alphabet = ['0', '0', '1', '1', '3', '4', '7', '8', '6', '2', '9', ' ', '-', '(', ')', '（', '+', 'O', '5'];
		for (let i = 0; i < 20_000; i++) {
			const length = 8 + next(10);
			const prefix = ['', '+86', '0086', '1', '0', '010', '0474'][next(7)]!;
			const raw = prefix + Array.from({ length }, () => alphabet[next(alphabet.length)]).join('');
			expect(PHONE_PATTERN.test(raw), raw).toBe(isValidPhone(raw));
		}
	});

	test('linear: a long run of separators is refused at once', () => {
		const started = performance.now();
		expect(PHONE_PATTERN.test(`1${' '.repeat(50_000)}x`)).toBe(false);
		expect(performance.now() - started).toBeLessThan(200);
	});
});
