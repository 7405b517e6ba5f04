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
