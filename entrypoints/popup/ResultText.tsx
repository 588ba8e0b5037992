import { HighlightedText } from '../../components/HighlightedText';
import { type Lang, t } from '../../components/i18n';
import type { SearchHit } from '../../lib/search/clause-search';

/**
 * A result's text with what the query matched marked: the Chinese clause; or,
 * when the query matched our English or Russian rendering, that rendering
 * (labelled as our unofficial translation) above the Chinese original.
 */
export function ResultText({ hit, expanded, lang }: { hit: SearchHit; expanded: boolean; lang: Lang }) {
  const { clause } = hit;
  const rendering = hit.lang === 'zh' ? undefined : clause.renderings?.[hit.lang];
  const shown = expanded ? 'text' : 'text clipped';
  if (!rendering || hit.lang === 'zh') {
    return <HighlightedText class={shown} text={clause.text} spans={hit.highlights} window={expanded ? undefined : 90} />;
  }
  return (
    <>
      <span class="rendering" lang={hit.lang} data-rendering={hit.lang}>
        <span class="unofficial">{t('unofficialTranslation', lang)}</span>{' '}
        <HighlightedText
          class={shown}
          text={rendering}
          spans={hit.renderingHighlights ?? []}
          window={expanded ? undefined : 140}
        />
      </span>
      <span class="original" lang="zh-CN">
        <span class="visually-hidden">{t('chineseOriginal', lang)}: </span>
        <HighlightedText class={shown} text={clause.text} spans={hit.highlights} window={expanded ? undefined : 60} />
      </span>
    </>
  );
}
