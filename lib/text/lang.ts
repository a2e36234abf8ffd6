/** Which of the three languages a text is in: Han characters decide Chinese, then which script. */
import type { Lang } from '../schema/correction';
import { toSimplified } from './chinese';

const HAN_GLOBAL = /[\u3400-\u9fff]/g;
const LATIN_GLOBAL = /[A-Za-z]/g;

export function detectLang(text: string, declared?: string | null): Lang {
  const sample = text.slice(0, 20000);
  const han = sample.match(HAN_GLOBAL) ?? [];
  const latin = (sample.match(LATIN_GLOBAL) ?? []).length;
  const tag = (declared ?? '').toLowerCase();
  if (han.length === 0 || han.length * 4 < latin) {
    if (tag.startsWith('zh') && han.length > 0) return scriptOf(han, tag);
    return 'en';
  }
  return scriptOf(han, tag);
}

function scriptOf(han: string[], tag: string): Lang {
  const chars = han.slice(0, 4000).join('');
  const simplified = toSimplified(chars);
  let traditional = 0;
  for (let i = 0; i < chars.length; i++) if (chars[i] !== simplified[i]) traditional++;
  if (traditional > chars.length * 0.03 || (traditional > 0 && /hant|tw|hk|mo/.test(tag))) return 'zh-Hant';
  return 'zh-Hans';
}
