/**
 * Which page numbers a listing's pagination shows: the first, the last, the current one and, on
 * wider screens, its neighbours, with a gap (……) where pages are left out, so the row stays on one
 * line at any page count. One row serves both widths; each slot says where it shows.
 */

/** A run of page numbers with gaps, as one width shows it. */
type Window = ({ page: number } | { gap: true })[];

/** First, last, current ± radius; a gap of exactly one page shows that page instead. */
function pageWindow(current: number, last: number, radius: number): Window {
	const shown = new Set([1, last]);
	for (let page = current - radius; page <= current + radius; page++) if (page >= 1 && page <= last) shown.add(page);
	const pages = [...shown].sort((a, b) => a - b);
	const slots: Window = [];
	for (const [index, page] of pages.entries()) {
		const before = pages[index - 1];
		if (before !== undefined && page - before === 2) slots.push({ page: page - 1 });
		else if (before !== undefined && page - before > 2) slots.push({ gap: true });
		slots.push({ page });
	}
	return slots;
}

/** A slot of the row: a page, or a gap; `phone`/`wide` say at which widths it shows. */
export type PageSlot = { page: number; phone: boolean; wide: true } | { gap: true; phone: boolean; wide: boolean };

/** The row for page `current` of `last`: on phones the current page alone, wider its neighbours too. */
export function pageRow(current: number, last: number): PageSlot[] {
	const phonePages = new Set(pageWindow(current, last, 0).flatMap((slot) => ('page' in slot ? [slot.page] : [])));
	const row: PageSlot[] = [];
	// Whether the pages a phone skips since its last shown page already have a gap a phone shows.
	let phoneGapOpen = false;
	for (const slot of pageWindow(current, last, 1)) {
		if ('gap' in slot) {
			row.push({ gap: true, phone: !phoneGapOpen, wide: true });
			phoneGapOpen = true;
		} else if (phonePages.has(slot.page)) {
			row.push({ page: slot.page, phone: true, wide: true });
			phoneGapOpen = false;
		} else {
			if (!phoneGapOpen) row.push({ gap: true, phone: true, wide: false });
			phoneGapOpen = true;
			row.push({ page: slot.page, phone: false, wide: true });
		}
	}
	return row;
}

/** The site path of every page of a listing, first page first (`pathOf(1)` is the listing's own address). */
export function pagePaths(lastPage: number, pathOf: (page: number) => string): string[] {
	return Array.from({ length: Math.max(1, lastPage) }, (_, index) => pathOf(index + 1));
}
