import { render } from 'preact';
import { langFromTag } from '../../components/i18n';
import { OptionsPage } from './OptionsPage';
import '../../components/page.css';

const root = document.getElementById('app');
if (root) {
  render(
    <OptionsPage
      requestSite={(pattern) => browser.permissions.request({ origins: [pattern] })}
      releaseSite={async (pattern) => {
        await browser.permissions.remove({ origins: [pattern] });
      }}
      browserLang={langFromTag(browser.i18n.getUILanguage())}
    />,
    root,
  );
}
