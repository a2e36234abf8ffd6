import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, findFirefox } from '../../scripts/lib/chromium';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe('finding a Chromium for the browser tests', () => {
  it('uses $CHROMIUM_PATH first', () => {
    process.env.CHROMIUM_PATH = process.execPath; // any existing executable stands in
    expect(findChromium()).toBe(process.execPath);
  });
  it('says clearly when $CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    expect(() => findChromium()).toThrow('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.');
  });
});

describe('finding a Firefox for the Firefox tier', () => {
  const savedFirefox = process.env.FIREFOX_PATH;
  afterEach(() => {
    if (savedFirefox === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = savedFirefox;
  });
  it('uses $FIREFOX_PATH first', () => {
    process.env.FIREFOX_PATH = process.execPath;
    expect(findFirefox()).toBe(process.execPath);
  });
  it('says clearly when $FIREFOX_PATH points nowhere', () => {
    process.env.FIREFOX_PATH = '/nowhere/firefox';
    expect(() => findFirefox()).toThrow('FIREFOX_PATH is set to /nowhere/firefox, which does not exist.');
  });
});
