import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cacheControlOf, contentTypeOf, parseHeaders, phaseOf } from '../../src/lib/pipeline/s3-deploy';
import { buildCopy, cleanEnv, runBuild } from '../helpers/build';
import { BUCKET, localS3 } from '../helpers/s3-server';
import { distFiles } from '../helpers/dist';

interface Stored {
	md5: string;
	type: string | undefined;
	cache: string | undefined;
}
/** An article with the picture both use: its processed copies are the bucket's hashed files. */
const article = (title: string, text: string) =>
	`---\ntitle: ${title}\nsummary: ${title}。\npubDate: 2019-07-10\nsection: politics-law\n---\n\n${text}\n\n<Figure src="./images/xuanchuan.png" alt="宣传现场" />\n`;
const PICTURE = 'content/articles/images/xuanchuan.png';
const FIRST = 'content/articles/huade-pingan.mdx';
const SECOND = 'content/articles/shangdu-fazhi.mdx';

const { requests, settings, client } = localS3();
const copy = buildCopy({
	[FIRST]: article('化德县开展平安建设宣传月活动', '化德县政法各部门走进社区。'),
	[PICTURE]: await sharp({ create: { width: 800, height: 500, channels: 3, background: '#a33' } })
		.png()
		.toBuffer(),
});
/** One of the processed pictures, a file with a content hash in its name. */
const hashedFile = () => [...expected().keys()].find((key) => key.startsWith('_astro/') && key.endsWith('.webp'));

afterAll(() => copy.remove());

/**
 * Runs the deploy as the mainland job does: the tool the build job bundled (npm run
 * deploy:s3:bundle), with Node alone; or, `npm`, as an editor runs it. Not spawnSync, which would
 * stop the S3 server in this process from answering.
 */
function runDeploy(
	env: Record<string, string> = {},
	how: 'bundle' | 'npm' = 'bundle',
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	const [command, args] =
		how === 'bundle' ? [process.execPath, ['deploy-tool/deploy-s3.mjs']] : ['npm', ['run', 'deploy:s3', '--silent']];
	const child = spawn(command, args, { cwd: copy.root, env: { ...cleanEnv(), ...settings(), ...env } });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

beforeAll(() => {
	const bundle = spawnSync('npm', ['run', 'deploy:s3:bundle', '--silent'], { cwd: copy.root, encoding: 'utf8', env: cleanEnv() });
	expect(bundle.status, `${bundle.stdout}\n${bundle.stderr}`).toBe(0);
});

async function deploy(): Promise<string> {
	requests.length = 0;
	const run = await runDeploy();
	expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
	return run.stdout;
}

/** Every object in the bucket: MD5, Content-Type, Cache-Control. */
async function bucket(): Promise<Map<string, Stored>> {
	const s3 = client();
	const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, MaxKeys: 1000 }));
	expect(listed.IsTruncated).toBeFalsy();
	const objects = new Map<string, Stored>();
	for (const { Key } of listed.Contents ?? []) {
		const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key }));
		objects.set(Key!, { md5: head.ETag!.replace(/"/g, ''), type: head.ContentType, cache: head.CacheControl });
	}
	return objects;
}

/** What the bucket must hold: each file of dist/ but _headers, with its MD5 and headers. */
function expected(): Map<string, Stored> {
	const rules = parseHeaders(readFileSync(join(copy.dist, '_headers'), 'utf8'));
	return new Map(
		distFiles(copy.dist)
			.filter((key) => key !== '_headers')
			.map((key) => [
				key,
				{
					md5: createHash('md5')
						.update(readFileSync(join(copy.dist, key)))
						.digest('hex'),
					type: contentTypeOf(key),
					cache: cacheControlOf(rules, key),
				},
			]),
	);
}

/** The requests, each by its phase (5 for a deletion): must never go down. */
const phases = () => requests.map((request) => (request.startsWith('delete') ? 5 : phaseOf(request.slice(4))));

describe('npm run deploy:s3: dist/ to an S3-compatible bucket (OSS, COS), tested against a local S3 server', () => {
	test('the first deploy uploads every file, each with its Content-Type and Cache-Control', async () => {
		expect(copy.status, copy.output).toBe(0);
		expect(await deploy()).toMatch(/上传 \d+ 个文件，删除 0 个，0 个未变/);
		const objects = await bucket();
		expect(objects).toEqual(expected());
		expect(objects.get('index.html')).toMatchObject({
			type: 'text/html; charset=utf-8',
			cache: 'public, max-age=300, must-revalidate',
		});
		expect(objects.get('rss.xml')).toMatchObject({ type: 'application/xml; charset=utf-8' });
		expect(hashedFile()).toBeDefined();
		expect(objects.get(hashedFile()!)).toMatchObject({ type: 'image/webp', cache: 'public, max-age=31536000, immutable' });
		expect(phases()).toEqual([...phases()].sort((a, b) => a - b));
	});

	test('after an article is added and one removed: only what changed is sent, hashed files first, pages after, deletions last', async () => {
		unlinkSync(join(copy.root, FIRST));
		writeFileSync(join(copy.root, SECOND), article('商都县举办法治宣传进校园活动', '商都县法院法官走进校园。'));
		const build = runBuild({ root: copy.root });
		expect(build.status, build.output).toBe(0);
		const output = await deploy();
		expect(output).toMatch(/删除 [1-9]\d* 个/);
		expect(requests).toContain('put articles/shangdu-fazhi/index.html');
		expect(requests).toContain('delete articles/huade-pingan/index.html');
		// The picture is the same: its processed copies are not sent again.
		expect(hashedFile()).toBeDefined();
		expect(requests).not.toContain(`put ${hashedFile()}`);
		expect(phases()).toEqual([...phases()].sort((a, b) => a - b));
		expect(phases().at(-1)).toBe(5);
		expect(await bucket()).toEqual(expected());
	});

	test('a third deploy of the same dist/ sends nothing', async () => {
		expect(await deploy()).toMatch(/上传 0 个文件，删除 0 个/);
		expect(requests).toEqual([]);
	});

	test.each(['bundle', 'npm'] as const)(
		'without its settings (%s), it stops before sending anything, naming what is missing',
		async (how) => {
			requests.length = 0;
			const run = await runDeploy({ S3_BUCKET: '' }, how);
			expect(requests).toEqual([]);
			expect(run.status).toBe(1);
			expect(run.stderr).toContain('缺少 S3_BUCKET');
		},
	);
});
