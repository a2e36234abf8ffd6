/** Generated article text for the benchmarks: realistic word mix, no trigger unless asked. */

const EN = 'the market investors shares revenue company growth analyst report quarter economy policy bank rates inflation central demand supply retail energy prices consumer index trade manufacturing jobs wages housing bonds yields currency exports factory output earnings forecast outlook survey data'.split(' ');
const ZH = '市场投资者股票收入公司增长分析师报告季度经济政策银行利率通胀消费指数贸易制造就业工资住房债券收益货币出口工厂产出盈利预测前景调查数据'.split('');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** About `bytes` characters of paragraphs (one in four Chinese), each 300–600 characters. */
export function paragraphs(bytes: number, seed = 1): string[] {
  const r = rng(seed);
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    const chinese = r() < 0.25;
    const len = 300 + Math.floor(r() * 300);
    let p = '';
    while (p.length < len) {
      if (chinese) p += ZH[Math.floor(r() * ZH.length)] + (r() < 0.05 ? '。' : '');
      else p += `${EN[Math.floor(r() * EN.length)]}${r() < 0.08 ? '. ' : ' '}`;
    }
    out.push(p);
    total += p.length;
  }
  return out;
}

export const CLAIMS = [
  'A Goldman Sachs chart shows ChatGPT traffic collapsing since May, using Similarweb data for chat.openai.com.',
  '高盛報告中的圖表顯示，ChatGPT 的網站流量近幾個月直線下降。',
  'Sora is still not available to the public, months after OpenAI first showed it.',
  'OpenAI loses $5 billion a year, and Goldman Sachs says AI is a bubble.',
];

/** The same paragraphs with `hits` claim sentences spread evenly through them. */
export function withClaims(paras: string[], hits: number): string[] {
  const out = [...paras];
  const step = Math.max(1, Math.floor(out.length / hits));
  for (let i = 0; i < hits; i++) {
    const at = Math.min(out.length - 1, i * step);
    out[at] = `${out[at]} ${CLAIMS[i % CLAIMS.length]}`;
  }
  return out;
}
