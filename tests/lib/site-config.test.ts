import { describe, expect, test } from 'vitest';
import { adminCsp } from '../../src/lib/pipeline/web-editor';
import { readBasePath, readEditorBackend, readIcpNumber, readPsbNumber, readSiteUrl } from '../../src/site.config';
import { absoluteUrl, withBase } from '../../src/lib/site/urls';

describe('SITE_URL and BASE_PATH from the environment', () => {
	test.each([
		[undefined, 'http://localhost:4321'],
		['', 'http://localhost:4321'],
		['https://news.example.org/', 'https://news.example.org'],
	])('SITE_URL=%s → %s', (raw, url) => {
		expect(readSiteUrl(raw)).toBe(url);
	});

	test.each(['news.example.org', 'ftp://example.org'])('SITE_URL=%s is refused with a clear message', (raw) => {
		expect(() => readSiteUrl(raw)).toThrow(/^SITE_URL: /);
	});

	test('a path in SITE_URL is refused, pointing at BASE_PATH', () => {
		expect(() => readSiteUrl('https://example.org/news')).toThrow('put the path in BASE_PATH (/news)');
	});

	test.each([
		[undefined, '/'],
		['/news', '/news/'],
		['/news/', '/news/'],
		['/a/b/', '/a/b/'],
	])('BASE_PATH=%s → %s', (raw, base) => {
		expect(readBasePath(raw)).toBe(base);
	});

	test.each(['news', '/新闻/', '/News/'])('BASE_PATH=%s is refused', (raw) => {
		expect(() => readBasePath(raw)).toThrow(/^BASE_PATH: /);
	});

	test('links and absolute URLs honour the base path', () => {
		expect(withBase('/articles/x/', '/news/')).toBe('/news/articles/x/');
		expect(absoluteUrl('/articles/x/', { url: 'https://example.org', basePath: '/news/' })).toBe(
			'https://example.org/news/articles/x/',
		);
	});
});

describe('ICP_NUMBER and PSB_NUMBER: filing notices, shown only when set', () => {
	test.each([
		[undefined, undefined],
		['  ', undefined],
		['蒙ICP备2024001234号', '蒙ICP备2024001234号'],
		[' 蒙ICP备2024001234号-1 ', '蒙ICP备2024001234号-1'],
	])('ICP_NUMBER=%s → %s', (raw, number) => {
		expect(readIcpNumber(raw)).toBe(number);
	});

	test.each(['ICP备2024001234号', '蒙ICP备20240号', '蒙ICP证2024001234号', '蒙ICP备2024001234'])(
		'ICP_NUMBER=%s is refused',
		(raw) => {
			expect(() => readIcpNumber(raw)).toThrow(/^ICP_NUMBER: /);
		},
	);

	test.each([
		[undefined, undefined],
		['蒙公网安备15090202000123号', { text: '蒙公网安备15090202000123号', code: '15090202000123' }],
		['蒙公网安备 15090202000123号', { text: '蒙公网安备 15090202000123号', code: '15090202000123' }],
	])('PSB_NUMBER=%s', (raw, number) => {
		expect(readPsbNumber(raw)).toEqual(number);
	});

	test.each(['蒙公网安备1509020200012号', '公网安备15090202000123号', '蒙ICP备2024001234号'])(
		'PSB_NUMBER=%s is refused',
		(raw) => {
			expect(() => readPsbNumber(raw)).toThrow(/^PSB_NUMBER: /);
		},
	);
});

describe('the web editor’s repository (CMS_REPO, CMS_BRANCH, CMS_AUTH_URL, CMS_GITEA_URL, CMS_GITEA_APP_ID)', () => {
	const github = { giteaUrl: undefined, giteaAppId: undefined, authUrl: undefined };
	test.each([
		[{}, { ...github, repo: 'nmgcb/ulanqab-news', branch: 'main' }],
		[
			{ GITHUB_REPOSITORY: 'wlcb/news', CMS_AUTH_URL: 'https://oauth.example.cn' },
			{ ...github, repo: 'wlcb/news', branch: 'main', authUrl: 'https://oauth.example.cn' },
		],
		[
			{ GITHUB_REPOSITORY: 'wlcb/news', CMS_REPO: ' bianji/site ' },
			{ ...github, repo: 'bianji/site', branch: 'main' },
		],
		[
			{
				CMS_REPO: 'bianji/site',
				CMS_BRANCH: 'release/web',
				CMS_GITEA_URL: 'https://git.example.cn/',
				CMS_GITEA_APP_ID: 'a1b2-c3',
			},
			{
				repo: 'bianji/site',
				branch: 'release/web',
				giteaUrl: 'https://git.example.cn',
				giteaAppId: 'a1b2-c3',
				authUrl: undefined,
			},
		],
		// An app id without a server is not used.
		[{ CMS_GITEA_APP_ID: 'a1b2' }, { ...github, repo: 'nmgcb/ulanqab-news', branch: 'main' }],
	])('%o', (env, backend) => {
		expect(readEditorBackend(env)).toEqual(backend);
	});

	test.each([
		[{ CMS_REPO: 'site' }, /^CMS_REPO: /],
		[{ CMS_REPO: 'a/b/c' }, /^CMS_REPO: /],
		[{ CMS_BRANCH: 'main; rm -rf' }, /^CMS_BRANCH: /],
		[{ CMS_GITEA_URL: 'http://git.example.cn', CMS_GITEA_APP_ID: 'a' }, /^CMS_GITEA_URL: /],
		[{ CMS_GITEA_URL: 'https://git.example.cn/gitea', CMS_GITEA_APP_ID: 'a' }, /^CMS_GITEA_URL: /],
		[{ CMS_GITEA_URL: 'git.example.cn', CMS_GITEA_APP_ID: 'a' }, /^CMS_GITEA_URL: /],
		[{ CMS_GITEA_URL: 'https://git.example.cn' }, /^CMS_GITEA_APP_ID: set it with CMS_GITEA_URL/],
		[{ CMS_GITEA_URL: 'https://git.example.cn', CMS_GITEA_APP_ID: 'a b' }, /^CMS_GITEA_APP_ID: "a b"/],
		[{ CMS_AUTH_URL: 'https://oauth.example.cn/auth' }, /^CMS_AUTH_URL: /],
	])('refused: %o', (env, message) => {
		expect(() => readEditorBackend(env)).toThrow(message);
	});

	test('the editor’s page may reach the repository it works on, and uploaded pictures in memory, and nothing else', () => {
		const connect = (csp: string) => csp.split('; ').find((directive) => directive.startsWith('connect-src'));
		expect(connect(adminCsp())).toBe(
			"connect-src 'self' blob: http://127.0.0.1:8081 http://localhost:8081 https://api.github.com https://github.com",
		);
		expect(connect(adminCsp({ giteaUrl: 'https://git.example.cn' }))).toBe(
			"connect-src 'self' blob: http://127.0.0.1:8081 http://localhost:8081 https://git.example.cn",
		);
		expect(adminCsp()).toContain("object-src 'none'");
	});
});
