import type { Lang } from '../../components/i18n';

/** Where the current tab stands: runs by default, enabled by the reader, switched off, or not enabled. */
export type SiteStatus = 'default' | 'enabled' | 'off' | 'not-enabled';

export interface SiteSwitchProps {
  host: string;
  status: SiteStatus;
  lang: Lang;
  onChange(next: 'on' | 'off'): void;
}

export function SiteSwitch({ host, status, lang, onChange }: SiteSwitchProps) {
  const zh = lang === 'zh';
  const on = status === 'default' || status === 'enabled';
  return (
    <div class="site-switch" data-status={status}>
      <span>
        {on
          ? zh
            ? `在 ${host} 上运行中`
            : `Running on ${host}`
          : status === 'off'
            ? zh
              ? `已在 ${host} 上关闭（刷新页面后生效）`
              : `Switched off on ${host} (takes effect on reload)`
            : zh
              ? `未在 ${host} 上运行`
              : `Not running on ${host}`}
      </span>{' '}
      <button type="button" class="link" onClick={() => onChange(on ? 'off' : 'on')}>
        {on ? (zh ? '在此网站关闭' : 'Switch off here') : zh ? '在此网站启用' : 'Enable on this site'}
      </button>
    </div>
  );
}
