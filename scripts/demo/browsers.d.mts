// Types of browsers.mjs for the TypeScript tests.
import type { BrowserContext, Worker } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const FIREFOX_PATH: string;
export function chromiumProxyArgs(proxyUrl: string): string[];
export function launchChromiumWithExtension(options: {
  extensionDir: string;
  proxyUrl: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  extraArgs?: string[];
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; close: () => Promise<void> }>;
export function firefoxProxyPrefs(port: number): Record<string, string | number | boolean>;
/** Environment for Firefox behind the demo proxy. */
export function firefoxEnvironment(): Record<string, string>;
