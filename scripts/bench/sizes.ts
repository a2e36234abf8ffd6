/**
 * Size of each built bundle, minified and gzipped. The stub runs on every page before it loads;
 * the stub and the page side it imports are everything a page gets.
 */
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
  const size = (name: string) => files.find((f) => f.file === name)!;
  const stub = size('page-stub.js');
  const main = size('page-main.js');
  return { stubGzipBytes: stub.gzip, pageSideGzipBytes: stub.gzip + main.gzip, pageSideBytes: stub.bytes + main.bytes, backgroundGzipBytes: size('background.js').gzip, bundles: files };
}
