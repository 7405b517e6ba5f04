/** npm run import: turns a print page's text into draft content (lib/commands/import-page.ts). */
import { runCommand } from '../lib/commands/command';
import { importPage } from '../lib/commands/import-page';

await runCommand(importPage);
