import type { APIRoute } from 'astro';
import { LOGO_SIZE, markPng } from '../../lib/site/brand';

/** The publisher logo named in structured data. */
export const GET: APIRoute = async () =>
	new Response(new Uint8Array(await markPng(LOGO_SIZE)), { headers: { 'Content-Type': 'image/png' } });
