/**
 * Pages built to make a content script fail: huge, hostile, never idle. Each is
 * generated here (deterministically) and served on 127.0.0.1 by the test or the
 * benchmark. The quotes on them are real clause text from the shipped index, so
 * a working extension marks them.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ClauseIndex } from '../../../lib/index/types';
import type { Route } from './server';

const QUOTE_MARK = /[“”‘’"'「」『』《》〈〉«»\n]/u;

/** `count` distinct stretches of clause text, `length` characters each, holding no quotation mark. */
export function clauseQuotes(index: ClauseIndex, count: number, length = 24): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // From the second stretch of each clause on: every clause opens with the same numbering and party
  // names ("十三、中华人民共和国和俄罗斯联邦主张"), which tells a reader, and the matcher, little.
  for (let offset = length + 7; out.length < count && offset < 2000; offset += length + 7) {
    for (const clause of index.clauses) {
      const text = clause.text.slice(offset, offset + length);
      if (text.length < length || QUOTE_MARK.test(text) || seen.has(text)) continue;
      // One clause only: a stretch shared by a repeated clause is ambiguous on purpose.
      if (index.clauses.filter((c) => c.text.includes(text)).length !== 1) continue;
      seen.add(text);
      out.push(text);
      if (out.length === count) break;
    }
  }
  if (out.length < count) throw new Error(`only ${out.length} clause quotes of ${length} characters`);
  return out;
}

/** Made-up sentences that no clause contains. */
export function unrelatedQuote(n: number): string {
  const words = ['今天', '天气', '咖啡', '比赛', '球迷', '地铁', '面包', '电影', '周末', '公园', '散步', '晚饭'];
  let out = '';
  for (let i = 0, x = n * 7919 + 13; i < 6; i++, x = (x * 48271) % 2147483647) out += words[x % words.length];
  return `${out}第${n}回`;
}

// A headline naming the date, as a news page about the statements does: the quotes below are then evidence enough.
const TITLE = '2025年5月8日中俄联合声明要点解读';

function html(body: string, head = '', title = TITLE): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

const filler = (n: number) =>
  `第${n}段。记者注意到，会谈在友好气氛中进行，双方就共同关心的国际和地区问题交换了意见，并表示愿意继续加强沟通与协调。`;

/** A news article of about `bytes` bytes of HTML with `quotes` quoted clause stretches spread through it. */
export function articleHtml(index: ClauseIndex, bytes: number, quotes: number, options: { head?: string } = {}): {
  html: string;
  quotes: string[];
} {
  const wanted = clauseQuotes(index, quotes);
  const paragraphs: string[] = [`<h1>${TITLE}</h1>`];
  let size = 0;
  let n = 0;
  const perQuote = Math.max(1, Math.floor(bytes / (quotes + 1)));
  let nextQuoteAt = perQuote / 2;
  let q = 0;
  while (size < bytes) {
    let p: string;
    if (q < wanted.length && size >= nextQuoteAt) {
      p = `<p>声明指出，双方<a href="#n${q}">“${wanted[q]}”</a>。</p>`;
      q++;
      nextQuoteAt += perQuote;
    } else {
      p = `<p>${filler(n)}</p>`;
    }
    paragraphs.push(p);
    size += Buffer.byteLength(p);
    n++;
  }
  while (q < wanted.length) paragraphs.push(`<p>声明指出：“${wanted[q++]}”。</p>`);
  return { html: html(`<article>${paragraphs.join('\n')}</article>`, options.head), quotes: wanted };
}

export interface HostilePage {
  name: string;
  path: string;
  routes: Record<string, Route>;
  /** Clause quotes on the page that the extension should mark (a subset may be asserted). */
  quotes: string[];
  /** Quotes on the page that come from no clause: never marked. */
  unrelated: string[];
  /** How long the page keeps changing on its own, in ms (0 for static pages). */
  busyMs: number;
  /** False when the page is built so that the extension's UI cannot stay (it removes the host). */
  keepsHost: boolean;
}

