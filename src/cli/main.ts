/** Entry point of the command line (`npm run -s cli -- ...`). */
import { runCli } from './cli';

process.exitCode = await runCli(process.argv.slice(2));
