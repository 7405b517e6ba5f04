/** npm run content:check: checks content/ with the gate the build runs (lib/commands/content-check.ts). */
import { runCommand } from '../lib/commands/command';
import { contentCheck } from '../lib/commands/content-check';

await runCommand(contentCheck);
