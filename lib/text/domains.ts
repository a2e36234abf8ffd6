/**
 * Domain forms → one spelling: "chat dot openai dot com", "chat[.]openai[.]com",
 * "chat.openai .com" and "chat.openai. com" all become "chat.openai.com".
 * Runs on lower-cased text. Fixed patterns only.
 */

const SPELLED_DOT = /([a-z0-9-]+)\s?(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\sdot\s)\s?(?=[a-z0-9-])/g;
// A real domain fragment (label.label) with a stray space around a later dot, ending in a TLD.
const SPACED_DOT = /\b[a-z0-9-]+\.[a-z0-9-]+(?:\s?\.\s?[a-z0-9-]+)*?\s?\.\s?(?:com|org|net|ai|io|cn|co|uk|hk|tw|app|dev)\b/g;
// "openai .com": a label, a space, then ".com" glued to its TLD.
const SPACE_BEFORE_TLD = /\b([a-z0-9-]+)\s\.(com|org|net|ai|io|cn)\b/g;

// Chinese full stops between Latin labels ("chat。openai。com").
const CJK_DOT = /([a-z0-9-])\s?[。｡]\s?(?=[a-z0-9-]+(?:[。｡.][a-z0-9-]+)*[。｡.](?:com|org|net|ai|io|cn)\b|(?:com|org|net|ai|io|cn)\b)/g;

export function normalizeDomains(s: string): string {
  if (!s.includes('.') && !s.includes('dot') && !s.includes('。') && !s.includes('｡')) return s;
  return s
    .replace(CJK_DOT, '$1.')
    .replace(SPELLED_DOT, '$1.')
    .replace(SPACED_DOT, (m) => m.replace(/\s/g, ''))
    .replace(SPACE_BEFORE_TLD, '$1.$2');
}
