// The built extension loads in Chromium and Firefox and its panel renders.
import { launchChromium, launchFirefox } from './browsers';

jest.setTimeout(60_000);

describe('the extension in Chromium', () => {
  it('starts its service worker and renders the panel', async () => {
    const chromium = await launchChromium();
    try {
      expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
      const page = await chromium.context.newPage();
      await page.goto(`chrome-extension://${chromium.extensionId}/panel.html`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Parallax');
    } finally {
      await chromium.close();
    }
  });
});

describe('the extension in Firefox', () => {
  it('installs and renders the panel', async () => {
    const firefox = await launchFirefox();
    try {
      const page = await firefox.browser.newPage();
      // goto on moz-extension pages rejects with "Frame detached" while the page loads fine.
      page.goto(`${firefox.baseUrl}/panel.html`).catch(() => undefined);
      const heading = await page.waitForSelector('h1', { timeout: 20_000 });
      expect(await heading!.evaluate((h) => h.textContent)).toBe('Parallax');
    } finally {
      await firefox.close();
    }
  });
});
