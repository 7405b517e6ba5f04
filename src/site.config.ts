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

/**
 * The ICP filing number a site hosted in mainland China shows (非经营性互联网信息服务备案管理办法),
 * e.g. 蒙ICP备2024001234号-1, or undefined when unset. Never invented: only what the host's filing says.
 */
export function readIcpNumber(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	if (!/^\p{Script=Han}ICP备\d{8,10}号(?:-\d+)?$/u.test(value))
		throw new Error(`ICP_NUMBER: "${value}" is not an ICP filing number; expected e.g. 蒙ICP备2024001234号-1`);
	return value;
}

/**
 * The public-security filing (公安备案) number, e.g. 蒙公网安备15090202000123号, with the 14-digit
 * record code its link needs, or undefined when unset.
 */
export function readPsbNumber(raw: string | undefined): { text: string; code: string } | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	const match = /^\p{Script=Han}公网安备\s?(\d{14})号$/u.exec(value);
	if (!match?.[1]) throw new Error(`PSB_NUMBER: "${value}" is not a 公安备案 number; expected e.g. 蒙公网安备15090202000123号`);
	return { text: value, code: match[1] };
}

/** An https:// origin from a setting, or undefined when unset; anything else stops the build. */
function readOrigin(name: string, raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (url?.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash)
		throw new Error(`${name}: "${value}" must be an https:// origin, e.g. https://git.example.cn`);
	return url.origin;
}

/**
 * Where the web editor (/admin/) keeps articles: the repository (owner/name) and branch, on
 * GitHub (signing in through the OAuth service at CMS_AUTH_URL), or on the Gitea or Forgejo
 * server at CMS_GITEA_URL (signing in with its OAuth2 application CMS_GITEA_APP_ID). The
 * repository defaults to the one GitHub Actions builds (GITHUB_REPOSITORY). docs/deploying.md.
 */
export function readEditorBackend(env: Readonly<Record<string, string | undefined>>): {
	repo: string;
	branch: string;
	giteaUrl: string | undefined;
	giteaAppId: string | undefined;
	authUrl: string | undefined;
} {
	const repo = env['CMS_REPO']?.trim() || env['GITHUB_REPOSITORY']?.trim() || 'nmgcb/ulanqab-news';
	if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo))
		throw new Error(`CMS_REPO: "${repo}" is not a repository; expected owner/name, e.g. nmgcb/ulanqab-news`);
	const branch = env['CMS_BRANCH']?.trim() || 'main';
	if (!/^[A-Za-z0-9._/-]+$/.test(branch)) throw new Error(`CMS_BRANCH: "${branch}" is not a branch name`);
	const authUrl = readOrigin('CMS_AUTH_URL', env['CMS_AUTH_URL']);
	const giteaUrl = readOrigin('CMS_GITEA_URL', env['CMS_GITEA_URL']);
	const giteaAppId = env['CMS_GITEA_APP_ID']?.trim() || undefined;
	if (giteaUrl && !giteaAppId)
		throw new Error('CMS_GITEA_APP_ID: set it with CMS_GITEA_URL, to the client ID of the OAuth2 application on that server');
	if (giteaAppId && !/^[A-Za-z0-9-]+$/.test(giteaAppId)) throw new Error(`CMS_GITEA_APP_ID: "${giteaAppId}" is not a client ID`);
	return { repo, branch, giteaUrl, giteaAppId: giteaUrl ? giteaAppId : undefined, authUrl };
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
	/** ICP filing number from ICP_NUMBER, shown in every page's footer when set. */
	icpNumber: readIcpNumber(process.env.ICP_NUMBER),
	/** 公安备案 number from PSB_NUMBER, shown in every page's footer when set. */
	psbNumber: readPsbNumber(process.env.PSB_NUMBER),
	/** The web editor's repository, from CMS_REPO, CMS_BRANCH and CMS_GITEA_URL. */
	editorBackend: readEditorBackend(process.env),
	/** Where the footer's filing numbers link: the MIIT filing system and the public-security one. */
	filingSites: {
		icp: 'https://beian.miit.gov.cn/',
		psb: (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`,
	},
} as const;

export type SiteConfig = typeof SITE;

/** Said once per build when SITE_URL is unset: such a build is for this machine only. */
export const SITE_URL_UNSET_WARNING = process.env.SITE_URL?.trim()
	? undefined
	: `未设置网站地址 SITE_URL：页面的规范网址、订阅源和二维码都指向 ${DEFAULT_SITE_URL}，只能在本机看。要发布的构建请先设置，如 SITE_URL=https://news.example.org npm run build`;
