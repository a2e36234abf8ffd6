/**
 * Reading the CLI's inputs: files, URLs and standard input, each to a page the engine can
 * read, or to an error that names what went wrong. HTML is parsed with happy-dom, with
 * scripts, stylesheets and frames left unloaded.
 */
import { readFile, stat } from 'node:fs/promises';
import { Window } from 'happy-dom';
import type { PageText } from '../engine';
import { parseDate } from '../page/meta';
import { pageTextOf, plainTextOf } from '../page/pageText';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const URL_TIMEOUT_MS = 15000;

export interface LoadedInput {
  input: string;
  page: PageText;
  declaredLang?: string;
}

export class InputError extends Error {}

function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty input');
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError('binary input (not text)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('binary input (not UTF-8 text)');
  }
  if (!text.trim()) throw new InputError('empty input');
  return text.replace(/^\uFEFF/, '');
}

export function parseHtml(html: string, url = 'http://localhost/'): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableComputedStyleRendering: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true } },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}

const looksLikeHtml = (name: string, text: string) => /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(text);

export async function toPage(input: string, text: string, url?: string): Promise<LoadedInput> {
  if (looksLikeHtml(input, text)) {
    const { doc, close } = parseHtml(text, url);
    try {
      const { declaredLang, ...page } = pageTextOf(doc);
      return { input, page, declaredLang };
    } finally {
      await close();
    }
  }
  return { input, page: plainTextOf(text, parseDate) };
}

async function fetchUrl(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(URL_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    throw new InputError(`could not fetch ${url}: ${(e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message}`);
  }
  if (!response.ok) throw new InputError(`fetching ${url} failed: HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_INPUT_BYTES) throw new InputError(`${url} is larger than ${MAX_INPUT_BYTES / 1048576} MB`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadInput(input: string, deps: { stdin?: () => Promise<Uint8Array>; fetch?: typeof fetch } = {}): Promise<LoadedInput> {
  if (input === '-') return toPage('-', decode(await (deps.stdin ?? readStdin)()));
  if (/^https?:\/\//i.test(input)) return toPage(input, decode(await fetchUrl(input, deps.fetch ?? fetch)), input);
  let size: number;
  try {
    const s = await stat(input);
    if (!s.isFile()) throw new InputError('not a file');
    size = s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('no such file');
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`input is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  return toPage(input, decode(await readFile(input)));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
