import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, type CitationInput, formatCitation } from '../../../lib/cite';
import {
  ACCESSED,
  DOCUMENT_URL,
  NUMBERED_CLAUSE,
  OUTER_SPACE_CLAUSE,
  PARTNERSHIP,
  STRATEGIC_STABILITY,
  TALKS_PARAGRAPH,
  TALKS_REPORT,
  WITHOUT_OFFICIAL_URL,
} from './fixtures';

/*
 * Every expected string below was written out by hand from the style's
 * rules (see the comment at the top of each lib/cite/formats module), not
 * copied from the formatter's output.
 *
 * The link: the official page with a text directive. The clause is longer
 * than 40 characters, so the directive is textStart,textEnd:
 *   textStart = “美国金穹”计划公然提出大幅增加外空作战手段   (up to the first comma)
 *   textEnd   = 导致局势雪上加霜。                             (after the last comma)
 * each percent-encoded as UTF-8 (“ = %E2%80%9C, 美 = %E7%BE%8E, 。 = %E3%80%82 …),
 * joined by a bare comma. The `-` in the path is not part of the directive
 * and stays as it is.
 */
const TEXT_START =
  '%E2%80%9C%E7%BE%8E%E5%9B%BD%E9%87%91%E7%A9%B9%E2%80%9D%E8%AE%A1%E5%88%92%E5%85%AC%E7%84%B6%E6%8F%90%E5%87%BA' +
  '%E5%A4%A7%E5%B9%85%E5%A2%9E%E5%8A%A0%E5%A4%96%E7%A9%BA%E4%BD%9C%E6%88%98%E6%89%8B%E6%AE%B5';
const TEXT_END = '%E5%AF%BC%E8%87%B4%E5%B1%80%E5%8A%BF%E9%9B%AA%E4%B8%8A%E5%8A%A0%E9%9C%9C%E3%80%82';
const LINK = `https://example.org/xinhua/2025-05/08/strategic-stability.htm#:~:text=${TEXT_START},${TEXT_END}`;

const TITLE = '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明';
const TITLE_EN =
  "Joint Statement of the People's Republic of China and the Russian Federation on Global Strategic Stability";
const TITLE_EN_SENTENCE =
  "Joint statement of the People's Republic of China and the Russian Federation on global strategic stability";
const QUOTED =
  '“‘美国金穹’计划公然提出大幅增加外空作战手段,包括研发、部署轨道拦截系统,将外空武器化并使之成为武装对抗场所,导致局势雪上加霜。”';

const input: CitationInput = {
  clause: OUTER_SPACE_CLAUSE,
  document: STRATEGIC_STABILITY,
  documentUrl: DOCUMENT_URL,
  accessed: ACCESSED,
};

describe('the link', () => {
  it('decodes to the two snippets of the clause', () => {
    expect(decodeURIComponent(TEXT_START)).toBe('“美国金穹”计划公然提出大幅增加外空作战手段');
    expect(decodeURIComponent(TEXT_END)).toBe('导致局势雪上加霜。');
    expect(OUTER_SPACE_CLAUSE.text.startsWith(decodeURIComponent(TEXT_START))).toBe(true);
    expect(OUTER_SPACE_CLAUSE.text.endsWith(decodeURIComponent(TEXT_END))).toBe(true);
  });
});

