import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from 'vitest';
import { cleanEnv } from './build';

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});

const pause = () => new Promise((resolve) => setTimeout(resolve, 250));

export interface DevServer {
	/** Everything the server printed so far. */
	readonly output: string;
	/**
	 * Asks for `path` (as a browser does, for HTML, unless `accept` says otherwise) until it answers
	 * `status` with `text` in it; never a 500.
	 */
	until: (path: string, status: number, text?: string, accept?: string) => Promise<{ status: number; body: string }>;
	stop: () => void;
}

/** `npm run dev` of the project at `root` on 127.0.0.1 at a free port, once it says it watches for changes. */
export async function startDevServer(root: string): Promise<DevServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn('npm', ['run', 'dev', '--silent', '--', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		detached: true,
	});
	let output = '';
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	for (let tries = 0; tries < 120 && !output.includes('watching for file changes'); tries++) await pause();
	return {
		get output() {
			return output;
		},
		until: async (path, status, text = '', accept = 'text/html') => {
			const seen: number[] = [];
			for (let tries = 0; tries < 60; tries++) {
				const response = await fetch(`${origin}${path}`, { headers: { accept } });
				const page = { status: response.status, body: await response.text() };
				seen.push(page.status);
				expect(page.status, page.body).not.toBe(500);
				if (page.status === status && page.body.includes(text)) return page;
				await pause();
			}
			throw new Error(`${path} never answered ${status}: ${seen.join(' ')}\n${output}`);
		},
		stop: () => {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		},
	};
}
