import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock } from './rest-timer';
import type { RestTimerControls } from './use-rest-timer';

/**
 * The countdown between sets. The clock itself is a `timer` (not read out every second);
 * a polite status says when a rest starts and when it is over.
 */
export function RestTimerPanel({ rest }: { rest: RestTimerControls }) {
  const { t } = useTranslation();
  const { timer, seconds } = rest;
  const [said, setSaid] = useState('');
  const last = useRef(timer.status);
  useEffect(() => {
    if (timer.status === last.current) return;
    if (timer.status === 'running' && last.current !== 'paused') setSaid(t('workouts.timer.started', { time: clock(timer.seconds) }));
    if (timer.status === 'done') {
      setSaid(t('workouts.timer.done'));
      navigator.vibrate?.(200);
    }
    last.current = timer.status;
  }, [timer, t]);
  const active = timer.status === 'running' || timer.status === 'paused';
  return (
    <section className={`card rest-timer ${timer.status}`} aria-labelledby="rest-title">
      <div className="rest-row">
        <h2 id="rest-title">{t('workouts.timer.title')}</h2>
        <p className="rest-clock" role="timer" aria-live="off" aria-label={t('workouts.timer.label')} data-testid="rest-timer">
          {clock(seconds)}
        </p>
        <p className="rest-state">
          {timer.status === 'idle' && t('workouts.timer.idle', { time: clock(timer.seconds) })}
          {timer.status === 'running' && t('workouts.timer.running')}
          {timer.status === 'paused' && t('workouts.timer.paused')}
          {timer.status === 'done' && <strong>{t('workouts.timer.done')}</strong>}
        </p>
      </div>
      <div className="row">
        <button type="button" className="btn small" onClick={() => rest.adjust(-15)}>
          {t('workouts.timer.less')}
        </button>
        <button type="button" className="btn small" onClick={() => rest.adjust(15)}>
          {t('workouts.timer.more')}
        </button>
        {timer.status === 'running' && (
          <button type="button" className="btn small" onClick={rest.pause}>
            {t('workouts.timer.pause')}
          </button>
        )}
        {timer.status === 'paused' && (
          <button type="button" className="btn small" onClick={rest.resume}>
            {t('workouts.timer.resume')}
          </button>
        )}
        {active && (
          <button type="button" className="btn small" onClick={rest.skip}>
            {t('workouts.timer.skip')}
          </button>
        )}
        {!active && (
          <button type="button" className="btn small" onClick={rest.start}>
            {t('workouts.timer.restart')}
          </button>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </section>
  );
}
