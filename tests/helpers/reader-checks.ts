/**
 * What a reader on a phone must get from any page, checked inside the page by one self-contained
 * function, so the same lines run in Chromium (Playwright's `page.evaluate`) and in WebKit
 * (WebDriver's execute): two engines, one definition of right.
 */
export interface ReaderCheckInput {
	/** Words a line may never split in text that breaks between words only. */
	words: string[];
	/** Selector of the text that breaks between words only. */
	byWords: string;
	/** Height of the phone's first screen less an in-app browser's bars: some text must start above it. */
	firstScreen: number;
}

/** The seed's words a headline, kicker or the ad's short lines must keep whole (SPEC §5). */
export const WHOLE_WORDS = [
	'扫黑除恶',
	'专项斗争',
	'系列述评',
	'政治站位',
	'乌兰察布',
	'内蒙古',
	'晨报',
	'绍兴日报',
	'夏令营',
	'二维码',
	'微信同号',
];

/** Text that breaks only between words: headings, card titles, kickers, the ad's short lines, captions, navigation. */
export const BY_WORDS =
	'h1, h2, h3, .kicker, .card__kicker, .promo__presenter, .promo__subtitle, .promo__address, figcaption, nav a';

export const READER_CHECK_INPUT: ReaderCheckInput = { words: WHOLE_WORDS, byWords: BY_WORDS, firstScreen: 560 };

/**
 * Problems a reader would see on this page as drawn now: sideways scrolling, a word split, a line
 * starting with closing punctuation, a target under 44 px, an ad not labelled or its QR code not
 * drawn, text under 4.5:1 contrast, no text on the first screen. An empty list is a pass.
 */
