import { clauseIndex } from '../utils/clause-index';
import { onMessage } from '../utils/messaging';

export default defineBackground(() => {
  // Serialised once: content scripts ask for it on every page they scan.
  let serialised: string | undefined;
  onMessage('getIndexJson', () => {
    serialised ??= JSON.stringify(clauseIndex);
    return serialised;
  });
  onMessage('ping', () => ({ version: browser.runtime.getManifest().version }));
});
