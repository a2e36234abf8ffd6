/** What a reviewer would otherwise repeat, checked on every run. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENDERS } from '../../lib/messages';

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
const imports = (source: string) => [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('conventions', () => {
  it('entrypoints are thin wiring that imports only lib/, components/ and the framework', () => {
    for (const file of files('entrypoints')) {
      const source = readFileSync(file, 'utf8');
      expect(source.split('\n').length, `${file} is longer than 40 lines`).toBeLessThanOrEqual(40);
      for (const spec of imports(source)) {
        const ok = /^(\.\.\/)+(lib|components)\//.test(spec) || /^(wxt|preact)(\/|$)/.test(spec);
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('every message has exactly one handler, in the context that receives it', () => {
    const background = readFileSync('lib/background/main.ts', 'utf8');
    const content = readFileSync('lib/page/controller.ts', 'utf8');
    const handledInBackground = [...background.matchAll(/^ {4}(?:async )?(\w+)(?:\(|:)/gm)].map((m) => m[1]).filter((n) => n in SENDERS);
    const handledInContent = [...content.matchAll(/onMessage\('(\w+)'/g)].map((m) => m[1]);
    for (const [name, from] of Object.entries(SENDERS)) {
      const where = from === 'tab' || from === 'frame' || from === 'extension' ? handledInBackground : [];
      const inContent = handledInContent.includes(name);
      const inBackground = where.includes(name);
      expect(inContent !== inBackground, `${name}: handled in content=${inContent}, background=${inBackground}`).toBe(true);
    }
  });

  it('nothing inserts page or correction text as HTML', () => {
    for (const file of [...files('lib'), ...files('components'), ...files('entrypoints')]) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
    }
  });

  it('no code path turns data into code', () => {
    // The prefilter's gate is the one RegExp built from data: escaped literals only (see its header).
    for (const file of files('lib')) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\beval\(|new Function\(/);
      if (file !== join('lib', 'detect', 'prefilter.ts')) expect(source, file).not.toMatch(/new RegExp\((?!`)/);
    }
  });
});
