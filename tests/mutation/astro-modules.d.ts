// For the type check of mutation testing only (plain tsc, which cannot read .astro files; astro
// check, which can, does not use this): a component import is a component.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
