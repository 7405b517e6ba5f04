/** Turning a rendered article into feed-ready HTML. */

/**
 * Feed readers show articles away from the site, so every site-relative URL in href, src and
 * srcset becomes absolute; Astro's scoped-style attributes, which mean nothing there, go.
 */
export function feedHtml(html: string, origin: string): string {
	return html
		.replace(/\s+data-astro-cid-[\w-]+(="[^"]*")?/g, '')
		.replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`)
		.replace(
			/\bsrcset="([^"]*)"/g,
			(_match, srcset: string) => `srcset="${srcset.replace(/(^|,\s*)\/(?!\/)/g, `$1${origin}/`)}"`,
		);
}

/** Text (a field's value) as HTML text: whatever an editor typed stays words, never markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
