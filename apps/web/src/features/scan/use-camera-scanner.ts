import { normalizeGtin } from '@welness/nutrition';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { getDetector } from './barcode-engine';

export type CameraState = 'idle' | 'starting' | 'scanning' | 'denied' | 'unsupported';

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

/** A decoded value is trusted only when it is a GTIN with a valid check digit. */
export function acceptCode(raw: string): string | null {
  const parsed = normalizeGtin(raw);
  return parsed.ok && parsed.value.checkDigitValid ? parsed.value.digits : null;
}

const FRAME_INTERVAL_MS = 120;

/**
 * Camera scanning: opens the rear camera into `videoRef`, decodes frames until a valid
 * GTIN appears, then stops the camera and reports it once.
 */
export function useCameraScanner(videoRef: RefObject<HTMLVideoElement | null>, onCode: (code: string) => void) {
  const [state, setState] = useState<CameraState>('idle');
  const [torchAvailable, setTorchAvailable] = useState(false);
  const [torchOn, setTorchOn] = useState(false);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setTorchOn(false);
    setTorchAvailable(false);
    setState((s) => (s === 'scanning' || s === 'starting' ? 'idle' : s));
  }, [videoRef]);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('unsupported');
      return;
    }
    setState('starting');
    try {
      const [media, detector] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        getDetector(),
      ]);
      stream.current = media;
      const video = videoRef.current;
      if (!video) {
        stop();
        return;
      }
      video.srcObject = media;
      await video.play();
      const [track] = media.getVideoTracks();
      setTorchAvailable(Boolean((track?.getCapabilities?.() as TorchCapabilities | undefined)?.torch));
      setState('scanning');
      const tick = async () => {
        if (!stream.current) return;
        try {
          if (video.readyState >= 2) {
            for (const found of await detector.detect(video)) {
              const code = acceptCode(found.rawValue);
              if (code) {
                stop();
                onCodeRef.current(code);
                return;
              }
            }
          }
        } catch {
          // A frame that fails to decode is normal (motion, focus); the next one may work.
        }
        if (stream.current) timer.current = window.setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    } catch (error) {
      stop();
      const name = error instanceof DOMException ? error.name : '';
      setState(name === 'NotAllowedError' || name === 'NotFoundError' || name === 'NotReadableError' ? 'denied' : 'unsupported');
    }
  }, [stop, videoRef]);

  const toggleTorch = useCallback(async () => {
    const [track] = stream.current?.getVideoTracks() ?? [];
    if (!track) return;
    const next = !torchOn;
    await track.applyConstraints({ advanced: [{ torch: next } as MediaTrackConstraintSet] });
    setTorchOn(next);
  }, [torchOn]);

  useEffect(() => () => stop(), [stop]);

  return { state, start, stop, torchAvailable, torchOn, toggleTorch };
}
