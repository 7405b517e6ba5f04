/**
 * What is published at a given time: the one answer the build's loaders (content.config.ts, which
 * keep anything else out of the build) and the site's lists (site/site-data.ts) both use.
 */
import { promoStatus } from './promo-dates';

/** An article is published when it is not a draft and its publication time has come. */
export function isPublished(data: { draft: boolean; pubDate: Date }, now: Date): boolean {
	return !data.draft && data.pubDate <= now;
}

/** An ad is published when it is not a draft and runs at `now` (between validFrom and validThrough). */
export function isPromoPublished(
	data: { draft: boolean; validFrom?: Date | undefined; validThrough?: Date | undefined },
	now: Date,
): boolean {
	return !data.draft && promoStatus(data, now) === 'active';
}