describe('English (the default)', () => {
  it('GB/T 7714-2015', () => {
    expect(formatCitation('gbt7714', input).text).toBe(
      `中华人民共和国, 俄罗斯联邦. ${TITLE}[EB/OL]. 莫斯科: 新华社, 2025: 第9段(2025-05-08)[2025-06-01]. ${LINK}.`,
    );
  });

  it('APA 7: reference entry, then the parenthetical citation with the locator', () => {
    expect(formatCitation('apa', input).text).toBe(
      `People's Republic of China, & Russian Federation. (2025, May 8). ${TITLE} [${TITLE_EN_SENTENCE}] [Joint statement, Moscow]. Xinhua News Agency. ${LINK}\n` +
        "(People's Republic of China & Russian Federation, 2025, para. 9)",
    );
  });

  it('MLA 9: works-cited entry, then the in-text citation', () => {
    expect(formatCitation('mla', input).text).toBe(
      `People's Republic of China and Russian Federation. ${TITLE} [${TITLE_EN}]. Xinhua News Agency, 8 May 2025, ${LINK.replace('https://', '')}. Signed in Moscow. Accessed 1 June 2025.\n` +
        "(People's Republic of China and Russian Federation, par. 9)",
    );
  });

  it('Chicago 17 note', () => {
    expect(formatCitation('chicago-note', input).text).toBe(
      `People's Republic of China and Russian Federation, ${TITLE} [${TITLE_EN_SENTENCE}] (Moscow: Xinhua News Agency, May 8, 2025), para. 9, ${LINK}.`,
    );
  });

  it('Chicago 17 bibliography', () => {
    expect(formatCitation('chicago-bib', input).text).toBe(
      `People's Republic of China and Russian Federation. Para. 9 in ${TITLE} [${TITLE_EN_SENTENCE}]. Moscow: Xinhua News Agency, May 8, 2025. ${LINK}.`,
    );
  });

  it('BibTeX (biblatex)', () => {
    expect(formatCitation('bibtex', input).text).toBe(
      [
        '@misc{strategic-stability-2025-p9,',
        '  author = {{中华人民共和国} and {俄罗斯联邦}},',
        `  title = {${TITLE}},`,
        '  shorttitle = {关于全球战略稳定的联合声明},',
        '  date = {2025-05-08},',
        '  location = {莫斯科},',
        '  howpublished = {新华社},',
        '  note = {para. 9},',
        `  url = {${LINK}},`,
        '  urldate = {2025-06-01}',
        '}',
      ].join('\n'),
    );
  });

  it('RIS, CR LF line ends', () => {
    expect(formatCitation('ris', input).text).toBe(
      [
        'TY  - GOVDOC',
        'ID  - strategic-stability-2025-p9',
        'AU  - 中华人民共和国',
        'AU  - 俄罗斯联邦',
        `TI  - ${TITLE}`,
        'ST  - 关于全球战略稳定的联合声明',
        'PY  - 2025',
        'DA  - 2025/05/08/',
        'CY  - 莫斯科',
        'PB  - 新华社',
        'LA  - zh-CN',
        'N1  - para. 9',
        `UR  - ${LINK}`,
        'Y2  - 2025/06/01/',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('CSL-JSON', () => {
    expect(JSON.parse(formatCitation('csl-json', input).text)).toEqual([
      {
        id: 'strategic-stability-2025-p9',
        type: 'document',
        title: TITLE,
        'title-short': '关于全球战略稳定的联合声明',
        'translated-title': TITLE_EN,
        language: 'zh-CN',
        author: [{ literal: '中华人民共和国' }, { literal: '俄罗斯联邦' }],
        publisher: '新华社',
        'event-place': '莫斯科',
        issued: { 'date-parts': [[2025, 5, 8]] },
        accessed: { 'date-parts': [[2025, 6, 1]] },
        note: 'para. 9',
        URL: LINK,
      },
    ]);
    // Two-space indented JSON: readable when pasted.
    expect(formatCitation('csl-json', input).text).toMatch(/^\[\n {2}\{\n {4}"id": "strategic-stability-2025-p9",\n/);
  });

  it('Markdown: the clause quoted, the document linked, the offline copy linked too', () => {
    expect(formatCitation('markdown', input).text).toBe(
      `> ${OUTER_SPACE_CLAUSE.text}\n` +
        '>\n' +
        `> — [${TITLE_EN}](${LINK}), para. 9. Moscow, May 8, 2025. Xinhua News Agency. [offline copy](${DOCUMENT_URL})`,
    );
  });

  it('plain text with the clause quoted (inner quotation marks turned to single)', () => {
    expect(formatCitation('plain', input).text).toBe(
      `${QUOTED} — ${TITLE_EN}, para. 9. Moscow, May 8, 2025. Xinhua News Agency. Accessed June 1, 2025. ${LINK}`,
    );
  });
});

describe('Chinese', () => {
  const zh: CitationInput = { ...input, lang: 'zh' };

  it('GB/T 7714 is the same whatever the paper language: a Chinese document is cited in Chinese', () => {
    expect(formatCitation('gbt7714', zh)).toEqual(formatCitation('gbt7714', input));
  });

  it('APA 7', () => {
    expect(formatCitation('apa', zh).text).toBe(
      `中华人民共和国, & 俄罗斯联邦. (2025年5月8日). ${TITLE} [联合声明, 莫斯科]. 新华社. ${LINK}\n(中华人民共和国 & 俄罗斯联邦, 2025, 第9段)`,
    );
  });

  it('MLA 9', () => {
    expect(formatCitation('mla', zh).text).toBe(
      `中华人民共和国和俄罗斯联邦. ${TITLE}. 新华社, 2025年5月8日, ${LINK.replace('https://', '')}. 签署于莫斯科. 访问于2025年6月1日.\n(中华人民共和国和俄罗斯联邦, 第9段)`,
    );
  });

  it('Chicago 17 note and bibliography', () => {
    expect(formatCitation('chicago-note', zh).text).toBe(
      `中华人民共和国和俄罗斯联邦, ${TITLE} (莫斯科: 新华社, 2025年5月8日), 第9段, ${LINK}.`,
    );
    expect(formatCitation('chicago-bib', zh).text).toBe(
      `中华人民共和国和俄罗斯联邦. ${TITLE}, 第9段. 莫斯科: 新华社, 2025年5月8日. ${LINK}.`,
    );
  });

  it('BibTeX, RIS and CSL-JSON name the clause in Chinese', () => {
    expect(formatCitation('bibtex', zh).text).toContain('  note = {第9段},\n');
    expect(formatCitation('ris', zh).text).toContain('\r\nN1  - 第9段\r\n');
    expect(JSON.parse(formatCitation('csl-json', zh).text)[0].note).toBe('第9段');
  });

  it('Markdown', () => {
    expect(formatCitation('markdown', zh).text).toBe(
      `> ${OUTER_SPACE_CLAUSE.text}\n>\n> ——[《${TITLE}》](${LINK})第9段，2025年5月8日于莫斯科，新华社。 [离线副本](${DOCUMENT_URL})`,
    );
  });

  it('plain text', () => {
    expect(formatCitation('plain', zh).text).toBe(
      `${QUOTED}——《${TITLE}》第9段，2025年5月8日于莫斯科，新华社。访问于2025年6月1日：${LINK}`,
    );
  });
});

describe('a document with no official URL links to the extension’s document page', () => {
  const offline: CitationInput = { ...input, document: WITHOUT_OFFICIAL_URL };

  it('GB/T 7714', () => {
    expect(formatCitation('gbt7714', offline).text).toBe(
      `中华人民共和国, 俄罗斯联邦. ${TITLE}[EB/OL]. 莫斯科: 新华社, 2025: 第9段(2025-05-08)[2025-06-01]. ${DOCUMENT_URL}.`,
    );
  });

  it('Markdown links the document page once', () => {
    expect(formatCitation('markdown', offline).text).toBe(
      `> ${OUTER_SPACE_CLAUSE.text}\n>\n> — [${TITLE_EN}](${DOCUMENT_URL}), para. 9. Moscow, May 8, 2025. Xinhua News Agency.`,
    );
  });

  it('every style carries the document page and no text directive', () => {
    for (const { id } of CITATION_STYLES) {
      const { text } = formatCitation(id, offline);
      expect(text, id).toContain(DOCUMENT_URL);
      expect(text, id).not.toContain(':~:text=');
    }
  });
});

describe('a numbered clause (十二)', () => {
  const numbered: CitationInput = {
    clause: NUMBERED_CLAUSE,
    document: PARTNERSHIP,
    documentUrl: 'chrome-extension://abcdefghijklmnop/document.html#partnership-2025-12',
    accessed: ACCESSED,
  };

  it('is 第十二条 in GB/T 7714', () => {
    expect(formatCitation('gbt7714', numbered).text).toBe(
      `中华人民共和国, 俄罗斯联邦. ${PARTNERSHIP.title}[EB/OL]. 莫斯科: 新华社, 2025: 第十二条(2025-05-08)[2025-06-01]. chrome-extension://abcdefghijklmnop/document.html#partnership-2025-12.`,
    );
  });

  it('is "clause 12" in English styles, with proper nouns kept in the sentence-case translation', () => {
    expect(formatCitation('chicago-note', numbered).text).toBe(
      `People's Republic of China and Russian Federation, ${PARTNERSHIP.title} [Joint statement of the People's Republic of China and the Russian Federation on further deepening the comprehensive strategic partnership of coordination for a new era on the occasion of the 80th anniversary of the victory of the Chinese People's War of Resistance against Japanese Aggression, the Soviet Union's Great Patriotic War and the founding of the United Nations] (Moscow: Xinhua News Agency, May 8, 2025), clause 12, chrome-extension://abcdefghijklmnop/document.html#partnership-2025-12.`,
    );
    expect(formatCitation('mla', numbered).text.split('\n')[1]).toBe(
      "(People's Republic of China and Russian Federation, clause 12)",
    );
    expect(formatCitation('chicago-bib', numbered).text).toContain('. Clause 12 in ');
  });
});

describe('the agency’s news report (the agency is author and publisher)', () => {
  const report: CitationInput = {
    clause: TALKS_PARAGRAPH,
    document: TALKS_REPORT,
    documentUrl: 'chrome-extension://abcdefghijklmnop/document.html#talks-report-2025-p2',
    accessed: ACCESSED,
  };
  const url = 'chrome-extension://abcdefghijklmnop/document.html#talks-report-2025-p2';

  it('GB/T 7714 names the agency as 主要责任者 and as 出版者', () => {
    expect(formatCitation('gbt7714', report).text).toBe(
      `新华社. 习近平同俄罗斯总统普京举行会谈[EB/OL]. 莫斯科: 新华社, 2025: 第2段(2025-05-08)[2025-06-01]. ${url}.`,
    );
  });

  it('APA does not repeat the publisher; names stay capitalised in the translation', () => {
    expect(formatCitation('apa', report).text).toBe(
      `Xinhua News Agency. (2025, May 8). 习近平同俄罗斯总统普京举行会谈 [Xi Jinping holds talks with Russian President Putin] [News report, Moscow]. ${url}\n` +
        '(Xinhua News Agency, 2025, para. 2)',
    );
  });

  it('MLA opens with the title and names the agency as the site', () => {
    const { text, html } = formatCitation('mla', report);
    expect(text).toBe(
      `习近平同俄罗斯总统普京举行会谈 [Xi Jinping holds talks with Russian President Putin]. Xinhua News Agency, 8 May 2025, ${url}. Reported from Moscow. Accessed 1 June 2025.\n` +
        '(习近平同俄罗斯总统普京举行会谈, par. 2)',
    );
    expect(html.endsWith('<br>(<i>习近平同俄罗斯总统普京举行会谈</i>, par. 2)')).toBe(true);
  });
});

describe('style list', () => {
  it('has the ids the settings use, each with a Chinese and an English name', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual([
      'gbt7714',
      'apa',
      'mla',
      'chicago-note',
      'chicago-bib',
      'bibtex',
      'ris',
      'csl-json',
      'markdown',
      'plain',
    ]);
    for (const style of CITATION_STYLES) {
      expect(style.name.zh.length).toBeGreaterThan(0);
      expect(style.name.en.length).toBeGreaterThan(0);
    }
  });

  it('every citation names the document, the clause, the date and place', () => {
    for (const { id } of CITATION_STYLES) {
      for (const lang of ['zh', 'en'] as const) {
        const { text } = formatCitation(id, { ...input, lang });
        expect(text, `${id} ${lang}`).toMatch(/中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明|Joint Statement of the People's Republic/);
        expect(text, `${id} ${lang}`).toMatch(/第9段|para\. 9|par\. 9/i);
        expect(text, `${id} ${lang}`).toMatch(/2025-05-08|2025\/05\/08|May 8, 2025|8 May 2025|2025, May 8|2025年5月8日|\[2025, 5, 8\]|\[\s*2025,\s*5,\s*8\s*\]/);
        expect(text, `${id} ${lang}`).toMatch(/莫斯科|Moscow/);
      }
    }
  });
});
