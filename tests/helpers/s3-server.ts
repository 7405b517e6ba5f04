import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll } from 'vitest';

export const BUCKET = 'ulanqab-news';

/**
 * A local S3 server (s3rver) for one test file, started before its tests and removed after:
 * the deploy's settings for it, a client of it, and what it was asked to do, in order
 * (`put key` and `delete key`). A stored object is told by s3rver's own event; a deletion by the
 * DELETE request answered with success: s3rver's store, deleting two objects of one folder at once,
 * can fail one of them while it removes the emptied folder, and the client's retry then finds the
 * object gone and raises no event (one run in six missed a deletion the deploy had made).
 */
export function localS3() {
	const storage = mkdtempSync(join(tmpdir(), 's3-'));
	let server: S3rver | undefined;
	let endpoint = '';
	const requests: string[] = [];
	beforeAll(async () => {
		server = new S3rver({
			address: '127.0.0.1',
			port: 0,
			silent: true,
			directory: storage,
			configureBuckets: [{ name: BUCKET, configs: [] }],
		});
		const { port } = await server.run();
		endpoint = `http://127.0.0.1:${port}`;
		server.on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
			for (const record of event.Records)
				if (!record.eventName.includes('ObjectRemoved')) requests.push(`put ${decodeURIComponent(record.s3.object.key)}`);
		});
		const objectPath = `/${BUCKET}/`;
		server.httpServer!.on('request', (request: IncomingMessage, response: ServerResponse) => {
			const path = (request.url ?? '').split('?')[0]!;
			if (request.method !== 'DELETE' || !path.startsWith(objectPath)) return;
			response.on('finish', () => {
				if (response.statusCode < 300) requests.push(`delete ${decodeURIComponent(path.slice(objectPath.length))}`);
			});
		});
	});
	afterAll(async () => {
		await server?.close();
		rmSync(storage, { recursive: true, force: true });
	});
	return {
		requests,
		settings: () => ({
			S3_ENDPOINT: endpoint,
			S3_REGION: 'cn-north-1',
			S3_BUCKET: BUCKET,
			S3_ACCESS_KEY_ID: 'S3RVER',
			S3_SECRET_ACCESS_KEY: 'S3RVER',
			S3_PATH_STYLE: 'true',
		}),
		client: () =>
			new S3Client({
				endpoint,
				region: 'cn-north-1',
				forcePathStyle: true,
				credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
			}),
	};
}
