/** npm run admin: the web editor's local backend (lib/commands/admin.ts). */
import { admin } from '../lib/commands/admin';
import { runCommand } from '../lib/commands/command';

await runCommand(admin);
