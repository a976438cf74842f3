// Pack CLI: `npm run pack -- <command>`. Validate, inspect, diff, build, sign and verify data packs.
import { parseArgs } from 'node:util';
import { CliError } from './pack-files';
import {
  buildCommand, diffCommand, keygenCommand, signCommand, statsCommand, validateCommand, verifyCommand, type Io,
} from './pack-commands';

const USAGE = `usage: npm run pack -- <command>
  validate FILE                    exit 0 if valid, else one line per problem on stderr
  stats FILE [--json]              counts by entity, commodity, status, partner; gaps and low confidence
  diff OLD NEW [--json]            added / removed / changed entities with field-level changes
  build [--out FILE]               build the bundled pack from assets/packs/src (canonical order, checksum)
  sign FILE --key KEY [--out FILE] sign with an Ed25519 private key file
  verify FILE [--pubkey KEY]       check checksum and signature (pinned keys unless --pubkey)
  keygen --out DIR [--name NAME] [--label TEXT]   make a key pair (NAME-ed25519.key, NAME-ed25519.pub.json)`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' }, out: { type: 'string' }, key: { type: 'string' }, pubkey: { type: 'string' },
      name: { type: 'string' }, label: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...args] = positionals;
  const need = (n: number) => {
    if (args.length !== n) throw new CliError(`${command} needs ${n} file argument${n === 1 ? '' : 's'}\n${USAGE}`, 2);
  };
  switch (command) {
    case 'validate': need(1); return validateCommand(args[0], io);
    case 'stats': need(1); return statsCommand(args[0], values.json === true, io);
    case 'diff': need(2); return diffCommand(args[0], args[1], values.json === true, io);
    case 'build': need(0); return buildCommand(values.out, io);
    case 'sign':
      need(1);
      if (!values.key) throw new CliError('sign needs --key PRIVATE_KEY_FILE', 2);
      return signCommand(args[0], values.key, values.out, io);
    case 'verify': need(1); return verifyCommand(args[0], values.pubkey, io);
    case 'keygen':
      need(0);
      if (!values.out) throw new CliError('keygen needs --out DIR', 2);
      return keygenCommand(values.out, values.name ?? 'publisher', values.label ?? 'Steppe Atlas publisher', io);
    default:
      if (values.help || command === undefined || command === 'help') { io.out(USAGE); return command === undefined && !values.help ? 2 : 0; }
      throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
  }
}

function main(): void {
  const io: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };
  run(process.argv.slice(2), io).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      io.err(`error: ${message}`);
      if (process.env.PACK_DEBUG && e instanceof Error) io.err(e.stack ?? '');
      process.exitCode = e instanceof CliError ? e.exitCode : 1;
    },
  );
}

if (!process.env.VITEST) main();
