import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameraScanner } from './use-camera-scanner';

/** Live camera scanning with a torch toggle where the camera has one. */
export function BarcodeScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const { state, start, stop, torchAvailable, torchOn, toggleTorch } = useCameraScanner(video, onCode);
  const active = state === 'scanning' || state === 'starting';
  return (
    <div className="scanner">
      <div className={`viewfinder${active ? ' active' : ''}`}>
        <video ref={video} muted playsInline aria-label={t('scan.cameraLabel')} data-testid="scanner-video" />
        {active && <div className="reticle" aria-hidden="true" />}
      </div>
      <div className="row">
        {active ? (
          <button type="button" className="btn" onClick={stop}>
            {t('scan.stopCamera')}
          </button>
        ) : (
          <button type="button" className="btn primary" onClick={() => void start()}>
            {t('scan.startCamera')}
          </button>
        )}
        {torchAvailable && (
          <button type="button" className="btn" aria-pressed={torchOn} onClick={() => void toggleTorch()}>
            {torchOn ? t('scan.torchOff') : t('scan.torchOn')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="hint">
        {state === 'scanning' && t('scan.scanning')}
        {state === 'denied' && t('scan.cameraDenied')}
        {state === 'unsupported' && t('scan.cameraUnsupported')}
      </p>
    </div>
  );
}
