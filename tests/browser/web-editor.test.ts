import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCheck } from '../../src/lib/commands/content-check';
import { type LocalBackend, startLocalBackend } from '../../src/lib/editor/local-backend';
import { adminFiles } from '../../src/lib/pipeline/web-editor';
import { launch } from '../helpers/browser';
import { projectWithContent, runIn } from '../helpers/command';
import { PROJECT_ROOT } from '../helpers/paths';

/**
 * The web editor driven in Chromium against a real local backend: Decap's own decap-server on
 * 127.0.0.1:8081, started as `npm run admin` starts it (startLocalBackend), writing into a copy of content/,
 * and /admin/ served as a dev server serves it (adminFiles, local).
 */
const SEED = 'content/articles/saohei-zhengzhi-zhanwei.mdx';
let root = '';
let backend: LocalBackend | undefined;
let server: Server | undefined;
let adminUrl = '';

beforeAll(async () => {
	root = projectWithContent();
	backend = await startLocalBackend(root);
	const files = await adminFiles(PROJECT_ROOT, { local: true });
	server = createServer((request, response) => {
		const name = (request.url ?? '/').split('?')[0]!.replace(/^\/admin\//, '') || 'index.html';
		const file = files.get(name);
		response.writeHead(file ? 200 : 404, {
			'Content-Type': name.endsWith('.html')
				? 'text/html; charset=utf-8'
				: name.endsWith('.js')
					? 'text/javascript'
					: 'text/yaml',
		});
		response.end(file ?? '');
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	adminUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/`;
}, 60_000);

afterAll(async () => {
	backend?.stop();
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** The editor, logged in to the local backend, with the errors its page logged. */
async function openEditor(): Promise<{ page: Page; errors: string[] }> {
	const page = await (await launch()).newPage({ viewport: { width: 1280, height: 900 } });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on(
		'console',
		(message) =>
			message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()),
	);
	page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
	await page.goto(adminUrl);
	await page.getByRole('button', { name: '登录' }).click();
	await page.getByText('文章').first().waitFor();
	return { page, errors };
}

describe('the web editor, in Chinese, on a real local backend', () => {
	test('editing one field of the seed and publishing changes that line of its file alone; the check still passes', async () => {
		const before = readFileSync(join(root, SEED), 'utf8');
		const { page, errors } = await openEditor();
		await page.goto(`${adminUrl}#/collections/articles/entries/saohei-zhengzhi-zhanwei`);
		const source = page.getByLabel('来源');
		await source.waitFor();
		expect(await source.inputValue()).toBe('乌兰察布市扫黑办');
		await source.fill('乌兰察布市扫黑除恶办公室');
		await page.getByRole('button', { name: '发布' }).click();
		await page.getByText('立即发布').click();
		await expect.poll(() => readFileSync(join(root, SEED), 'utf8'), { timeout: 15_000 }).not.toBe(before);
		const [lines, written] = [before.split('\n'), readFileSync(join(root, SEED), 'utf8').split('\n')];
		expect(written).toHaveLength(lines.length);
		expect(written.filter((line, index) => line !== lines[index])).toEqual(['source: 乌兰察布市扫黑除恶办公室']);
		expect(await runIn(contentCheck, root, [])).toMatchObject({ code: 0 });
		expect(errors).toEqual([]);
		await page.close();
	}, 90_000);
});