export async function readerProblems({ words, byWords, firstScreen }: ReaderCheckInput): Promise<string[]> {
	const problems: string[] = [];
	const visible = (el: Element) => el.checkVisibility() && !el.closest('.visually-hidden, [hidden]');
	const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;

	// Every picture is to be drawn: lazy ones are asked for now (as a reader scrolling to them
	// would), and each is waited for, two seconds at most.
	await Promise.all(
		[...document.images]
			.filter((img) => !img.complete)
			.map(
				(img) =>
					new Promise((resolve) => {
						img.addEventListener('load', resolve, { once: true });
						img.addEventListener('error', resolve, { once: true });
						setTimeout(resolve, 2000);
						img.loading = 'eager';
					}),
			),
	);

	/** Each character of an element's text with where it is drawn. */
	const characters = (el: Element) => {
		const out: { char: string; top: number; left: number; size: number }[] = [];
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			if (!node.parentElement || !visible(node.parentElement)) continue;
			const size = parseFloat(getComputedStyle(node.parentElement).fontSize);
			for (let i = 0; i < node.data.length; i++) {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				// WebKit gives a character at a line break two boxes, an empty one at the end of the line
				// before: the character is where its widest box is.
				const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
				if (rect && rect.width > 0) out.push({ char: node.data[i]!, top: Math.round(rect.top), left: rect.left, size });
			}
		}
		return out;
	};

	const viewport = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth > viewport) {
		const wide = [...document.body.querySelectorAll('*')].filter(
			(el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible',
		);
		problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport} (${wide.map(name).join(', ')})`);
	}
	const scrolledInside = (el: Element) => {
		for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement)
			if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
		return false;
	};
	for (const el of [...document.body.querySelectorAll('*')].filter(visible)) {
		if (scrolledInside(el)) continue;
		const box = el.getBoundingClientRect();
		if ((box.width > 0 || box.height > 0) && (box.right > viewport + 1 || box.left < -1))
			problems.push(`${name(el)} sticks out: ${Math.round(box.left)}–${Math.round(box.right)} of ${viewport}`);
	}

	for (const el of [...document.querySelectorAll(byWords)].filter(visible)) {
		const chars = characters(el);
		const text = chars.map((c) => c.char).join('');
		for (const word of words)
			for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
				if (new Set(chars.slice(at, at + word.length).map((c) => c.top)).size > 1)
					problems.push(`「${word}」 split in 「${text}」`);
	}

	// clreq: no line starts with closing punctuation. A line starts where a character sits lower
	// than the one before it, in one block of text.
	const closing = new Set('，。、；：！？）》」』”’…—'.split(''));
	for (const el of [...document.querySelectorAll('p, li, h1, h2, h3, figcaption, dd, dt, blockquote')].filter(visible)) {
		const chars = characters(el).filter((c) => c.char.trim() !== '');
		for (let i = 1; i < chars.length; i++)
			if (chars[i]!.top > chars[i - 1]!.top + 2 && closing.has(chars[i]!.char) && chars[i]!.char !== chars[i - 1]!.char)
				problems.push(
					`a line starts with 「${chars[i]!.char}」 in 「${chars
						.map((c) => c.char)
						.join('')
						.slice(Math.max(0, i - 8), i + 4)}」`,
				);
	}

	// clreq 3.1.6: of two marks side by side in the text (”。), the first takes half an em, where the
	// browser trims it (text-spacing-trim) or the site's fallback does (line-breaks.ts HALT_CLASS).
	const closingThenMark = /^[”’」』）》，。、；：！？][“‘「『（《”’」』）》，。、；：！？]$/;
	for (const el of [...document.querySelectorAll('.prose p, .prose li')].filter(visible)) {
		const chars = characters(el);
		for (let i = 0; i + 1 < chars.length; i++) {
			const [first, next] = [chars[i]!, chars[i + 1]!];
			if (!closingThenMark.test(first.char + next.char) || first.top !== next.top) continue;
			// Uncompressed, the first mark advances a whole em and more (justification adds to it).
			const advance = (next.left - first.left) / first.size;
			if (advance > 0.8) problems.push(`「${first.char}${next.char}」: the first mark takes ${advance.toFixed(2)} em`);
		}
	}

	const inRunningText = (el: Element) => !!el.closest('.prose p, .prose li, .prose blockquote, .search__results p');
	for (const el of [...document.querySelectorAll('a[href], button, input, select, summary')].filter(visible)) {
		if (inRunningText(el)) continue;
		const box = el.getBoundingClientRect();
		if (box.width < 44 || box.height < 44)
			problems.push(
				`target ${name(el)} “${(el.textContent ?? '').trim().slice(0, 12)}” is ${Math.round(box.width)}×${Math.round(box.height)}`,
			);
	}

	for (const ad of [...document.querySelectorAll('.promo')].filter(visible)) {
		const label = ad.querySelector('.promo__label');
		if (!label || !visible(label) || label.textContent?.trim() !== '广告') problems.push('an ad without its visible 广告 label');
		for (const qr of ad.querySelectorAll<HTMLImageElement>('.promo__qr img'))
			if (!qr.complete || qr.naturalWidth === 0 || qr.getBoundingClientRect().width < 80)
				problems.push(`the ad's QR code ${qr.src} is not drawn`);
	}

	// WCAG 1.4.3: text against the first opaque background behind it.
	const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = ([r, g, b]: number[]) => {
		const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
		return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
	};
	const background = (el: Element | null): number[] => {
		for (; el; el = el.parentElement) {
			const color = rgb(getComputedStyle(el).backgroundColor);
			if (color.length === 3 || (color.length === 4 && color[3]! >= 0.99)) return color.slice(0, 3);
		}
		return [255, 255, 255];
	};
	const seen = new Set<string>();
	for (const el of [...document.body.querySelectorAll('*')].filter(visible)) {
		const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
		if (!ownText || el.closest('svg')) continue;
		const fg = luminance(rgb(getComputedStyle(el).color));
		const bg = luminance(background(el));
		const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
		const key = `${name(el)} ${ratio.toFixed(2)}`;
		if (ratio < 4.5 && !seen.has(key)) {
			seen.add(key);
			problems.push(`contrast ${ratio.toFixed(2)}:1 for ${name(el)} “${el.textContent!.trim().slice(0, 12)}”`);
		}
	}

	// Running text or a list's entries, not only a headline: what a reader came for starts on the first screen.
	const firstText = [...document.querySelectorAll('main p, main li')]
		.filter(visible)
		.map((el) => el.getBoundingClientRect().top)
		.sort((a, b) => a - b)[0];
	if (firstText === undefined || firstText > firstScreen)
		problems.push(`no text on the first screen (first at ${Math.round(firstText ?? -1)} px)`);

	return problems;
}

