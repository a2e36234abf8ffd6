/**
 * The command line, on the same code as the extension:
 *   check [--format json|table] [--store pack.json] [--published DATE] [--today DATE] <inputs…>
 *   validate <file>                      convert --to claimreview|footnote <file>
 *   keygen --out <private.pem>           sign --key <private.pem> <pack> [--out file]
 *   verify --key <public-key|file> <signed.json>
 *   timeline [product] [--format table|json]
 * Exit codes: 0 fine, 1 something invalid or unreadable (a malformed option value is named), 2 wrong
 * usage (a missing command, input or option).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { parseArgs } from 'node:util';
import { CorrectionIndex } from '../engine';
import type { Correction } from '../schema/correction';
import { formatError } from '../schema/validate';
import { toDataFeed } from '../store/claimreview';
import { FOOTNOTE_FORMAT, ImportError, parseImport } from '../store/exchange';
import { importPrivateKey, isEnvelope, KeyError, signPayload, toBase64, verifyEnvelope } from '../store/sign';
import { shippedSeeds, shippedTimeline } from '../timeline/shipped';
import { breaksOf } from '../timeline/breaks';
import { findProducts, formatTimeline } from './timeline';
import { checkInput, formatTable } from './check';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** A malformed option value: named, with what is wrong, and exit code 1 (nothing is read or written). */
class FieldValueError extends Error {}

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

function usage(message?: string): number {
  if (message) err(`footnote: ${message}`);
  err('usage: footnote check|validate|convert|keygen|sign|verify|timeline … (see README, "Command line")');
  return 2;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ImportError(`cannot read ${path}`);
  }
}

function corrections(extra?: string): Correction[] {
  const seeds = shippedSeeds();
  if (!extra) return seeds;
  const plan = parseImport(readText(extra), { source: 'file', reference: seeds });
  for (const e of plan.invalid) err(`warning: ${extra}: ${formatError(e)}`);
  const byId = new Map(seeds.map((c) => [c.id, c]));
  // A pack's products check their address moves, as they do once imported into the extension.
  for (const c of [...plan.records, ...breaksOf(plan.products, shippedTimeline().breakTexts, new Date().toISOString())]) byId.set(c.id, c);
  return [...byId.values()];
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'table' }, store: { type: 'string' }, published: { type: 'string' }, today: { type: 'string' } } });
  if (positionals.length === 0) return usage('check needs at least one input (a file, a URL, or - for standard input)');
  if (values.format !== 'json' && values.format !== 'table') throw new FieldValueError(`--format: "${values.format}" is not json or table`);
  for (const name of ['published', 'today'] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDate(value)) throw new FieldValueError(`--${name}: "${value}" is not a date written YYYY-MM-DD`);
  }
  const index = new CorrectionIndex(corrections(values.store));
  let failed = false;
  for (const input of positionals) {
    const line = await checkInput(input, index, { today: values.today, published: values.published });
    if (line.error) failed = true;
    out(values.format === 'json' ? JSON.stringify(line) : formatTable(line));
  }
  return failed ? 1 : 0;
}

function validate(args: string[]): number {
  const [file] = args;
  if (!file) return usage('validate needs a file');
  const plan = parseImport(readText(file), { source: 'file', reference: shippedSeeds() });
  for (const e of plan.invalid) out(formatError(e));
  out(`${file}: ${plan.records.length} valid, ${plan.invalid.length ? `${new Set(plan.invalid.map((e) => e.index)).size} invalid` : 'none invalid'} (${plan.format})`);
  return plan.invalid.length ? 1 : 0;
}

function convert(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { to: { type: 'string' } } });
  if (!positionals[0] || !values.to) return usage('convert --to claimreview|footnote <file>');
  if (values.to !== 'claimreview' && values.to !== 'footnote') throw new FieldValueError(`--to: "${values.to}" is not claimreview or footnote`);
  const plan = parseImport(readText(positionals[0]), { source: 'file', reference: shippedSeeds() });
  for (const e of plan.invalid) err(formatError(e));
  const now = new Date().toISOString();
  const body = values.to === 'claimreview' ? toDataFeed(plan.records, now) : { format: FOOTNOTE_FORMAT, formatVersion: 1, corrections: plan.records };
  out(JSON.stringify(body, null, 2));
  return plan.invalid.length ? 1 : 0;
}

const pem = (label: string, bytes: Uint8Array) => `-----BEGIN ${label}-----\n${toBase64(bytes).replace(/(.{64})/g, '$1\n').trim()}\n-----END ${label}-----\n`;

async function keygen(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) return usage('keygen --out <private-key.pem>');
  if (existsSync(values.out)) throw new FieldValueError(`--out: ${values.out} exists; refusing to overwrite a key`);
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  writeFileSync(values.out, pem('PRIVATE KEY', new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey))), { mode: 0o600 });
  out(`private key written to ${values.out}`);
  out(`public key (pin it when subscribing): ${toBase64(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)))}`);
  return 0;
}

async function sign(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string' } } });
  if (!values.key || !positionals[0]) return usage('sign --key <private-key.pem> <pack.json> [--out signed.json]');
  const payload = readText(positionals[0]);
  const plan = parseImport(payload, { source: 'file' });
  if (plan.invalid.length) {
    plan.invalid.forEach((e) => err(formatError(e)));
    err('refusing to sign a pack with invalid records');
    return 1;
  }
  const key = await importPrivateKey(readText(values.key), subtle);
  const envelope = JSON.stringify(await signPayload(payload, key, subtle), null, 2);
  if (values.out) writeFileSync(values.out, `${envelope}\n`);
  else out(envelope);
  return 0;
}

async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' } } });
  if (!values.key || !positionals[0]) return usage('verify --key <public-key-or-file> <signed.json>');
  const key = existsSync(values.key) ? readText(values.key).trim() : values.key;
  let envelope: unknown;
  try {
    envelope = JSON.parse(readText(positionals[0]));
  } catch {
    envelope = undefined;
  }
  if (!isEnvelope(envelope)) {
    out(`${positionals[0]}: not a signed Footnote pack`);
    return 1;
  }
  const ok = await verifyEnvelope(envelope, key, subtle);
  out(`${positionals[0]}: signature ${ok ? 'valid' : 'INVALID'}`);
  return ok ? 0 : 1;
}

function timeline(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'table' } } });
  if (values.format !== 'json' && values.format !== 'table') throw new FieldValueError(`--format: "${values.format}" is not json or table`);
  const pack = shippedTimeline();
  const products = findProducts(pack, positionals[0]);
  if (products.length === 0) {
    err(`footnote: no product "${positionals[0]}" in the timeline; known: ${pack.products.map((p) => p.id).join(', ')}`);
    return 1;
  }
  out(values.format === 'json' ? JSON.stringify(products, null, 2) : formatTimeline(pack, products));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(args);
      case 'validate':
        return validate(args);
      case 'convert':
        return convert(args);
      case 'keygen':
        return await keygen(args);
      case 'sign':
        return await sign(args);
      case 'verify':
        return await verify(args);
      case 'timeline':
        return timeline(args);
      default:
        return usage(command ? `unknown command ${command}` : undefined);
    }
  } catch (e) {
    if (e instanceof KeyError) {
      err(`footnote: --key: ${e.message}`);
      return 1;
    }
    if (e instanceof FieldValueError) {
      err(`footnote: ${e.message}`);
      return 1;
    }
    if (e instanceof ImportError || (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      err(`footnote: ${(e as Error).message}`);
      return (e as { code?: string }).code ? 2 : 1;
    }
    throw e;
  }
}
