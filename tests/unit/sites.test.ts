import { describe, expect, it } from 'vitest';
import { DEFAULT_NEWS_SITES, normaliseHost, sitePattern } from '../../lib/sites';

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
