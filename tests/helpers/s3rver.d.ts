/** The part of s3rver 3 (a local S3 server, no types of its own) the deploy test uses. */
declare module 's3rver' {
	import type { EventEmitter } from 'node:events';
	import type { Server } from 'node:http';
	import type { AddressInfo } from 'node:net';

	interface Options {
		address?: string;
		port?: number;
		silent?: boolean;
		directory: string;
		configureBuckets?: { name: string; configs: (string | Buffer)[] }[];
	}

	export default class S3rver extends EventEmitter {
		constructor(options: Options);
		run(): Promise<AddressInfo>;
		/** The HTTP server, once run() has resolved. */
		httpServer?: Server;
		close(): Promise<void>;
	}
}
