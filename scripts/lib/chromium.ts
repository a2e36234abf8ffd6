/**
 * Finds a Chromium for the browser tests and the demo: $CHROMIUM_PATH, then the usual
 * install paths. With none found, running as root with apt, it installs Debian's `chromium`;
 * otherwise it stops with a message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

function aptInstall(packages: string[]): void {
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (isRoot() && hasApt()) {
    aptInstall(['chromium']);
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
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
