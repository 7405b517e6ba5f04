import type { APIRoute } from 'astro';
import { shareImagePng } from '../../lib/site/brand';

/** The picture shown when a page without a cover of its own is shared. */
export const GET: APIRoute = async () =>
	new Response(new Uint8Array(await shareImagePng()), { headers: { 'Content-Type': 'image/png' } });
