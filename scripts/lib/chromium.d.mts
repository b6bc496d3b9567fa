import type { Browser } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); playwright-core drives it, no bundled browser. */
export const CHROMIUM: string;

/** Headless, no GPU (sigma draws through software WebGL, SwiftShader), no background traffic. */
export const CHROMIUM_ARGS: readonly string[];

/** Launches {@link CHROMIUM} headless with {@link CHROMIUM_ARGS}. */
export function launchChromium(): Promise<Browser>;
