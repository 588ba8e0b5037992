import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Lang } from '../../components/i18n';
import { OptionsPage } from '../../entrypoints/options/OptionsPage';
import {
  citationStyle,
  disabledSites,
  enabledSites,
  highlightEnabled,
  highlightStyle,
  hoverDelayMs,
  uiLanguage,
} from '../../utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

function renderOptions(grant = true, browserLang: Lang = 'zh') {
  const requestSite = vi.fn(async () => grant);
  const releaseSite = vi.fn(async () => {});
  render(<OptionsPage requestSite={requestSite} releaseSite={releaseSite} browserLang={browserLang} />);
  return { requestSite, releaseSite };
}

describe('options page', () => {
  it('shows the stored settings, defaults first', async () => {
    await citationStyle.setValue('apa');
    renderOptions();
    const select = (await screen.findByRole('combobox', { name: /默认引用格式/ })) as HTMLSelectElement;
    expect(select.value).toBe('apa');
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('350');
  });

  it('stores every change at once', async () => {
    renderOptions();
    fireEvent.change(await screen.findByRole('combobox', { name: /默认引用格式/ }), { target: { value: 'bibtex' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.change(screen.getByRole('combobox', { name: /标记样式/ }), { target: { value: 'background' } });
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '600' } });
    fireEvent.change(screen.getByDisplayValue('跟随浏览器'), { target: { value: 'en' } });
    await waitFor(async () => expect(await citationStyle.getValue()).toBe('bibtex'));
    expect(await highlightEnabled.getValue()).toBe(false);
    expect(await highlightStyle.getValue()).toBe('background');
    expect(await hoverDelayMs.getValue()).toBe(600);
    expect(await uiLanguage.getValue()).toBe('en');
  });

  it('ignores a hover delay that is not a sane number', async () => {
    renderOptions();
    fireEvent.change(await screen.findByRole('spinbutton'), { target: { value: '-5' } });
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '99999' } });
    expect(await hoverDelayMs.getValue()).toBe(350);
  });

  it('follows changes made elsewhere (another tab, sync)', async () => {
    renderOptions();
    const select = (await screen.findByRole('combobox', { name: /默认引用格式/ })) as HTMLSelectElement;
    await citationStyle.setValue('mla');
    await waitFor(() => expect(select.value).toBe('mla'));
  });

  it('enables a site only after the browser grants access to it', async () => {
    const { requestSite } = renderOptions(true, 'en');
    fireEvent.input(await screen.findByRole('textbox'), { target: { value: 'https://www.example.com/news' } });
    fireEvent.submit(screen.getByRole('textbox').closest('form') as HTMLFormElement);
    await waitFor(async () => expect(await enabledSites.getValue()).toEqual(['www.example.com']));
    expect(requestSite).toHaveBeenCalledWith('*://*.example.com/*');
    expect(await screen.findByText(/Enabled on www.example.com/)).toBeTruthy();
  });

  it('does not enable a site the reader refused, nor nonsense', async () => {
    const { requestSite } = renderOptions(false, 'en');
    fireEvent.input(await screen.findByRole('textbox'), { target: { value: 'not a site' } });
    fireEvent.submit(screen.getByRole('textbox').closest('form') as HTMLFormElement);
    expect(await screen.findByText(/Enter a site such as example.com/)).toBeTruthy();
    expect(requestSite).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'example.org' } });
    fireEvent.submit(screen.getByRole('textbox').closest('form') as HTMLFormElement);
    expect(await screen.findByText(/was not granted/)).toBeTruthy();
    expect(await enabledSites.getValue()).toEqual([]);
  });

  it('switches a site back on and removes an enabled one with its access', async () => {
    await disabledSites.setValue(['news.example.com']);
    await enabledSites.setValue(['example.net']);
    const { releaseSite } = renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: /重新开启/ }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: /移除/ }));
    await waitFor(async () => expect(await enabledSites.getValue()).toEqual([]));
    expect(releaseSite).toHaveBeenCalledWith('*://*.example.net/*');
  });

  it('speaks the browser’s language, Russian included, and switches at once when the reader picks another', async () => {
    renderOptions(true, 'ru');
    expect(await screen.findByRole('combobox', { name: /Стиль ссылки по умолчанию/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ClauseLens · Настройки');
    expect(screen.getByRole('option', { name: 'Простой текст с цитатой' })).toBeTruthy();
    const language = screen.getByDisplayValue('Как в браузере') as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent)).toEqual(['Как в браузере', '中文', 'English', 'Русский']);
    fireEvent.change(language, { target: { value: 'en' } });
    expect(await screen.findByRole('combobox', { name: /Default citation style/ })).toBeTruthy();
    expect(await uiLanguage.getValue()).toBe('en');
  });
});
