/**
 * Finds the browsers for the browser tests and the demo: Chromium ($CHROMIUM_PATH, then the
 * usual install paths) and Firefox ESR ($FIREFOX_PATH, then /usr/bin/firefox-esr…). With none
 * found, running as root with apt, it installs Debian's package; otherwise it stops with a
 * message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** $`envVar` when set (it must exist), else the first of `candidates` that does. */
function findBinary(envVar: string, candidates: string[]): string | undefined {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return candidates.find((p) => existsSync(p));
}

export const findChromium = (): string | undefined => findBinary('CHROMIUM_PATH', CANDIDATES);

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

function aptInstall(packages: string[]): void {
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

function ensure(find: () => string | undefined, aptPackage: string, missing: string): string {
  const found = find();
  if (found) return found;
  if (isRoot() && hasApt()) {
    aptInstall([aptPackage]);
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(missing);
}

export function ensureChromium(): string {
  return ensure(findChromium, 'chromium', 'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.');
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const findFirefox = (): string | undefined => findBinary('FIREFOX_PATH', FIREFOX_CANDIDATES);

export function ensureFirefox(): string {
  return ensure(findFirefox, 'firefox-esr', 'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary (140 or newer).');
}

/** Chinese fonts, so that screenshots of Chinese pages show characters (best effort). */
export function ensureCjkFonts(): void {
  const fc = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fc.status === 0 && fc.stdout.trim()) return;
  if (isRoot() && hasApt()) {
    try {
      aptInstall(['fonts-noto-cjk']);
    } catch {
      console.warn('Could not install fonts-noto-cjk: Chinese text in screenshots may show as boxes.');
    }
  } else console.warn('No Chinese fonts found (fonts-noto-cjk): Chinese text in screenshots may show as boxes.');
}
