/**
 * Where ClauseLens runs without being asked: major news and government sites
 * that report on Chinese–Russian diplomacy. Any other site is opt-in through an
 * optional host permission, asked for when the reader enables it.
 *
 * Local addresses are included so that the bundled demo article and articles a
 * reader saved and serves locally work out of the box; they expose nothing.
 */
export const DEFAULT_NEWS_SITES: readonly string[] = [
  // Chinese mainland
  '*://*.xinhuanet.com/*',
  '*://*.news.cn/*',
  '*://*.people.com.cn/*',
  '*://*.chinadaily.com.cn/*',
  '*://*.cctv.com/*',
  '*://*.cgtn.com/*',
  '*://*.chinanews.com.cn/*',
  '*://*.gmw.cn/*',
  '*://*.thepaper.cn/*',
  '*://*.caixin.com/*',
  '*://*.globaltimes.cn/*',
  '*://*.gov.cn/*',
  '*://*.mfa.gov.cn/*',
  // Hong Kong, Taiwan, Singapore
  '*://*.scmp.com/*',
  '*://*.hk01.com/*',
  '*://*.mingpao.com/*',
  '*://*.rthk.hk/*',
  '*://*.cna.com.tw/*',
  '*://*.udn.com/*',
  '*://*.ltn.com.tw/*',
  '*://*.zaobao.com/*',
  '*://*.zaobao.com.sg/*',
  '*://*.straitstimes.com/*',
  // International
  '*://*.reuters.com/*',
  '*://*.apnews.com/*',
  '*://*.bbc.com/*',
  '*://*.bbc.co.uk/*',
  '*://*.nytimes.com/*',
  '*://*.cn.nytimes.com/*',
  '*://*.ft.com/*',
  '*://*.ftchinese.com/*',
  '*://*.theguardian.com/*',
  '*://*.washingtonpost.com/*',
  '*://*.bloomberg.com/*',
  '*://*.dw.com/*',
  '*://*.rfi.fr/*',
  '*://*.voachinese.com/*',
  '*://*.aljazeera.com/*',
  // Russian
  '*://*.tass.ru/*',
  '*://*.tass.com/*',
  '*://*.ria.ru/*',
  '*://*.rg.ru/*',
  '*://*.kommersant.ru/*',
  '*://*.interfax.ru/*',
  '*://*.kremlin.ru/*',
  '*://*.mid.ru/*',
  '*://*.rt.com/*',
  // Local pages: the demo article and saved copies
  'http://127.0.0.1/*',
  'http://localhost/*',
];

/** The match pattern that grants one site and its subdomains (www. is the same site). */
export function sitePattern(host: string): string {
  const bare = host.replace(/^(\*\.|www\.)/, '');
  return /^\d+\.\d+\.\d+\.\d+$|^localhost$/.test(bare) ? `*://${bare}/*` : `*://*.${bare}/*`;
}

/** A host name from what a reader types: a URL, a bare host, with or without www. */
export function normaliseHost(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a page URL falls under a match pattern of the simple forms used here. */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const parsed = /^(\*|https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, anySub, host] = parsed as unknown as [string, string, string | undefined, string];
  const protocol = target.protocol.replace(/:$/, '');
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = target.hostname.toLowerCase();
  return hostname === host || (anySub !== undefined && hostname.endsWith(`.${host}`));
}

/** Whether ClauseLens runs on this page without being asked. */
export function isDefaultSite(url: string): boolean {
  return DEFAULT_NEWS_SITES.some((pattern) => urlMatchesPattern(url, pattern));
}
