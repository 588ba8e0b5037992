import type { Lang } from '../../components/i18n';
import { tp } from '../../components/page-i18n';

/** Where the current tab stands: runs by default, enabled by the reader, switched off, or not enabled. */
export type SiteStatus = 'default' | 'enabled' | 'off' | 'not-enabled';

export interface SiteSwitchProps {
  host: string;
  status: SiteStatus;
  lang: Lang;
  onChange(next: 'on' | 'off'): void;
}

export function SiteSwitch({ host, status, lang, onChange }: SiteSwitchProps) {
  const on = status === 'default' || status === 'enabled';
  return (
    <div class="site-switch" data-status={status}>
      <span>
        {tp(on ? 'site_running' : status === 'off' ? 'site_off' : 'site_notRunning', lang, { host })}
      </span>{' '}
      <button type="button" class="link" onClick={() => onChange(on ? 'off' : 'on')}>
        {tp(on ? 'site_switchOff' : 'site_enable', lang)}
      </button>
    </div>
  );
}
