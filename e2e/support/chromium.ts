/**
 * Debian's Chromium, never a browser Playwright downloads. The flags keep it off the network
 * (this machine has none but the package registries) and let it run as root in CI.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
