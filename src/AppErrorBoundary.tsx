// Whatever goes wrong while drawing the page, the visitor gets a message and a way back, never a white screen.
// The 3D view has its own boundary (SceneBoundary); this one is for everything else.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n, isLang, LANGUAGES, type Lang } from './i18n';
import { parseLangParam } from './routing/hash';
import { rememberedLang } from './state/memory';
import { SceneBoundary } from './SceneBoundary';

/** The visitor's language without the store, which may be what failed: the address, the remembered choice, the
 *  browser's (the order routing/useUrlSync follows, and it keeps both the address and the memory up to date). */
function visitorLang(): Lang {
  const fromUrl = parseLangParam(window.location.search, LANGUAGES);
  if (isLang(fromUrl)) return fromUrl;
  return rememberedLang.read() ?? (navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en');
}

function AppErrorMessage() {
  const lang = visitorLang();
  const t = i18n.getFixedT(lang);
  return (
    <main className="app-error" lang={lang} aria-labelledby="app-error-title">
      <h1 id="app-error-title">{t('appErrorTitle')}</h1>
      <p>{t('appErrorText')}</p>
      <button type="button" className="solid-button" onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </main>
  );
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <AppErrorMessage /> : this.props.children;
  }
}

/**
 * For createRoot's onCaughtError. React logs every error a boundary catches as a console error. A 3D view that
 * cannot start is expected on some machines and SceneBoundary reports it as a warning itself; anything else is a
 * bug and is logged as React would.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo & { errorBoundary?: Component<unknown> }) {
  if (info.errorBoundary instanceof SceneBoundary) return;
  console.error(error, info.componentStack ?? '');
}