/** A strict Content-Security-Policy: nothing may load, no inline script or style. */
export function cspPage(index: ClauseIndex): HostilePage {
  const { html: body, quotes } = articleHtml(index, 20_000, 6);
  return {
    name: 'strict CSP (default-src none)',
    path: '/csp.html',
    routes: {
      '/csp.html': { body, headers: { 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" } },
    },
    quotes,
    unrelated: [],
    busyMs: 0,
    keepsHost: true,
  };
}

/**
 * The page's own scripts replace built-ins a careless content script would use,
 * with versions that throw (after the page has used them itself).
 */
export function builtinsPage(index: ClauseIndex): HostilePage {
  const { html: article, quotes } = articleHtml(index, 20_000, 6);
  const sabotage = `<script>
(function () {
  var fail = function (name) { return function () { throw new Error('page sabotage: ' + name); }; };
  Array.prototype.map = fail('Array.prototype.map');
  Array.prototype.forEach = fail('Array.prototype.forEach');
  Array.prototype.filter = fail('Array.prototype.filter');
  JSON.parse = fail('JSON.parse');
  JSON.stringify = fail('JSON.stringify');
  Node.prototype.appendChild = fail('Node.prototype.appendChild');
  Node.prototype.insertBefore = fail('Node.prototype.insertBefore');
  Element.prototype.attachShadow = fail('Element.prototype.attachShadow');
  Element.prototype.append = fail('Element.prototype.append');
  window.requestIdleCallback = fail('requestIdleCallback');
  window.MutationObserver = fail('MutationObserver');
  document.createRange = fail('document.createRange');
  window.Highlight = fail('Highlight');
})();
</script>`;
  return {
    name: 'overwritten built-ins',
    path: '/builtins.html',
    routes: { '/builtins.html': { body: article.replace('</body>', `${sabotage}</body>`) } },
    quotes,
    unrelated: [],
    busyMs: 0,
    keepsHost: true,
  };
}

/** About 5 MB of HTML: a very long article with quotes from start to end. */
export function fiveMegabytePage(index: ClauseIndex): HostilePage {
  const { html: body, quotes } = articleHtml(index, 5_000_000, 40);
  return { name: '5 MB page', path: '/5mb.html', routes: { '/5mb.html': { body } }, quotes, unrelated: [], busyMs: 0, keepsHost: true };
}

/** One text node of 1 MB (2^20 UTF-16 units) with quotes inside it. */
export function megabyteTextNodePage(index: ClauseIndex): HostilePage {
  const quotes = clauseQuotes(index, 30, 20);
  const parts: string[] = [];
  let length = 0;
  let n = 0;
  const target = 1 << 20;
  const gap = Math.floor(target / (quotes.length + 1));
  let q = 0;
  while (length < target - 200) {
    let part: string;
    if (q < quotes.length && length >= (q + 0.5) * gap) part = `声明指出，双方“${quotes[q++]}”。`;
    else part = filler(n++);
    parts.push(part);
    length += part.length;
  }
  let text = parts.join('');
  text += '。'.repeat(target - text.length);
  return {
    name: 'one text node of 1 MB',
    path: '/1mb-node.html',
    routes: { '/1mb-node.html': { body: html(`<h1>${TITLE}</h1><p id="huge">${text}</p>`) } },
    quotes,
    unrelated: [],
    busyMs: 0,
    keepsHost: true,
  };
}

/** 10,000 quotes, half from the statements and half from nowhere. */
export function tenThousandQuotesPage(index: ClauseIndex): HostilePage {
  // 24 characters, as news quotes a phrase: a 16-character stretch cut at random often carries too
  // little of its clause for the evidence model, which is the model's call, not this page's subject.
  const real = clauseQuotes(index, 120, 24);
  const quotes: string[] = [];
  const unrelated: string[] = [];
  const paragraphs: string[] = [`<h1>${TITLE}</h1>`];
  for (let i = 0; i < 10_000; i++) {
    if (i % 2 === 0) {
      const q = real[(i / 2) % real.length] as string;
      quotes.push(q);
      paragraphs.push(`<p>第${i}条：声明说<em>“${q}”</em>。</p>`);
    } else {
      const q = unrelatedQuote(i);
      unrelated.push(q);
      paragraphs.push(`<p>第${i}条：路人说“${q}”。</p>`);
    }
  }
  return {
    name: '10,000 quotes',
    path: '/10k-quotes.html',
    routes: { '/10k-quotes.html': { body: html(paragraphs.join('\n')) } },
    quotes,
    unrelated,
    busyMs: 0,
    keepsHost: true,
  };
}

/** A page adding 1,000 nodes a second for 10 seconds (100 every 100 ms); every 50th holds a clause quote. */
export function growingPage(index: ClauseIndex, seconds = 10): HostilePage {
  const real = clauseQuotes(index, 50, 24);
  const total = seconds * 1000;
  const quotes: string[] = [];
  for (let n = 0; n < total; n += 50) quotes.push(real[(n / 50) % real.length] as string);
  const script = `<script>
(function () {
  var Q = ${JSON.stringify(real)};
  var feed = document.getElementById('feed');
  var n = 0;
  var timer = setInterval(function () {
    for (var i = 0; i < 100 && n < ${total}; i++, n++) {
      var p = document.createElement('p');
      p.textContent = n % 50 === 0 ? '快讯' + n + '：声明指出“' + Q[(n / 50) % Q.length] + '”。' : '第' + n + '条滚动消息';
      feed.appendChild(p);
    }
    if (n >= ${total}) { clearInterval(timer); document.body.setAttribute('data-done', '1'); }
  }, 100);
})();
</script>`;
  return {
    name: '1,000 nodes a second for 10 s',
    path: '/growing.html',
    routes: { '/growing.html': { body: html(`<h1>${TITLE}</h1><div id="feed"></div>${script}`) } },
    quotes,
    unrelated: [],
    busyMs: seconds * 1000,
    keepsHost: true,
  };
}

/** 50 iframes, each a page with a quote of its own; the top page has quotes too. */
export function iframesPage(index: ClauseIndex): HostilePage {
  const quotes = clauseQuotes(index, 4);
  const inner = clauseQuotes(index, 6, 18);
  const routes: Record<string, Route> = {};
  const frames: string[] = [];
  for (let i = 0; i < 50; i++) {
    routes[`/frame-${i}.html`] = { body: html(`<p>框架${i}：声明指出“${inner[i % inner.length]}”。</p>`) };
    frames.push(`<iframe src="/frame-${i}.html" width="200" height="60" title="f${i}"></iframe>`);
  }
  const body = `<h1>${TITLE}</h1>${quotes.map((q) => `<p>声明指出“${q}”。</p>`).join('')}<div>${frames.join('')}</div>`;
  routes['/iframes.html'] = { body: html(body) };
  return { name: '50 iframes', path: '/iframes.html', routes, quotes, unrelated: [], busyMs: 0, keepsHost: true };
}

/** A page whose script removes anything added to <html> besides <head> and <body>: the extension's host included. */
export function hostRemovingPage(index: ClauseIndex): HostilePage {
  const { html: article, quotes } = articleHtml(index, 10_000, 4);
  const script = `<script>
new MutationObserver(function () {
  var kids = document.documentElement.children;
  for (var i = kids.length - 1; i >= 0; i--) {
    if (kids[i] !== document.head && kids[i] !== document.body) kids[i].remove();
  }
}).observe(document.documentElement, { childList: true });
</script>`;
  return {
    name: 'removes the shadow host',
    path: '/host-removing.html',
    routes: { '/host-removing.html': { body: article.replace('<body>', `<body>${script}`) } },
    quotes,
    unrelated: [],
    busyMs: 0,
    keepsHost: false,
  };
}

export function allHostilePages(index: ClauseIndex): HostilePage[] {
  return [
    cspPage(index),
    builtinsPage(index),
    fiveMegabytePage(index),
    megabyteTextNodePage(index),
    tenThousandQuotesPage(index),
    growingPage(index),
    iframesPage(index),
    hostRemovingPage(index),
  ];
}

/**
 * Installed before any page script (an init script, so it works under any CSP and
 * before a page can sabotage built-ins): long tasks of the main thread, and when
 * the number of marked quotes changed (polled once per animation frame).
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { longtasks: [], marks: [], hostAt: -1 };
  Object.defineProperty(window, '__probe', { value: probe });
  const now = performance.now.bind(performance);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  let last = -1;
  const raf = window.requestAnimationFrame.bind(window);
  const highlights = CSS.highlights;
  const get = highlights.get.bind(highlights);
  const count = () => {
    const h = get('clauselens-quote') || get('clauselens-quote-background');
    return h ? h.size : 0;
  };
  const tick = (t) => {
    const n = count();
    if (n !== last) {
      last = n;
      probe.marks.push({ t: t, n: n });
      try { performance.mark('probe:marks:' + n); } catch (e) {}
    }
    if (!probe.host && document.querySelector('clauselens-ui')) { probe.host = true; probe.hostAt = now(); }
    raf(tick);
  };
  raf(tick);
})();`;

export interface ProbeReading {
  longtasks: Array<{ start: number; duration: number }>;
  marks: Array<{ t: number; n: number }>;
  hostAt: number;
  loadAt: number;
  domContentLoadedAt: number;
}

/** What the probe saw, with the page's own load timings (ms from navigation start). */
export async function readProbe(page: Page): Promise<ProbeReading> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: Omit<ProbeReading, 'loadAt' | 'domContentLoadedAt'> }).__probe;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      longtasks: Array.from(probe.longtasks),
      marks: Array.from(probe.marks),
      hostAt: probe.hostAt,
      loadAt: nav?.loadEventStart ?? -1,
      domContentLoadedAt: nav?.domContentLoadedEventStart ?? -1,
    };
  });
}

