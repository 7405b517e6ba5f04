/**
 * The search page's behaviour, in the browser: Pagefind's API behind a plain form. Pagefind's
 * exact search finds the articles holding the query (lib/site/search-words.ts), all of them and so
 * their true number, without loading one; they are shown 20 at a time, newest first, with a button
 * for the next 20. Results are built with DOM methods, never innerHTML.
 */
import { displayedText, exactMatches, type PagefindSearch, queryTerms } from '../../lib/site/search-words';
import type { SearchMessages } from './_search-messages';
import { excerpt } from './_search-text';

interface PagefindData {
	url: string;
	content: string;
	meta: { title?: string; date?: string };
	filters?: Record<string, string[]>;
}

interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}

interface Pagefind extends PagefindSearch<PagefindResult> {
	options(options: { baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Results shown at once, and added by each press of 更多结果. */
const PAGE_SIZE = 20;

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

function resultItem(data: PagefindData, terms: readonly string[], messages: SearchMessages): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const title = displayedText(data.meta.title ?? '');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = title || data.url;
	heading.append(link);
	item.append(heading);

	const facts = [data.filters?.[messages.sectionFilter]?.[0], data.meta.date].filter(Boolean);
	if (facts.length > 0) {
		const meta = document.createElement('p');
		meta.className = 'search__meta';
		meta.textContent = facts.join(messages.metaSeparator);
		item.append(meta);
	}

	const shown = excerpt(data.content, title, terms);
	const text = document.createElement('p');
	text.className = 'search__excerpt';
	if (shown.cutBefore) text.append(messages.ellipsis);
	for (const part of shown.parts) {
		if (!part.mark) {
			text.append(part.text);
			continue;
		}
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		text.append(mark);
	}
	if (shown.cutAfter) text.append(messages.ellipsis);
	item.append(text);
	return item;
}

export async function runSearchPage(form: HTMLFormElement): Promise<void> {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	const status = document.querySelector<HTMLElement>('.search__status[role="status"]')!;
	const list = document.querySelector<HTMLOListElement>('.search__results')!;
	const more = document.querySelector<HTMLButtonElement>('.search__more')!;
	const messages = JSON.parse(form.dataset.messages ?? '{}') as SearchMessages;

	let pagefind: Pagefind;
	try {
		// The page names its index's script (data-index, under any base path); without one, nothing to search.
		const index = form.dataset.index;
		if (!index) throw new Error('no search index');
		pagefind = (await import(/* @vite-ignore */ index)) as Pagefind;
		// Result URLs are relative to the site's root: under a base path, say so.
		await pagefind.options({ baseUrl: form.dataset.base ?? '/' });
		await pagefind.init();
	} catch {
		status.textContent = messages.failed;
		return;
	}

	try {
		const filters = await pagefind.filters();
		for (const select of selects) {
			for (const value of Object.keys(filters[select.name] ?? {}).sort()) select.add(new Option(value, value));
		}
	} catch {
		// Without filters, search still works; the selects keep their "all" option.
	}

	/** The search on screen: every match, and how many are shown. */
	let current: { run: number; term: string; terms: string[]; matches: PagefindResult[]; shown: number } | undefined;
	let latest = 0;

	/**
	 * Shows the next PAGE_SIZE matches. After a press of 更多结果 the focus moves to the first new
	 * result; while typing it stays in the box.
	 */
	async function showMore(moveFocus: boolean): Promise<void> {
		const search = current;
		if (!search) return;
		more.hidden = true;
		const next = search.matches.slice(search.shown, search.shown + PAGE_SIZE);
		const pages = await Promise.all(next.map((result) => result.data()));
		if (search.run !== latest) return;
		const items = pages.map((page) => resultItem(page, search.terms, messages));
		list.append(...items);
		search.shown += items.length;
		const total = search.matches.length;
		const template = total === 0 ? messages.none : search.shown < total ? messages.resultsSoFar : messages.results;
		status.textContent = fill(template, { count: search.shown, total, term: search.term });
		more.hidden = search.shown >= total;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	async function run() {
		const term = input.value.trim();
		const run = ++latest;
		const chosen = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
		const params = new URLSearchParams(term ? { q: term } : {});
		history.replaceState(null, '', `${location.pathname}${term ? `?${params}` : ''}`);
		list.replaceChildren();
		more.hidden = true;
		current = undefined;
		if (!term) {
			status.textContent = '';
			return;
		}
		status.textContent = messages.searching;
		const matches = await exactMatches(pagefind, term, chosen);
		if (run !== latest) return;
		current = { run, term, terms: queryTerms(term), matches, shown: 0 };
		await showMore(false);
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), 250);
	});
	for (const select of selects) select.addEventListener('change', () => void run());
	more.addEventListener('click', () => void showMore(true));

	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}
