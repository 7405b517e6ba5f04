import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, test } from 'vitest';
import { deployS3, inParallel, remoteObjects } from '../../../src/lib/commands/deploy-s3';
import { bucketProblem } from '../../../src/lib/pipeline/s3-deploy';
import { runIn } from '../../helpers/command';
import { writeTree } from '../../helpers/temp-tree';
import { BUCKET, localS3 } from '../../helpers/s3-server';
import { PROJECT_ROOT } from '../../helpers/paths';

const { requests, settings: SETTINGS, client: s3 } = localS3();

/** A built site: the project's _headers and a page, a hashed picture and the feed. */
function builtSite(files: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'deploy-'));
	mkdirSync(join(root, 'dist'));
	cpSync(join(PROJECT_ROOT, 'public/_headers'), join(root, 'dist/_headers'));
	const all = {
		'index.html': '<!doctype html><title>首页</title>',
		'_astro/a.1b2c3d.webp': 'webp',
		'rss.xml': '<rss/>',
		...files,
	};
	writeTree(join(root, 'dist'), all);
	return root;
}

/** Every object in the bucket: its MD5, Content-Type and Cache-Control. */
async function bucket(): Promise<Record<string, [string, string | undefined, string | undefined]>> {
	const client = s3();
	const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
	const objects: Record<string, [string, string | undefined, string | undefined]> = {};
	for (const { Key } of listed.Contents ?? []) {
		const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key }));
		objects[Key!] = [head.ETag!.replace(/"/g, ''), head.ContentType, head.CacheControl];
	}
	client.destroy();
	return objects;
}
const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const PAGE = 'public, max-age=300, must-revalidate';
const HASHED = 'public, max-age=31536000, immutable';

beforeEach(async () => {
	// Each test starts from an empty bucket.
	const client = s3();
	let listed;
	do {
		listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
		for (const { Key } of listed.Contents ?? []) await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key }));
	} while (listed.IsTruncated);
	client.destroy();
	requests.length = 0;
});

describe('npm run deploy:s3 in process, against a local S3 server', () => {
	test('dist/ into the bucket under a folder: each file with its type and caching, hashed files first, pages after; then nothing again', async () => {
		const root = builtSite();
		const env = { ...SETTINGS(), S3_PREFIX: '/news/' };
		expect(await runIn(deployS3, root, [], env)).toEqual({
			code: 0,
			lines: [`s3://${BUCKET}/news/：上传 3 个文件，删除 0 个，0 个未变`, '已发布。'],
		});
		expect(await bucket()).toMatchObject({
			'news/_astro/a.1b2c3d.webp': [md5('webp'), 'image/webp', HASHED],
			'news/index.html': [md5('<!doctype html><title>首页</title>'), 'text/html; charset=utf-8', PAGE],
			'news/rss.xml': [md5('<rss/>'), 'application/xml; charset=utf-8', PAGE],
		});
		expect(requests).toEqual(['put news/_astro/a.1b2c3d.webp', 'put news/index.html', 'put news/rss.xml']);

		requests.length = 0;
		expect((await runIn(deployS3, root, [], env)).lines[0]).toBe(`s3://${BUCKET}/news/：上传 0 个文件，删除 0 个，3 个未变`);
		expect(requests).toEqual([]);

		// --force sends every file again; a file gone from dist/ is deleted, last.
		unlinkSync(join(root, 'dist/rss.xml'));
		expect((await runIn(deployS3, root, ['--force'], env)).lines[0]).toBe(
			`s3://${BUCKET}/news/：上传 2 个文件，删除 1 个，0 个未变`,
		);
		expect(requests).toEqual(['put news/_astro/a.1b2c3d.webp', 'put news/index.html', 'delete news/rss.xml']);
	});

	test('--dry-run says what it would send and delete, and sends nothing', async () => {
		const client = s3();
		await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'old.html', Body: 'old' }));
		client.destroy();
		requests.length = 0;
		const result = await runIn(deployS3, builtSite(), ['--dry-run'], SETTINGS());
		expect(result).toEqual({
			code: 0,
			lines: [
				`s3://${BUCKET}/：上传 3 个文件，删除 1 个，0 个未变`,
				`  上传 _astro/a.1b2c3d.webp（image/webp；${HASHED}）`,
				`  上传 index.html（text/html; charset=utf-8；${PAGE}）`,
				`  上传 rss.xml（application/xml; charset=utf-8；${PAGE}）`,
				'  删除 old.html',
			],
		});
		expect(requests).toEqual([]);
	});

	test.each(['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])(
		'without %s (or with only spaces), it stops before sending anything, naming it',
		async (name) => {
			const result = await runIn(deployS3, builtSite(), [], { ...SETTINGS(), [name]: '  ' });
			expect(result).toEqual({
				code: 1,
				lines: [],
				error: `缺少 ${name}：请在仓库的 Settings → Secrets and variables → Actions 里设置`,
			});
			expect(requests).toEqual([]);
		},
	);
});

