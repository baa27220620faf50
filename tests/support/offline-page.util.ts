import type { Browser, BrowserContext } from 'playwright-core';

/**
 * A browser context that can reach only the service under test, as on an intranet without
 * internet: every request to another origin is refused and remembered, so that a test can say
 * which page asked for what instead of passing because a CDN happened to be reachable.
 */
export interface OfflineContext {
  context: BrowserContext;
  /** Requests that tried to leave the service's origin, with the page they came from. */
  outside: { url: string; from: string }[];
}

export async function offlineContext(browser: Browser, serviceUrl: string): Promise<OfflineContext> {
  const origin = new URL(serviceUrl).origin;
  const context = await browser.newContext();
  const outside: OfflineContext['outside'] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // data: and blob: URLs are the page's own bytes, not requests to a host.
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      await route.continue();
      return;
    }
    outside.push({ url, from: route.request().frame().url() });
    await route.abort('internetdisconnected');
  });
  return { context, outside };
}
