/**
 * What the build log leaves out: the bundler's MODULE_LEVEL_DIRECTIVE warning about the
 * "use astro:head-inject" directive Astro itself writes into every compiled MDX article (withastro/astro#18087).
 * It comes nine lines per article, says nothing an editor or developer can act on, and buries the
 * lines that matter. Every other warning passes.
 */
export interface BuildWarning {
	code?: string | undefined;
	message: string;
}

export function isAstroDirectiveNoise(warning: BuildWarning): boolean {
	return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** The bundler's `onwarn`: passes every warning but the noise on to `warn`. */
export function onBuildWarning<W extends BuildWarning>(warning: W, warn: (warning: W) => void): void {
	if (!isAstroDirectiveNoise(warning)) warn(warning);
}
