/**
 * Signed correction packs: an envelope holding the pack's exact text and an Ed25519 signature
 * over its UTF-8 bytes. A feed subscribed with a public key accepts only envelopes that verify
 * under that key. Uses WebCrypto (browsers and Node alike).
 */

export interface SignedEnvelope {
  format: 'footnote-signed';
  algorithm: 'Ed25519';
  payload: string;
  signature: string;
}

export function isEnvelope(value: unknown): value is SignedEnvelope {
  const v = value as Partial<SignedEnvelope> | null;
  return !!v && typeof v === 'object' && v.format === 'footnote-signed';
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.trim().replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** A public key as people paste it: 32 raw bytes in base64. Returns an error message or null. */
export function checkPublicKey(text: string): string | null {
  try {
    return fromBase64(text).length === 32 ? null : 'a public key is 32 bytes, written in base64 (44 characters)';
  } catch {
    return 'the public key is not valid base64';
  }
}

/** A key that is not one: its message says what is wrong with it. */
export class KeyError extends Error {}

export async function verifyEnvelope(envelope: SignedEnvelope, publicKey: string, subtle: SubtleCrypto = crypto.subtle): Promise<boolean> {
  const bad = checkPublicKey(publicKey);
  if (bad) throw new KeyError(bad);
  if (envelope.algorithm !== 'Ed25519' || typeof envelope.payload !== 'string' || typeof envelope.signature !== 'string') return false;
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', fromBase64(publicKey), { name: 'Ed25519' }, false, ['verify']);
  } catch (e) {
    throw new Error(`This browser cannot check Ed25519 signatures (${(e as Error).message})`);
  }
  try {
    return await subtle.verify({ name: 'Ed25519' }, key, fromBase64(envelope.signature), new TextEncoder().encode(envelope.payload));
  } catch {
    return false;
  }
}

/** An Ed25519 private key in PEM (PKCS #8), as `keygen` writes it. */
export async function importPrivateKey(pem: string, subtle: SubtleCrypto = crypto.subtle): Promise<CryptoKey> {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  try {
    return await subtle.importKey('pkcs8', fromBase64(body), { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new KeyError('not an Ed25519 private key in PEM (PKCS #8), as `keygen` writes it');
  }
}

export async function signPayload(payload: string, privateKey: CryptoKey, subtle: SubtleCrypto = crypto.subtle): Promise<SignedEnvelope> {
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, privateKey, new TextEncoder().encode(payload)));
  return { format: 'footnote-signed', algorithm: 'Ed25519', payload, signature: toBase64(signature) };
}
