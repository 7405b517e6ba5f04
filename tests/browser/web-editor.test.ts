import { existsSync, readFileSync } from 'node:fs';
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

	test('a new article: named from its title’s pinyin, a section chosen, a pull quote and an ad from the buttons; the file passes the check', async () => {
		const { page, errors } = await openEditor();
		await page.goto(`${adminUrl}#/collections/articles/new`);
		await page.getByLabel('标题', { exact: true }).fill('乌兰哈达火山地质公园开园');
		await expect
			.poll(() => page.getByLabel('文件名（网址）').inputValue())
			.toBe('wu-lan-ha-da-huo-shan-di-zhi-gong-yuan-kai-yuan');
		await page.getByLabel('摘要').fill('乌兰哈达火山地质公园今天开园。');
		await page.getByLabel('发布日期').fill('2019-06-30');
		await page.getByLabel('栏目').click();
		await page.getByText('政法', { exact: true }).click();
		await page.locator('[data-slate-editor="true"]').first().click();
		await page.keyboard.type('乌兰哈达火山群位于察右后旗。');
		await page.keyboard.press('Enter');
		await page.getByTitle('添加组件').click();
		await page.getByText('引语', { exact: true }).first().click();
		await page.getByLabel('引语', { exact: true }).last().fill('火山是大自然留下的"课本"');
		await page.getByLabel('说话人').last().fill('地质专家');
		await page.locator('[data-slate-editor="true"]').first().press('End');
		await page.getByTitle('添加组件').click();
		await page.getByText('广告', { exact: true }).last().click();
		await page.getByLabel('广告', { exact: true }).last().click();
		await page.getByText('江南研学夏令营', { exact: true }).click();
		await page.getByRole('button', { name: '发布' }).click();
		await page.getByText('立即发布').click();
		const path = join(root, 'content/articles/wu-lan-ha-da-huo-shan-di-zhi-gong-yuan-kai-yuan.mdx');
		await expect.poll(() => existsSync(path), { timeout: 15_000 }).toBe(true);
		const text = readFileSync(path, 'utf8');
		expect(text.split('\n---\n')[0]).toBe(
			'---\ntitle: 乌兰哈达火山地质公园开园\nsummary: 乌兰哈达火山地质公园今天开园。\npubDate: 2019-06-30\nsection: politics-law\npublication: 内蒙古晨报',
		);
		expect(text).toContain('乌兰哈达火山群位于察右后旗。');
		expect(text).toContain('<Promo id="jiangnan-study-tour" />');
		expect(text).toContain(
			'<PullQuote cite="地质专家">火山是大自然留下的&quot;课本&quot;</PullQuote>'.replace('&quot;课本&quot;', '"课本"'),
		);
		const check = await runIn(contentCheck, root, []);
		expect(check.lines.filter((line) => line.includes('wu-lan-ha-da')).filter((line) => line.includes('错误'))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	}, 90_000);
});
