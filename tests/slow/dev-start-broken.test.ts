import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanEnv, projectCopy } from '../helpers/build';

/**
 * `npm run dev` started while a draft's frontmatter cannot even be read (a full-width colon):
 * the server starts, every page is the Chinese list of the draft's problems, and the fix brings
 * the pages back. (Astro's own reader would stop the content sync, and the server, here.)
 */
const BROKEN =
	'---\ntitle: 乌兰哈达火山\nsummary: 摘要。\npubDate: 2019年7月1日\nsection: politics-law\neditor： 王芳\ndraft: true\n---\n\n正文。\n';
const copy = projectCopy({ 'content/articles/huoshan.mdx': BROKEN });
let server: ChildProcess;
let origin = '';
let output = '';

beforeAll(async () => {
	const port = await new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
	origin = `http://127.0.0.1:${port}`;
	server = spawn('npm', ['run', 'dev', '--silent', '--', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: copy.root,
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		detached: true,
	});
	server.stdout?.on('data', (chunk) => (output += chunk));
	server.stderr?.on('data', (chunk) => (output += chunk));
	for (let tries = 0; tries < 120 && !output.includes('watching for file changes'); tries++)
		await new Promise((resolve) => setTimeout(resolve, 250));
}, 60_000);

afterAll(() => {
	if (server.pid) process.kill(-server.pid, 'SIGTERM');
	copy.remove();
});

const until = async (status: number) => {
	for (let tries = 0; tries < 60; tries++) {
		const response = await fetch(`${origin}/`, { headers: { accept: 'text/html' } });
		const body = await response.text();
		if (response.status === status) return body;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`/ never answered ${status}\n${output}`);
};

test('the server starts; every problem of the draft is listed in Chinese, the colon and the date among them', async () => {
	expect(output).toContain('watching for file changes');
	const items = parse(await until(503))
		.querySelectorAll('li')
		.map((li) => li.text);
	expect(items.find((text) => text.includes('huoshan.mdx:4:1'))).toContain('不是有效日期');
	expect(items.find((text) => text.includes('huoshan.mdx:6:1'))).toContain('字段名 editor 后面用了全角冒号');
	expect(output).not.toMatch(/Stack trace|\n\s+at |can not read a block mapping/);
});

test('fixed, the pages come back', async () => {
	writeFileSync(
		join(copy.root, 'content/articles/huoshan.mdx'),
		BROKEN.replace('2019年7月1日', '2019-07-01').replace('editor：', 'editor:'),
	);
	expect(await until(200)).toContain('全市扫黑除恶专项斗争');
	expect(output).not.toMatch(/Stack trace|\n\s+at |Failed to reload/);
});
