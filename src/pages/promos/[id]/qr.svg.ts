import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/site/cache-key';
import { promoQrTarget } from '../../../lib/site/promos';
import { qrResponse } from '../../../lib/site/qr';
import { type Promo, loadSiteData } from '../../../lib/site/site-data';

/** The QR code of each promo that has no picture of its own, drawn at build time. */
export const getStaticPaths = (async () => {
	const { promos } = await loadSiteData();
	return promos
		.filter((promo) => promo.data.qr && !promo.data.qr.image)
		.map((promo) => ({ params: { id: promo.id }, props: { promo }, cacheKey: cacheKey(target(promo)) }));
}) satisfies GetStaticPaths;

const target = (promo: Promo) => promoQrTarget(promo.id, promo.data.qr ?? {});

export const GET: APIRoute<{ promo: Promo }> = ({ props }) => qrResponse(target(props.promo));
