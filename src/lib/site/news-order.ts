/**
 * The order of news in every list: newest first; stories of the same day in a defined order, by
 * time of day where `pubDate` gives one, then by title (pinyin order, numbers as numbers), then
 * by file name, so two builds always agree.
 */
import { SITE } from '../../site.config';

const TITLE_ORDER = new Intl.Collator(SITE.lang, { numeric: true });

export function newsOrder(a: { id: string; data: { pubDate: Date; title: string } }, b: typeof a): number {
	return (
		b.data.pubDate.getTime() - a.data.pubDate.getTime() ||
		TITLE_ORDER.compare(a.data.title, b.data.title) ||
		a.id.localeCompare(b.id)
	);
}
