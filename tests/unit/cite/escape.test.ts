import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, type CitationInput, formatCitation } from '../../../lib/cite';
import { escapeBibtex, escapeHtml, escapeMarkdown, markdownDestination } from '../../../lib/cite/escape';
import { ACCESSED, DOCUMENT_URL, OUTER_SPACE_CLAUSE, WITHOUT_OFFICIAL_URL } from './fixtures';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<script>alert("x" + 'y')</script> & more`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; more',
    );
  });

  it('escapes & first-class, so an entity in the input stays visible as text', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeBibtex and escapeMarkdown', () => {
  it('BibTeX: LaTeX specials are escaped and braces cannot unbalance the field', () => {
    expect(escapeBibtex('R&D 100% {x} #1 a_b $ ~ ^ \\')).toBe(
      'R\\&D 100\\% \\{x\\} \\#1 a\\_b \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('Markdown: characters that start markup are backslash-escaped', () => {
    expect(escapeMarkdown('*a* _b_ [c] <d> `e` # | \\')).toBe('\\*a\\* \\_b\\_ \\[c\\] \\<d\\> \\`e\\` \\# \\| \\\\');
    expect(markdownDestination('https://x.org/a (b)')).toBe('https://x.org/a%20%28b%29');
  });
});

describe('a clause and a document with markup in them', () => {
  const hostile: CitationInput = {
    clause: { ...OUTER_SPACE_CLAUSE, text: '<script>alert(1)</script> 双方 & “伙伴”' },
    document: {
      ...WITHOUT_OFFICIAL_URL,
      title: '声明<img src=x onerror=alert(1)>&',
      titleEn: 'Statement <b>bold</b> & "quoted"',
      publisher: { zh: '新华社&<i>', en: 'Xinhua & <i>' },
    },
    documentUrl: 'chrome-extension://abc/document.html#a"onmouseover="alert(1)',
    accessed: ACCESSED,
  };

  it.each(CITATION_STYLES.map((s) => s.id))('%s: HTML has every value escaped', (style) => {
    for (const lang of ['zh', 'en'] as const) {
      const { html } = formatCitation(style, { ...hostile, lang });
      expect(html).not.toMatch(/<script|<img|<b>|onmouseover="/);
      // Only the markup the formatter itself writes.
      const tags = html.match(/<\/?[a-z]+/g) ?? [];
      for (const tag of tags) expect(['<a', '</a', '<i', '</i', '<br', '<pre', '</pre', '<p', '</p', '<blockquote', '</blockquote']).toContain(tag);
    }
  });

  it('the plain-text citation keeps the clause as written, quoted', () => {
    const { text, html } = formatCitation('plain', hostile);
    expect(text.startsWith('“<script>alert(1)</script> 双方 & ‘伙伴’” — ')).toBe(true);
    expect(html.startsWith('“&lt;script&gt;alert(1)&lt;/script&gt; 双方 &amp; ‘伙伴’” — ')).toBe(true);
    expect(html).toContain('href="chrome-extension://abc/document.html#a&quot;onmouseover=&quot;alert(1)"');
  });

  it('the Markdown citation escapes its markup characters and HTML', () => {
    const { text, html } = formatCitation('markdown', hostile);
    expect(text.split('\n')[0]).toBe('> \\<script\\>alert(1)\\</script\\> 双方 & “伙伴”');
    expect(html.startsWith('<blockquote><p>&lt;script&gt;alert(1)&lt;/script&gt; 双方 &amp; “伙伴”</p>')).toBe(true);
  });

  it('BibTeX escapes & in values', () => {
    const { text } = formatCitation('bibtex', hostile);
    expect(text).toContain('  title = {声明<img src=x onerror=alert(1)>\\&},');
    expect(text).toContain('  howpublished = {新华社\\&<i>},');
  });

  it('a link with an unexpected scheme is written as text, never as a link', () => {
    const { html } = formatCitation('gbt7714', { ...hostile, documentUrl: 'javascript:alert(1)' });
    expect(html).not.toContain('href=');
    expect(html).toContain('javascript:alert(1)');
  });
});

describe('HTML of the example clause', () => {
  const input: CitationInput = {
    clause: OUTER_SPACE_CLAUSE,
    document: WITHOUT_OFFICIAL_URL,
    documentUrl: DOCUMENT_URL,
    accessed: ACCESSED,
  };

  it('APA: italic title, linked URL, lines joined by <br>', () => {
    expect(formatCitation('apa', input).html).toBe(
      'People&#39;s Republic of China, &amp; Russian Federation. (2025, May 8). <i>中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明</i> ' +
        '[Joint statement of the People&#39;s Republic of China and the Russian Federation on global strategic stability] [Joint statement, Moscow]. Xinhua News Agency. ' +
        `<a href="${DOCUMENT_URL}">${DOCUMENT_URL}</a><br>(People&#39;s Republic of China &amp; Russian Federation, 2025, para. 9)`,
    );
  });

  it('MLA: the site name is italic too', () => {
    expect(formatCitation('mla', input).html).toContain('. <i>Xinhua News Agency</i>, 8 May 2025, ');
  });

  it('BibTeX, RIS and CSL-JSON: the text, escaped, in <pre>', () => {
    for (const style of ['bibtex', 'ris', 'csl-json'] as const) {
      const { text, html } = formatCitation(style, input);
      expect(html).toBe(`<pre>${escapeHtml(text)}</pre>`);
    }
  });
});
