/**
 * The content gate, for mutation testing: everything that decides what an editor's file may
 * contain (and so what can reach a reader), the link guard among it. Held to a higher score than
 * the rest of the code (stryker.config.mjs with MUTATION_SCOPE=gate, scores.ts).
 */
export const GATE_FILES = ['src/lib/content/**/*.ts', 'src/lib/pipeline/gate-step.ts'];

/** The least mutation score, in per cent, of a file of the gate, and of any other file. */
export const GATE_THRESHOLD = 90;
export const THRESHOLD = 75;
