/**
 * Traditional (and variant) characters the index's character fold misses,
 * with the simplified character each stands for: where OpenCC's character
 * tables send a character round a cycle (臺 → 台 → 臺 through the Hong Kong
 * variants) the fold drops it, and some are converted only inside phrases
 * (藉口 → 借口). Fidelity reads a quote having the left character where the
 * source has the right one as a difference of script, not an alteration.
 */
const PAIRS =
  '兌兑叄叁喫吃囪囱媼媪峯峰悅悦慍愠戶户搵揾榲榅氳氲溫温熅煴牀床癡痴皁皂祕秘稅税竈灶糉粽纔才羣群脣唇脫脱膃腽臥卧臺台' +
  '蔥葱蛻蜕覈核麼么麽么瞭了鍊链藉借覆复沈沉甦苏鉅钜';

export const VARIANTS: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    map.set(chars[i]?.codePointAt(0) ?? 0, chars[i + 1]?.codePointAt(0) ?? 0);
  }
  return map;
})();
