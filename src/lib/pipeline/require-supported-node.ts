/**
 * Imported first by astro.config.mjs and the test configs: stops on an old Node before any
 * other module (Astro, Vite, vitest) gets the chance to fail in a less clear way.
 */
import { assertSupportedNode } from './runtime.ts';

assertSupportedNode();
