/** The files under a folder, as paths relative to it with / between names, sorted: one walker for the build's own folders. */
import { readdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((entry) => {
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			return entry.isDirectory() ? filesUnder(dir, path) : [path];
		})
		.sort();
}

/**
 * Jobs run in the background, at most `limit` at once: `run` returns at once, and `done()` waits
 * for every job and throws the first error.
 */
export function boundedJobs(limit: number): { run(job: () => Promise<unknown>): void; done(): Promise<void> } {
	const queue: (() => Promise<unknown>)[] = [];
	let running = 0;
	let failure: unknown;
	let idle: (() => void) | undefined;
	const pump = () => {
		while (running < limit && queue.length > 0) {
			const job = queue.shift()!;
			running++;
			job()
				.catch((error: unknown) => {
					failure ??= error;
				})
				.finally(() => {
					running--;
					pump();
				});
		}
		if (running === 0 && queue.length === 0) idle?.();
	};
	return {
		run(job) {
			queue.push(job);
			pump();
		},
		async done() {
			if (running > 0 || queue.length > 0) await new Promise<void>((resolve) => (idle = resolve));
			idle = undefined;
			if (failure !== undefined) throw failure;
		},
	};
}

/**
 * Files written in the background, at most `limit` at once (a large site never runs out of file
 * handles). An `atomic` file is written beside its place and renamed into it, so a build stopped
 * midway leaves no half-written file there.
 */
export function backgroundWriter(limit = 16): {
	write(path: string, data: string | Uint8Array, options?: { atomic?: boolean }): void;
	done(): Promise<void>;
} {
	const jobs = boundedJobs(limit);
	let partials = 0;
	return {
		write(path, data, { atomic = false } = {}) {
			jobs.run(async () => {
				if (!atomic) return writeFile(path, data);
				// Its own name beside the place: two writes of one path never share a half-written file.
				const partial = `${path}.${process.pid}-${partials++}.partial`;
				await writeFile(partial, data);
				await rename(partial, path);
			});
		},
		done: () => jobs.done(),
	};
}
