/** npm run schemas: writes VS Code's schemas of the content files (lib/commands/editor-schemas.ts). */
import { runCommand } from '../lib/commands/command';
import { editorSchemas } from '../lib/commands/editor-schemas';

await runCommand(editorSchemas);
