import { expect, type Page } from '@playwright/test';

/** The six-digit code an unpaired player shows. */
export async function readPairingCode(page: Page): Promise<string> {
  const code = page.getByTestId('pairing-code');
  await expect(code).toHaveText(/\d{3}\s*\d{3}/);
  return ((await code.textContent()) ?? '').replace(/\D/g, '');
}

/** The slide on screen now (the next one may already be prepared, hidden). */
export const shownSlide = (page: Page) =>
  page.locator('[data-slide-id]').filter({ visible: true }).first();