/** Number of ranges ClauseLens has marked now (without the page's own built-ins, which may be sabotaged). */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('clauselens-quote') ?? CSS.highlights.get('clauselens-quote-background');
    return h ? h.size : 0;
  });
}

/** The texts of the marked ranges (Array.from, not .map: a hostile page may have replaced it). */
export async function markTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('clauselens-quote') ?? CSS.highlights.get('clauselens-quote-background');
    return h ? Array.from(h, (r) => (r as Range).toString()) : [];
  });
}

/** Waits until the mark count has not changed for `quietMs`, or the timeout passes. */
export async function waitForSettledCount(page: Page, atLeast: number, timeoutMs: number, quietMs = 800): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await markCount(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n >= atLeast && Date.now() - since >= quietMs) {
      return n;
    }
    if (Date.now() > deadline) return n;
    await page.waitForTimeout(150);
  }
}

/** The page's own DOM, as a fingerprint: body markup and the elements directly under <html>. */
export async function domFingerprint(page: Page): Promise<{ body: string; rootChildren: string[] }> {
  return page.evaluate(() => ({
    body: document.body.innerHTML,
    rootChildren: Array.from(document.documentElement.children, (e) => e.tagName.toLowerCase()),
  }));
}

/**
 * Errors from every JavaScript world of the page (the page's own and the content
 * script's isolated world) and browser-reported problems such as CSP refusals.
 */
export async function watchAllErrors(page: Page, cdp: CDPSession): Promise<string[]> {
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', (event) => {
    const d = event.exceptionDetails;
    errors.push(`exception: ${d.exception?.description ?? d.text} (${d.url ?? ''})`);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'assert') {
      errors.push(`console.${event.type}: ${event.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
    }
  });
  cdp.on('Log.entryAdded', (event) => {
    if (event.entry.level === 'error') errors.push(`log: ${event.entry.text} (${event.entry.url ?? ''})`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  void page;
  return errors;
}
