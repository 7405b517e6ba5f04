/** npm run content:check: checks content/ as the build does, with the house style on top (lib/commands/content-check.ts). */
import { runCommand } from '../lib/commands/command';
import { contentCheck } from '../lib/commands/content-check';

await runCommand(contentCheck);
