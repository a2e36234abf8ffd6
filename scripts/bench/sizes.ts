/** Size of each built bundle, minified and gzipped; the content script's counts on every page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIR = '.output/chrome-mv3';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(js|css|html)$/.test(n) ? [p] : [];
  });
}

export function bundleSizes() {
  const files = walk(DIR).map((p) => {
    const body = readFileSync(p);
    return { file: relative(DIR, p), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  console.log('\nBundles (minified / gzipped):');
  for (const f of files.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${f.file.padEnd(40)} ${(f.bytes / 1024).toFixed(1).padStart(7)} kB ${(f.gzip / 1024).toFixed(1).padStart(7)} kB`);
  const content = files.find((f) => f.file === 'content-scripts/content.js')!;
  const background = files.find((f) => f.file === 'background.js')!;
  return { contentScriptBytes: content.bytes, contentScriptGzipBytes: content.gzip, backgroundGzipBytes: background.gzip, bundles: files };
}
