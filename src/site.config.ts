/**
 * The one typed site configuration. Values that differ per deployment come from the
 * environment so CI can build the same commit for any host; every default is documented
 * in the README.
 */

/** Where the site is served from, without trailing slash, e.g. https://news.example.org. */
const DEFAULT_SITE_URL = 'http://localhost:4321';
/** Sub-path the site lives under; `/` for the root of the host. */
const DEFAULT_BASE_PATH = '/';

export function readSiteUrl(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL: "${value}" is not an absolute URL; expected e.g. https://news.example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL: "${value}" must start with https:// or http://`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(
			`SITE_URL: "${value}" must be an origin only, e.g. ${url.origin}; put the path in BASE_PATH (${url.pathname})`,
		);
	}
	return url.origin;
}

export function readBasePath(raw: string | undefined): string {
	const value = raw?.trim() || DEFAULT_BASE_PATH;
	if (!/^\/([a-z0-9][a-z0-9-]*\/)*$/.test(`${value.replace(/\/?$/, '/')}`)) {
		throw new Error(`BASE_PATH: "${value}" must be a path such as / or /news/ (lowercase letters, digits, hyphens)`);
	}
	return value.replace(/\/?$/, '/');
}

export const SITE = {
	/** Site name shown in the masthead, titles and feeds. */
	name: '内蒙古晨报 · 乌兰察布',
	/** One-line description of the site for search engines and the home page. */
	description: '内蒙古晨报乌兰察布记者站：乌兰察布的新闻、述评与专题。',
	/** The newspaper that printed the articles first; an article's `publication` overrides it. */
	publication: '内蒙古晨报',
	/** Articles in the RSS feed, newest first, each in full. */
	feedSize: 50,
	/** Articles on each page of a section or tag listing (SPEC §4). */
	sectionPageSize: 20,
	/** Language of every page, as BCP 47. */
	lang: 'zh-CN',
	/** IANA time zone in which dates are written and shown (+08:00). */
	timeZone: 'Asia/Shanghai',
	/** Absolute origin of the deployed site, from SITE_URL. */
	url: readSiteUrl(process.env.SITE_URL),
	/** Base path of every page and asset, from BASE_PATH, always with a trailing slash. */
	basePath: readBasePath(process.env.BASE_PATH),
} as const;

export type SiteConfig = typeof SITE;

/** Said once per build when SITE_URL is unset: such a build is for this machine only. */
export const SITE_URL_UNSET_WARNING = process.env.SITE_URL?.trim()
	? undefined
	: `SITE_URL is not set: canonical URLs and QR codes point at ${DEFAULT_SITE_URL}. Set SITE_URL (e.g. https://news.example.org) for a build you deploy.`;
