/**
 * The keys of Astro's incremental build (astro.config.mjs `experimental.incrementalBuild`): a page
 * from getStaticPaths() whose key, code and rendered content are what they were in the last build
 * is copied from the cache instead of rendered. A key is a digest of everything the page shows
 * that is not code: its own entries, what it shows of other entries, and the site-wide part every
 * page's layout shows. Anything left out of a key would leave a page stale, so keys err on the
 * side of too much (a related article's every field, not just its title). An entry's body is not
 * part of a key: only the entry's own page renders it, and Astro renders a page again when the
 * content it rendered has changed.
 */
import { createHash } from 'node:crypto';

const isEntry = (value: object): value is { collection: string; id: string; data: unknown } =>
	'collection' in value &&
	typeof value.collection === 'string' &&
	'id' in value &&
	typeof value.id === 'string' &&
	'data' in value;

/**
 * JSON as a digest sees it: content entries by collection, id and fields; Maps and Sets by their
 * contents (JSON.stringify writes both as {}, so two different maps would give one key), Dates as
 * ISO strings; functions are refused rather than silently dropped.
 */
function replacer(this: unknown, _key: string, value: unknown): unknown {
	if (value && typeof value === 'object' && isEntry(value))
		return { collection: value.collection, id: value.id, data: value.data };
	if (value instanceof Map) return { Map: [...value.entries()] };
	if (value instanceof Set) return { Set: [...value.values()] };
	if (typeof value === 'function' || typeof value === 'symbol')
		throw new TypeError('cacheKey: a page key can hold only data, not functions or symbols');
	return value;
}

/** One digest of all the inputs, in order. */
export function cacheKey(...inputs: unknown[]): string {
	return createHash('sha256')
		.update(JSON.stringify(inputs, replacer) ?? '')
		.digest('base64url');
}

/**
 * getStaticPaths() results, each with its key: the site-wide part (SiteData.layoutKey), the
 * path's params and props, and whatever else the page shows that its props do not hold.
 */
export function withCacheKeys<Path extends { params: object; props?: object }>(
	layoutKey: string,
	paths: readonly Path[],
	shown: (path: Path) => unknown = () => null,
): (Path & { cacheKey: string })[] {
	return paths.map((path) => ({ ...path, cacheKey: cacheKey(layoutKey, path.params, path.props, shown(path)) }));
}
