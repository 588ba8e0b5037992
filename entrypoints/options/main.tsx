import { render } from 'preact';
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
    />,
    root,
  );
}
