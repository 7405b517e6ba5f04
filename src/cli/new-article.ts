/** npm run new: writes a new draft article (lib/commands/new-article.ts). */
import { runCommand } from '../lib/commands/command';
import { newArticle } from '../lib/commands/new-article';

await runCommand(newArticle);
