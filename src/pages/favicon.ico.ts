import type { APIRoute } from 'astro';
import { faviconIco } from '../lib/site/brand';

/** Browsers ask for /favicon.ico on their own; answer with the mark rather than a 404. */
export const GET: APIRoute = async () =>
	new Response(new Uint8Array(await faviconIco()), { headers: { 'Content-Type': 'image/x-icon' } });
