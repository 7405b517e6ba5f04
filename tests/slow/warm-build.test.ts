import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCopy, CACHE_DIR, runBuild } from '../helpers/build';
import { fileHashes } from '../helpers/dist';
import { searchIndexOf } from '../helpers/search';

const differences = (a: Map<string, string>, b: Map<string, string>) =>
	[...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();

/**
 * The files a warm build may write otherwise than a cold one: Pagefind numbers pages in the
 * order it is given them, and a warm build gives it first the pages it kept from the last build.
 * Each page's indexed text (pagefind/fragment/) is compared byte for byte, and a search of both
 * indexes must find the same pages.
 */
const PAGE_NUMBERING =
	/^pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter)$/;
const published = (hashes: Map<string, string>) => new Map([...hashes].filter(([path]) => !PAGE_NUMBERING.test(path)));

/** A second installment of the seed's series, with a picture: the seed's page shows its title in the series navigation. */
const SECOND = 'content/articles/saohei-zuzhi-lingdao.mdx';
const PICTURE = 'content/articles/images/tuijinhui.png';
const picture = (red: number) =>
	sharp({ create: { width: 640, height: 400, channels: 3, background: { r: red, g: 90, b: 120 } } })
		.png()
		.toBuffer();
const second = (title: string) => `---
title: ${title}
summary: 乌兰察布市健全扫黑除恶专项斗争领导机制，层层压实责任。
pubDate: 2019-07-08
section: politics-law
series: saohei-chu-e
part: 组织领导篇
seriesOrder: 2
source: 乌兰察布市扫黑办
tags:
  - 扫黑除恶
---

全市各旗县市区与市委签订目标责任书。

<Figure src="./images/tuijinhui.png" alt="推进会现场" caption="全市扫黑除恶专项斗争推进会" />
`;

/** An article of no series. */
const THIRD = 'content/articles/huade-pingan.mdx';
const third = `---
title: 化德县开展平安建设宣传月活动
summary: 化德县政法各部门走进社区，宣传平安建设和扫黑除恶常态化工作。
pubDate: 2019-07-10
section: politics-law
tags:
  - 平安建设
---

化德县政法各部门走进社区、学校和集市，发放宣传材料，解答群众的法律问题。
`;

const PAGES = [
	'articles/saohei-zhengzhi-zhanwei/index.html',
	'articles/saohei-zuzhi-lingdao/index.html',
	'articles/huade-pingan/index.html',
];
const restored = (output: string) => PAGES.filter((page) => output.includes(`/${page} (restored)`));
/** A page's text as read: headings and navigation break between words (责任<wbr>落实篇), paragraphs keep their ends together in spans. */
const text = (html: string | undefined) => html?.replace(/<[^>]*>/g, '');

/**
 * CI keeps Astro's cache between deploys (the deploy workflow's cache step): a build that starts
 * from it must publish what a build from nothing would, for the same content, and skip the work
 * the cache holds: pages whose key, code and content are unchanged (the incremental build),
 * compiled articles (mdx-cache.ts) and the search index's unchanged pages (pagefind.ts).
 */
