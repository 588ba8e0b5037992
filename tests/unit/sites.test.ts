import { describe, expect, it } from 'vitest';
import { DEFAULT_NEWS_SITES, isDefaultSite, normaliseHost, sitePattern, urlMatchesPattern } from '../../lib/sites';

describe('site patterns', () => {
  it('reads a host from what a reader types', () => {
    expect(normaliseHost('https://www.Example.com/news/1')).toBe('www.example.com');
    expect(normaliseHost('example.org')).toBe('example.org');
    expect(normaliseHost(' news.example.co.uk ')).toBe('news.example.co.uk');
    expect(normaliseHost('not a site')).toBeUndefined();
    expect(normaliseHost('')).toBeUndefined();
  });

  it('grants a site with its subdomains, www being the same site', () => {
    expect(sitePattern('www.example.com')).toBe('*://*.example.com/*');
    expect(sitePattern('example.com')).toBe('*://*.example.com/*');
    expect(sitePattern('127.0.0.1')).toBe('*://127.0.0.1/*');
  });

  it('lists only well-formed match patterns by default', () => {
    for (const pattern of DEFAULT_NEWS_SITES) {
      expect(pattern).toMatch(/^(\*|https?):\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    }
  });
});

describe('default sites', () => {
  it('matches a site and its subdomains, on http and https, and nothing else', () => {
    expect(urlMatchesPattern('https://www.reuters.com/world/x', '*://*.reuters.com/*')).toBe(true);
    expect(urlMatchesPattern('http://reuters.com/', '*://*.reuters.com/*')).toBe(true);
    expect(urlMatchesPattern('https://notreuters.com/', '*://*.reuters.com/*')).toBe(false);
    expect(urlMatchesPattern('https://reuters.com.evil.example/', '*://*.reuters.com/*')).toBe(false);
    expect(urlMatchesPattern('ftp://reuters.com/', '*://*.reuters.com/*')).toBe(false);
    expect(urlMatchesPattern('http://127.0.0.1:8080/a', 'http://127.0.0.1/*')).toBe(true);
    expect(urlMatchesPattern('https://127.0.0.1/a', 'http://127.0.0.1/*')).toBe(false);
  });

  it('knows the news sites it runs on by default', () => {
    expect(isDefaultSite('https://www.news.cn/world/20250508/abc.htm')).toBe(true);
    expect(isDefaultSite('https://tass.ru/politika/1')).toBe(true);
    expect(isDefaultSite('https://example.com/')).toBe(false);
    expect(isDefaultSite('chrome://extensions')).toBe(false);
  });
});
