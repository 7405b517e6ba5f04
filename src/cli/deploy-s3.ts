/** npm run deploy:s3: publishes dist/ to an S3-compatible bucket (lib/commands/deploy-s3.ts). */
import { runCommand } from '../lib/commands/command';
import { deployS3 } from '../lib/commands/deploy-s3';

await runCommand(deployS3);
