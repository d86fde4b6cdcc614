// Enter VR / Exit VR. Where VR cannot start, the button stays, disabled, and says why.
import { useEffect, useState } from 'react';
import { useTour } from '../state/tourStore';
import { useTranslation } from '../i18n';
import { loadXR, vrAvailability, type VrAvailability } from '../xrSupport';

export function VrButton() {
  const { t } = useTranslation();
  const vr = useTour((s) => s.vr);
  const requestVR = useTour((s) => s.requestVR);
  const exitVR = useTour((s) => s.exitVR);
  const [availability, setAvailability] = useState<VrAvailability | null>(null);
  useEffect(() => {
    let live = true;
    void vrAvailability().then((a) => live && setAvailability(a));
    return () => {
      live = false;
    };
  }, []);
  const textOnly = useTour((s) => s.textOnly);
  const usable = !textOnly && (availability === 'headset' || availability === 'emulator');
  const reason = textOnly
    ? t('vrNoView')
    : availability === 'no-webxr'
      ? t('vrNoWebxr')
      : availability === 'no-headset'
        ? t('vrNoHeadset')
        : null;
  return (
    <div className="vr">
      <button
        type="button"
        disabled={!usable || vr === 'starting'}
        aria-describedby={reason ? 'vr-reason' : undefined}
        // Fetch the XR code as soon as the visitor reaches for the button, so the session starts promptly.
        onPointerEnter={() => usable && void loadXR()}
        onFocus={() => usable && void loadXR()}
        onClick={() => (vr === 'presenting' ? exitVR() : requestVR())}
      >
        {vr === 'presenting' ? t('exitVr') : vr === 'starting' ? t('startingVr') : t('enterVr')}
      </button>
      {availability === 'emulator' && !textOnly && <span className="muted"> {t('vrEmulator')}</span>}
      {reason && (
        <span id="vr-reason" className="muted">
          {' '}
          {reason}
        </span>
      )}
    </div>
  );
}
