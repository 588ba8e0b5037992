import { HighlightedText } from '../../components/HighlightedText';
import { type Lang, t } from '../../components/i18n';
import type { ShownRendering } from '../../lib/document-view';
import type { Clause } from '../../lib/index/types';
import type { SearchHit } from '../../lib/search/clause-search';

/** A clause's Chinese text and, when one is shown, our rendering of it, each with the search's marks. */
export function ClauseText(props: { clause: Clause; hit: SearchHit | undefined; rendering: ShownRendering; lang: Lang }) {
  const { clause, hit, rendering, lang } = props;
  const text = rendering === 'none' ? undefined : clause.renderings?.[rendering];
  const original = (
    <p class="original" lang="zh-CN">
      {hit ? <HighlightedText text={clause.text} spans={hit.highlights} /> : clause.text}
    </p>
  );
  if (rendering === 'none' || !text) return original;
  return (
    <div class="clause-body">
      {original}
      <div class="rendering" lang={rendering} data-rendering={rendering}>
        <p class="rendering-label">{t('unofficialTranslation', lang)}</p>
        <p>
          {hit?.lang === rendering ? <HighlightedText text={text} spans={hit.renderingHighlights ?? []} /> : text}
        </p>
      </div>
    </div>
  );
}
