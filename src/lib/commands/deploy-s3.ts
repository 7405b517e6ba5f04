/**
 * npm run deploy:s3 [-- --dry-run] [-- --force]
 * Publishes dist/ to an S3-compatible bucket (Alibaba Cloud OSS, Tencent Cloud COS, or any other),
 * in the order lib/pipeline/s3-deploy.ts explains: hashed files, the rest, pages, feed and
 * sitemap, then deletions. Settings from the environment (the deploy workflow passes repository
 * variables and secrets):
 *   S3_ENDPOINT           e.g. https://oss-cn-huhehaote.aliyuncs.com or https://cos.ap-beijing.myqcloud.com
 *   S3_REGION             e.g. oss-cn-huhehaote or ap-beijing
 *   S3_BUCKET             the bucket the CDN serves
 *   S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY
 *   S3_PREFIX             optional folder in the bucket, e.g. news/ (with BASE_PATH=/news/)
 *   S3_PATH_STYLE         true for servers that want bucket names in the path (not OSS or COS)
 * --dry-run prints what would change; --force uploads every file again (after changing _headers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	DeleteObjectCommand,
	ListObjectsV2Command,
	type ListObjectsV2CommandOutput,
	PutObjectCommand,
	S3Client,
} from '@aws-sdk/client-s3';
import { bucketProblem, deployPlan, localObjects, type RemoteObject } from '../pipeline/s3-deploy';
import { type Command, fail } from './command';

/** Requests in flight at once, uploads and deletions alike. */
const WIDTH = 8;

/** Runs `task` on every item, `width` at a time, and waits for all. */
export async function inParallel<T>(items: readonly T[], width: number, task: (item: T) => Promise<unknown>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Every object under `prefix` in the bucket, page after page of the listing. */
export async function remoteObjects(client: Pick<S3Client, 'send'>, bucket: string, prefix: string): Promise<RemoteObject[]> {
	const objects: RemoteObject[] = [];
	let token: string | undefined;
	do {
		const page: ListObjectsV2CommandOutput = await client.send(
			new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }),
		);
		for (const object of page.Contents ?? []) if (object.Key && object.ETag) objects.push({ key: object.Key, etag: object.ETag });
		token = page.IsTruncated ? page.NextContinuationToken : undefined;
	} while (token);
	return objects;
}

export const deployS3: Command = async (argv, { root, env, log }) => {
	const setting = (name: string, required = true) => {
		const value = env[name]?.trim();
		if (!value && required) fail(`缺少 ${name}：请在仓库的 Settings → Secrets and variables → Actions 里设置`);
		return value ?? '';
	};
	const bucket = setting('S3_BUCKET');
	const folder = setting('S3_PREFIX', false).replace(/^\/+|\/+$/g, '');
	const prefix = folder ? `${folder}/` : '';
	const client = new S3Client({
		endpoint: setting('S3_ENDPOINT'),
		region: setting('S3_REGION'),
		forcePathStyle: setting('S3_PATH_STYLE', false) === 'true',
		credentials: { accessKeyId: setting('S3_ACCESS_KEY_ID'), secretAccessKey: setting('S3_SECRET_ACCESS_KEY') },
		// OSS and COS do not take the SDK's newer checksum headers: only where the S3 API requires one.
		requestChecksumCalculation: 'WHEN_REQUIRED',
		responseChecksumValidation: 'WHEN_REQUIRED',
	});
	try {
		const local = localObjects(join(root, 'dist'), prefix);
		const plan = deployPlan(local, await remoteObjects(client, bucket, prefix), argv.includes('--force'));
		log(`s3://${bucket}/${prefix}：上传 ${plan.upload.length} 个文件，删除 ${plan.remove.length} 个，${plan.unchanged} 个未变`);
		if (argv.includes('--dry-run')) {
			for (const object of plan.upload)
				log(`  上传 ${object.key}（${object.contentType}；${object.cacheControl ?? '无 Cache-Control'}）`);
			for (const key of plan.remove) log(`  删除 ${key}`);
			return 0;
		}
		for (const phase of [1, 2, 3, 4] as const) {
			await inParallel(
				plan.upload.filter((object) => object.phase === phase),
				WIDTH,
				(object) =>
					client.send(
						new PutObjectCommand({
							Bucket: bucket,
							Key: object.key,
							Body: readFileSync(object.path),
							ContentType: object.contentType,
							CacheControl: object.cacheControl,
							ContentMD5: Buffer.from(object.md5, 'hex').toString('base64'),
						}),
					),
			);
		}
		// Deleted last, one request each (OSS and COS differ on batch deletes): no page links to them any more.
		await inParallel(plan.remove, WIDTH, (key) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
		log('已发布。');
		return 0;
	} catch (error) {
		const problem = bucketProblem(error, bucket, setting('S3_ENDPOINT'));
		if (problem) fail(problem);
		throw error;
	} finally {
		client.destroy();
	}
};
