/**
 * The search page's behaviour, in the browser: Pagefind's API behind a plain form. Results are
 * built with DOM methods (never innerHTML from user input); Pagefind's excerpts are its own
 * escaped HTML with <mark> around the matches.
 */

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		term: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface Messages {
	searching: string;
	results: string;
	none: string;
	failed: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

export async function runSearchPage(form: HTMLFormElement): Promise<void> {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	const status = document.querySelector<HTMLElement>('.search__status[role="status"]')!;
	const list = document.querySelector<HTMLOListElement>('.search__results')!;
	const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;

	let pagefind: Pagefind;
	try {
		pagefind = (await import(/* @vite-ignore */ form.dataset.index ?? '/pagefind/pagefind.js')) as Pagefind;
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

	let latest = 0;
	async function run() {
		const term = input.value.trim();
		const run = ++latest;
		const chosen = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.name, select.value]));
		const params = new URLSearchParams(term ? { q: term } : {});
		history.replaceState(null, '', `${location.pathname}${term ? `?${params}` : ''}`);
		list.replaceChildren();
		if (!term) {
			status.textContent = '';
			return;
		}
		status.textContent = messages.searching;
		const search = await pagefind.search(term, { filters: chosen });
		const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
		if (run !== latest) return;
		status.textContent = fill(results.length > 0 ? messages.results : messages.none, { count: results.length, term });
		for (const result of results) {
			const item = document.createElement('li');
			const heading = document.createElement('h2');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			heading.append(link);
			const excerpt = document.createElement('p');
			excerpt.innerHTML = result.excerpt;
			item.append(heading, excerpt);
			list.append(item);
		}
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

	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void run();
	}
}