describe('a bucket that is not there or cannot be reached: one Chinese line, no SDK trace', () => {
	test('a bucket that does not exist', async () => {
		const result = await runIn(deployS3, builtSite(), [], { ...SETTINGS(), S3_BUCKET: 'no-such-bucket' });
		expect(result).toEqual({
			code: 1,
			lines: [],
			error: '找不到存储桶 no-such-bucket：检查 S3_BUCKET，以及 S3_ENDPOINT 是不是这个存储桶所在地域的地址',
		});
	});

	test('an endpoint nothing answers at', async () => {
		const endpoint = 'http://127.0.0.1:9';
		const result = await runIn(deployS3, builtSite(), [], { ...SETTINGS(), S3_ENDPOINT: endpoint });
		expect(result).toEqual({
			code: 1,
			lines: [],
			error: `连不上 ${endpoint}（ECONNREFUSED）：检查 S3_ENDPOINT 的写法，或稍后再试`,
		});
	}, 30_000);

	test.each([
		[
			{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } },
			'存储桶 b 拒绝了请求（AccessDenied）：检查 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY，以及这把密钥能否读写这个存储桶',
		],
		[
			{ name: 'SignatureDoesNotMatch' },
			'存储桶 b 拒绝了请求（SignatureDoesNotMatch）：检查 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY，以及这把密钥能否读写这个存储桶',
		],
		[
			{ $metadata: { httpStatusCode: 403 } },
			'存储桶 b 拒绝了请求（403）：检查 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY，以及这把密钥能否读写这个存储桶',
		],
		[
			{ name: 'Unknown', $metadata: { httpStatusCode: 404 } },
			'找不到存储桶 b：检查 S3_BUCKET，以及 S3_ENDPOINT 是不是这个存储桶所在地域的地址',
		],
		[Object.assign(new Error('x'), { code: 'ENOTFOUND' }), '连不上 https://e（ENOTFOUND）：检查 S3_ENDPOINT 的写法，或稍后再试'],
		[
			Object.assign(new Error('x'), { cause: { code: 'ETIMEDOUT' } }),
			'连不上 https://e（ETIMEDOUT）：检查 S3_ENDPOINT 的写法，或稍后再试',
		],
		[new Error('a bug'), undefined],
		[{ name: 'InternalError', $metadata: { httpStatusCode: 500 } }, undefined],
		[undefined, undefined],
	])('bucketProblem(%j)', (error, line) => {
		expect(bucketProblem(error, 'b', 'https://e')).toBe(line);
	});
});

describe('remoteObjects', () => {
	test('a bucket listed over several pages is read whole, each page asked for with the token of the last', async () => {
		const asked: unknown[] = [];
		const pages = [
			{ Contents: [{ Key: 'news/a.html', ETag: '"1"' }, { Key: 'news/b.html' }], IsTruncated: true, NextContinuationToken: 't1' },
			{ Contents: [{ Key: 'news/c.html', ETag: '"3"' }, { ETag: '"4"' }], IsTruncated: true, NextContinuationToken: 't2' },
			{ IsTruncated: false, NextContinuationToken: 'unused' },
		];
		const client = { send: async (command: ListObjectsV2Command) => (asked.push(command.input), pages[asked.length - 1]) };
		expect(await remoteObjects(client as unknown as S3Client, BUCKET, 'news/')).toEqual([
			{ key: 'news/a.html', etag: '"1"' },
			{ key: 'news/c.html', etag: '"3"' },
		]);
		expect(asked).toEqual([
			{ Bucket: BUCKET, Prefix: 'news/', ContinuationToken: undefined },
			{ Bucket: BUCKET, Prefix: 'news/', ContinuationToken: 't1' },
			{ Bucket: BUCKET, Prefix: 'news/', ContinuationToken: 't2' },
		]);
	});

	test('no folder: the whole bucket, without an empty prefix', async () => {
		const asked: unknown[] = [];
		const client = { send: async (command: ListObjectsV2Command) => (asked.push(command.input), {}) };
		expect(await remoteObjects(client as unknown as S3Client, BUCKET, '')).toEqual([]);
		expect(asked).toEqual([{ Bucket: BUCKET, Prefix: undefined, ContinuationToken: undefined }]);
	});
});

describe('inParallel', () => {
	test('every item, at most `width` at a time', async () => {
		let running = 0;
		let most = 0;
		const done: number[] = [];
		await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			done.push(item);
			running--;
		});
		expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(most).toBe(3);
	});

	test('no items: nothing runs', async () => {
		let calls = 0;
		await inParallel([], 8, async () => calls++);
		expect(calls).toBe(0);
	});
});
