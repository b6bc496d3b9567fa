// Headless chromium for the browser tests and the viewer benchmark: one browser, launched one way,
// so a figure measured by the benchmark is measured on the page the tests check.

/** Debian's chromium (apt-get install chromium); playwright-core drives it, no bundled browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, no GPU (sigma draws through software WebGL, SwiftShader), no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches {@link CHROMIUM} headless with {@link CHROMIUM_ARGS}. playwright-core is loaded on the
 * first call, so a script can report a missing browser before needing it.
 * @example const browser = await launchChromium(); const page = await browser.newPage();
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
