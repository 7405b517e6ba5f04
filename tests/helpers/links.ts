import type { HTMLElement } from 'node-html-parser';
import { absoluteUrl, withBase } from '../../src/lib/site/urls';

/**
 * Pages reachable from / by following links, each with the fewest clicks it takes, breadth
 * first. `read` gives a built page by its site path (without the base path).
 */
export function linkDepths(read: (path: string) => HTMLElement): Map<string, number> {
	const home = withBase('/');
	const origin = new URL(absoluteUrl('/')).origin;
	const depth = new Map<string, number>([[home, 0]]);
	const queue = [home];
	while (queue.length > 0) {
		const path = queue.shift()!;
		for (const link of read(path.replace(home, '/')).querySelectorAll('a[href]')) {
			// Site-relative, or absolute on the site's own origin.
			const url = new URL(link.getAttribute('href') ?? '', absoluteUrl(path.replace(home, '/')));
			if (url.origin !== origin) continue;
			const href = url.pathname;
			if (!href.startsWith(home) || !href.endsWith('/') || depth.has(href)) continue;
			depth.set(href, depth.get(path)! + 1);
			queue.push(href);
		}
	}
	return depth;
}
