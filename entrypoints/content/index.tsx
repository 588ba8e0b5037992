import { render } from 'preact';
import { DEFAULT_NEWS_SITES } from '../../lib/sites';
import { CardLayer } from './CardLayer';
import './card.css';

export default defineContentScript({
  matches: [...DEFAULT_NEWS_SITES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'clauselens-ui',
      position: 'inline',
      // Outside <body>: page styles such as `body > *:last-child` never see the host.
      anchor: 'html',
      append: 'last',
      onMount(container) {
        render(<CardLayer />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
