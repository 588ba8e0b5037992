/**
 * English forms of the parties that sign the statements. The index records
 * authors as the Chinese text names them (CSL `literal`); English-language
 * styles need the English names, and the set of signatories is small and
 * fixed, so it is a table. A name not in it is cited as written.
 */
const ENGLISH_PARTY_NAMES: Readonly<Record<string, string>> = {
  中华人民共和国: "People's Republic of China",
  中国: 'China',
  俄罗斯联邦: 'Russian Federation',
  俄罗斯: 'Russia',
  // The agency is the author of its own news reports.
  新华社: 'Xinhua News Agency',
};

export function englishPartyName(name: string): string {
  return ENGLISH_PARTY_NAMES[name] ?? name;
}

/**
 * Proper nouns that stay capitalised when a title is put in sentence case
 * (APA and Chicago write translated titles that way). Longest first, so a
 * long name wins over a name inside it.
 */
const PROPER_NOUNS: readonly string[] = [
  "Chinese People's War of Resistance against Japanese Aggression",
  "Chinese People's War of Resistance Against Japanese Aggression",
  "People's Republic of China",
  'Xinhua News Agency',
  'President Putin',
  'President Xi',
  'Xi Jinping',
  'Putin',
  'Russian Federation',
  'Great Patriotic War',
  'Soviet Union',
  'United Nations',
  'World War II',
  'Second World War',
  'Chinese',
  'Russian',
  'Soviet',
  'China',
  'Russia',
  'Moscow',
  'Beijing',
  'Japanese',
];

/**
 * "Joint Statement … on Global Strategic Stability" → "Joint statement … on
 * global strategic stability": words after the first (and after a colon) are
 * lowered unless they belong to a proper noun or are written in capitals
 * (acronyms such as UN keep their form).
 */
export function sentenceCase(title: string): string {
  const protectedRanges: Array<[number, number]> = [];
  for (const noun of PROPER_NOUNS) {
    let from = 0;
    for (let at = title.indexOf(noun, from); at >= 0; at = title.indexOf(noun, from)) {
      const end = at + noun.length;
      if (!protectedRanges.some(([s, e]) => at < e && end > s)) protectedRanges.push([at, end]);
      from = end;
    }
  }
  const isProtected = (index: number): boolean => protectedRanges.some(([s, e]) => index >= s && index < e);

  let capitalizeNext = true;
  return title.replace(/[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’-]+/gu, (token, offset: number) => {
    if (!/\p{L}/u.test(token)) {
      if (/[:?!]\s*$/.test(token)) capitalizeNext = true;
      return token;
    }
    const first = capitalizeNext;
    capitalizeNext = false;
    if (first) return token.charAt(0).toUpperCase() + token.slice(1);
    if (isProtected(offset)) return token;
    // Only Capitalised words are lowered: ALL-CAPS and camelCase words are names.
    return /^\p{Lu}[\p{Ll}'’-]*$/u.test(token) ? token.toLowerCase() : token;
  });
}