/** Eight real two-character sections, and long names, as a paper with a full navigation has them. */
export const MANY_SECTIONS = {
	short: ['政法', '经济', '民生', '文旅', '教育', '体育', '评论', '旗县'],
	long: ['乌兰察布新闻', '察右后旗动态', '集宁区民生', '乡村振兴专栏', '草原文化旅游', '体育健身', '时事评论', '旗县市区'],
};

/**
 * Puts `names` into the page's navigation in place of its sections (after 首页, as the site lists them) and
 * reports how its row is laid out: whether it scrolls, each link's place once the row is scrolled
 * to it (as a swipe does), and the row's box for a picture of its edges.
 */
export function navigationWith(names: string[]) {
	const list = document.querySelector('header nav ul')!;
	const home = list.querySelector('li')!;
	for (const section of list.querySelectorAll('li:has(a[href*="/sections/"])')) section.remove();
	for (const name of [...names].reverse()) {
		const item = home.cloneNode(true) as HTMLElement;
		const link = item.querySelector('a')!;
		link.textContent = name;
		link.removeAttribute('aria-current');
		home.after(item);
	}
	const viewport = document.documentElement.clientWidth;
	const links = [...list.querySelectorAll('a')].map((link) => {
		link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		const box = link.getBoundingClientRect();
		return {
			name: link.textContent!.trim(),
			inView: box.left >= -1 && box.right <= viewport + 1,
			width: box.width,
			height: box.height,
		};
	});
	list.scrollLeft = 0;
	const box = list.getBoundingClientRect();
	return {
		scrolls: list.scrollWidth > list.clientWidth,
		links,
		pageScrollsSideways: document.documentElement.scrollWidth > viewport,
		row: { left: box.left, right: box.right, top: box.top + window.scrollY, height: box.height },
		background: getComputedStyle(document.body).backgroundColor,
	};
}

/** Scrolls the navigation's row to its end. */
export function scrollNavigationToEnd(): void {
	const list = document.querySelector('header nav ul')!;
	list.scrollLeft = list.scrollWidth;
}

/**
 * Lines of the elements matching `selector` spread with wide gaps: a character, not a space, that
 * advances more than 1.4 em to the next on its line (a Han character takes 1 em, a letter about half;
 * justification stretched a line before a long unbreakable word by far more).
 */
export function stretchedGaps(selector: string): string[] {
	const found: string[] = [];
	for (const el of document.querySelectorAll(selector)) {
		const size = parseFloat(getComputedStyle(el).fontSize);
		const chars: { char: string; top: number; left: number }[] = [];
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
			for (let i = 0; i < node.data.length; i++) {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
				if (rect && rect.width > 0) chars.push({ char: node.data[i]!, top: Math.round(rect.top), left: rect.left });
			}
		for (let i = 0; i + 1 < chars.length; i++) {
			const [a, b] = [chars[i]!, chars[i + 1]!];
			if (a.top !== b.top || /\s/.test(a.char) || /\s/.test(b.char)) continue;
			const advance = (b.left - a.left) / size;
			if (advance > 1.4) found.push(`「${a.char}」 advances ${advance.toFixed(2)} em to 「${b.char}」`);
		}
	}
	return found;
}

/** How a figure's caption is set: the characters on its last line, and how many lines its credit takes. */
export function captionLines(): { lastLine: number; creditLines: number; text: string } {
	const caption = document.querySelector('figure figcaption')!;
	const tops = (el: Element) => {
		const out: number[] = [];
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
			for (let i = 0; i < node.data.length; i++) {
				if (/\s/.test(node.data[i]!)) continue;
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
				if (rect && rect.width > 0) out.push(Math.round(rect.top));
			}
		return out;
	};
	const all = tops(caption);
	const credit = caption.querySelector('.figure__credit');
	return {
		lastLine: all.filter((top) => top === all.at(-1)).length,
		creditLines: credit ? new Set(tops(credit)).size : 0,
		text: caption.textContent ?? '',
	};
}
