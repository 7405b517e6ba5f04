/** When an ad runs: the schema has made a bare-day validThrough the end of its day. */
export type PromoStatus = 'active' | 'upcoming' | 'expired';

/** Whether a promo runs at `now`. */
export function promoStatus(validity: { validFrom?: Date | undefined; validThrough?: Date | undefined }, now: Date): PromoStatus {
	if (validity.validFrom && now < validity.validFrom) return 'upcoming';
	if (validity.validThrough && now > validity.validThrough) return 'expired';
	return 'active';
}
