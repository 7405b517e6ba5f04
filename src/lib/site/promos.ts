import type { ImageMetadata } from 'astro';
import { type PromoStatus } from '../content/promo-dates';
import { STRINGS } from '../../strings';
import { formatChineseDate } from '../dates';
import { formatPhone, telHref } from '../phone';
import { renderPromoDetails } from './promo-details';
import { QR_DISPLAY_PX } from './qr';
import { absoluteUrl, ROUTES, withBase } from './urls';

/** What the QR of a promo encodes: the advertiser's URL, else the promo's own page here. */
export function promoQrTarget(id: string, qr: { url?: string | undefined }): string {
	return qr.url ?? absoluteUrl(ROUTES.promo(id));
}

export { type PromoStatus, promoStatus } from '../content/promo-dates';

export function promoStatusNote(
	status: PromoStatus,
	validity: { validFrom?: Date | undefined; validThrough?: Date | undefined },
): string {
	if (status === 'expired' && validity.validThrough)
		return `广告已于 ${formatChineseDate(validity.validThrough)} 到期，本次构建不再显示`;
	if (status === 'upcoming' && validity.validFrom)
		return `广告自 ${formatChineseDate(validity.validFrom)} 起显示，本次构建暂不显示`;
	return '广告正在投放';
}

export interface PromoInput {
	id: string;
	data: {
		label: string;
		presenter?: string | undefined;
		title: string;
		subtitle?: string | undefined;
		qr?: { image?: ImageMetadata | undefined; url?: string | undefined; alt: string; caption: string } | undefined;
		contacts?:
			| {
					heading: string;
					wechatSameNumber: boolean;
					people: readonly { name: string; phone: string }[];
			  }
			| undefined;
		address?: { label: string; text: string } | undefined;
		link?: string | undefined;
		details?: string | undefined;
	};
}

/** A promo as PromoBlock renders it: phones formatted, QR resolved. */
export type PromoView = ReturnType<typeof promoView>;

/**
 * What PromoBlock renders, worked out from a promo entry: the QR picture (the advertiser's,
 * or ours made at build time), `tel:` links, whether the phone link beside the QR is useful (not
 * on the page the QR leads to), and on its own page the details as HTML.
 */
export function promoView(promo: PromoInput, options: { onOwnPage: boolean }) {
	const { data } = promo;
	const leadsHere = options.onOwnPage && data.qr?.url === undefined;
	// The phone link goes where the QR goes; to our own page by a relative address, which works on
	// any host before SITE_URL is set (the QR itself must be absolute: a camera has no page).
	const phoneTarget = data.qr?.url ?? withBase(ROUTES.promo(promo.id));
	return {
		id: promo.id,
		label: data.label,
		presenter: data.presenter,
		title: data.title,
		subtitle: data.subtitle,
		qr: data.qr
			? {
					image: data.qr.image ?? { src: withBase(ROUTES.promoQr(promo.id)), size: QR_DISPLAY_PX },
					alt: data.qr.alt,
					caption: data.qr.caption,
					href: leadsHere ? undefined : phoneTarget,
				}
			: undefined,
		contacts: data.contacts && {
			// 微信同号 must be said: readers add the number on WeChat. The printed heading usually says it.
			heading:
				data.contacts.wechatSameNumber && !data.contacts.heading.includes(STRINGS.wechatSameNumber)
					? `${data.contacts.heading}${STRINGS.openParen}${STRINGS.wechatSameNumber}${STRINGS.closeParen}`
					: data.contacts.heading,
			people: data.contacts.people.map((person) => ({
				name: person.name,
				display: formatPhone(person.phone),
				href: telHref(person.phone),
			})),
		},
		address: data.address,
		link: data.link,
		detailsHtml: options.onOwnPage && data.details ? renderPromoDetails(data.details) : undefined,
	};
}
