import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { type HTMLElement, parse } from 'node-html-parser';

let container: AstroContainer | undefined;

/** Renders an Astro component with props to a parsed DOM, through the Container API. */
export async function render(component: unknown, props: Record<string, unknown>): Promise<HTMLElement> {
	container ??= await AstroContainer.create();
	// The Container API types components loosely; each test passes a real .astro import.
	return parse(await container.renderToString(component as Parameters<AstroContainer['renderToString']>[0], { props }));
}
