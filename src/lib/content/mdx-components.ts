/**
 * The site's three components, by name, with the props each takes: what the gate allows in an
 * article (mdx-subset.ts) and what the web editor's buttons write (editor/cms-components.ts), in
 * a module of its own so the editor's browser script needs no MDX parser to know them.
 */
/** The site's components an article may use without importing them, with the props each takes. */
export const MDX_COMPONENTS = {
	PullQuote: { props: ['cite'], required: [] },
	Figure: { props: ['src', 'alt', 'caption', 'credit'], required: ['src', 'alt'] },
	Promo: { props: ['id'], required: ['id'] },
} as const satisfies Record<string, { props: readonly string[]; required: readonly string[] }>;

export type ComponentName = keyof typeof MDX_COMPONENTS;
