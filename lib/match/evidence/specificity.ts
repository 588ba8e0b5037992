import type { FrequencyTable } from './data';

/**
 * How much a quote says: the information, in bits, of its words under a large
 * corpus's word frequencies. "双方" or "strategic stability" turn up in any
 * news; "双遏制" or "Golden Dome" do not. The tables are trimmed at build time
 * to the words of the index, so the quote's matched part in the clause is what
 * is measured.
 */
export interface Specificity {
  /** Bits of a Chinese text in matching form, segmented into its most probable words. */
  chinese(form: string): number;
  /** Bits of English or Russian word keys (stems). */
  words(keys: ReadonlyArray<string>, table: 'en' | 'ru'): number;
}

/** Longest word the Chinese table is searched for. */
const MAX_WORD = 8;

export function createSpecificity(frequency: { zh: FrequencyTable; en: FrequencyTable; ru: FrequencyTable }): Specificity {
  const zh = toMap(frequency.zh);
  const en = toMap(frequency.en);
  const ru = toMap(frequency.ru);
  const zhUnknown = frequency.zh.unknown / 10;
  return {
    chinese(form) {
      // Fewest bits over all segmentations (a word lattice, as segmenters use), right to left.
      const n = form.length;
      const best = new Float64Array(n + 1);
      for (let i = n - 1; i >= 0; i--) {
        const rest = (at: number) => best[at] ?? 0;
        let cost = zhUnknown + rest(i + 1);
        for (let len = 2; len <= MAX_WORD && i + len <= n; len++) {
          const word = zh.get(form.slice(i, i + len));
          if (word !== undefined) cost = Math.min(cost, word + rest(i + len));
        }
        const single = zh.get(form[i] as string);
        if (single !== undefined) cost = Math.min(cost, single + rest(i + 1));
        best[i] = cost;
      }
      return best[0] ?? 0;
    },
    words(keys, table) {
      const map = table === 'en' ? en : ru;
      const unknown = (table === 'en' ? frequency.en : frequency.ru).unknown / 10;
      return keys.reduce((sum, key) => sum + (map.get(key) ?? unknown), 0);
    },
  };
}

function toMap(table: FrequencyTable): Map<string, number> {
  const map = new Map<string, number>();
  table.words.forEach((word, i) => {
    map.set(word, (table.costs[i] ?? table.unknown) / 10);
  });
  return map;
}