describe('a warm build, from the cache a build before it left', () => {
	let copy: ReturnType<typeof buildCopy>;
	beforeAll(async () => {
		copy = buildCopy({
			[SECOND]: second('全市扫黑除恶专项斗争系列述评之组织领导篇'),
			[THIRD]: third,
			[PICTURE]: await picture(40),
		});
	});
	afterAll(() => copy.remove());

	/**
	 * The search index's entry point, as the search page reads it: the hash naming its metadata
	 * and the page count. (Its other fields are Pagefind's constants; under load one of them was
	 * once written otherwise for the same index, so the file is compared by what it says.)
	 */
	const searchEntry = () => {
		const entry = JSON.parse(readFileSync(join(copy.dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			version: string;
			languages: Record<string, { hash: string; page_count: number }>;
		};
		return {
			version: entry.version,
			languages: Object.entries(entry.languages).map(([lang, { hash, page_count }]) => ({ lang, hash, page_count })),
		};
	};

	/** A warm build of the copy as it is now (`inspect` sees its output), then a cold one, each with what it published. */
	const warmThenCold = async (inspect: () => Promise<void> = async () => {}) => {
		const warm = runBuild({ root: copy.root, warm: true });
		expect(warm.status, warm.output).toBe(0);
		const warmFiles = fileHashes(copy.dist);
		const warmHtml = PAGES.map((page) => readFileSync(join(copy.dist, page), 'utf8'));
		await inspect();
		const cold = runBuild({ root: copy.root });
		expect(cold.status, cold.output).toBe(0);
		return { warm, warmFiles, warmHtml, coldFiles: fileHashes(copy.dist) };
	};

	test('the cold build fills the cache', () => {
		expect(copy.status, copy.output).toBe(0);
		expect(copy.output).toContain('3 篇编译，0 篇取自缓存');
		expect(copy.output).toContain('(0 from the last build)');
		expect(readFileSync(join(copy.root, CACHE_DIR, 'incremental-build.json'), 'utf8')).toContain(
			'/articles/saohei-zuzhi-lingdao/',
		);
	});

	test('with nothing changed, renders, compiles and indexes nothing again, and publishes the same files byte for byte (the search entry point by what it says)', () => {
		const cold = fileHashes(copy.dist);
		const coldIndex = searchEntry();
		const again = runBuild({ root: copy.root, warm: true });
		expect(again.status, again.output).toBe(0);
		expect(restored(again.output)).toEqual(PAGES);
		expect(again.output).toContain('0 篇编译，3 篇取自缓存');
		expect(again.output).toMatch(/indexed 3 pages for search \(3 from the last build\)/);
		// The same index: its metadata file (named by its hash) and every piece are the same files.
		expect(searchEntry()).toEqual(coldIndex);
		expect(differences(cold, fileHashes(copy.dist)).filter((path) => path !== 'pagefind/pagefind-entry.json')).toEqual([]);
	});

	test('after an installment’s name changes, renders again it and the article whose series navigation shows it', async () => {
		const path = join(copy.root, SECOND);
		writeFileSync(path, readFileSync(path, 'utf8').replace('part: 组织领导篇', 'part: 责任落实篇'));
		const { warm, warmFiles, warmHtml, coldFiles } = await warmThenCold();
		expect(restored(warm.output)).not.toContain(PAGES[0]);
		expect(restored(warm.output)).not.toContain(PAGES[1]);
		expect(warm.output).toContain('1 篇编译，2 篇取自缓存，清除 1 个旧条目');
		expect(text(warmHtml[0])).toContain('责任落实篇');
		expect(differences(published(warmFiles), published(coldFiles))).toEqual([]);
	});

	test('after a text changes, renders again that article only, and its search text is new', async () => {
		const path = join(copy.root, THIRD);
		writeFileSync(path, readFileSync(path, 'utf8').replace('解答群众的法律问题。', '解答群众的法律问题，受理群众来访。'));
		const { warm, warmFiles, warmHtml, coldFiles } = await warmThenCold(async () => {
			const search = await searchIndexOf(copy.dist);
			try {
				expect(await search.found('来访')).toEqual(['/articles/huade-pingan/']);
				expect(await search.found('目标责任书')).toContain('/articles/saohei-zuzhi-lingdao/');
				expect(await search.found('政治站位')).toContain('/articles/saohei-zhengzhi-zhanwei/');
			} finally {
				search.close();
			}
		});
		expect(restored(warm.output)).toEqual([PAGES[0], PAGES[1]]);
		// The two articles of the series went to the index at once, from the last build.
		expect(warm.output).toMatch(/indexed 3 pages for search \(2 from the last build\)/);
		expect(text(warmHtml[2])).toContain('受理群众来访');
		expect(differences(published(warmFiles), published(coldFiles))).toEqual([]);
	});

	test('after a picture is replaced under the same name, renders again the article that shows it, and indexes anew', async () => {
		writeFileSync(join(copy.root, PICTURE), await picture(200));
		const { warm, warmFiles, warmHtml, coldFiles } = await warmThenCold();
		expect(restored(warm.output)).toEqual([PAGES[0], PAGES[2]]);
		// The page handed to the index early was not the page produced: the index was made again.
		expect(warm.output).toMatch(/indexed 3 pages for search \(0 from the last build\)/);
		expect(warmHtml[1]).toMatch(/src="\/_astro\/tuijinhui\.[^"]+"/);
		expect(differences(published(warmFiles), published(coldFiles))).toEqual([]);
	});

	test('after a change to the code, compiles every article again', () => {
		const path = join(copy.root, 'src/strings.ts');
		writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);
		const warm = runBuild({ root: copy.root, warm: true });
		expect(warm.status, warm.output).toBe(0);
		expect(warm.output).toContain('3 篇编译，0 篇取自缓存，清除 3 个旧条目');
		expect(warm.output).toContain('(0 from the last build)');
	});
});
