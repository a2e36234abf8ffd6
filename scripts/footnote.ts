// `npm run footnote -- <command>`: the command line (lib/cli/main.ts).
import { main } from '../lib/cli/main';

process.exitCode = await main(process.argv.slice(2));
