// A strip under the map: scrub or play through dated events from 2010 to the latest; the map rings deposits
// linked to recent events and the list shows what had happened by then.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localName as text, usePackContent, type PackContent } from '../analysis';
import { useAppStore } from '../../store';
import { formatPackDate } from '../../i18n/format';
import { eventMonth, eventsUpTo, involvesPartner, timelineMonths } from './timeline';
import './timeline.css';

const STEP_MS = 120;

export function TimelineStrip({ content }: { content: PackContent | undefined }) {
  const { t, i18n } = useTranslation('timeline');
  const { t: ta } = useTranslation('atlas');
  const lens = useAppStore((s) => s.lens);
  const lang = i18n.language;
  const date = useAppStore((s) => s.timelineDate);
  const setDate = useAppStore((s) => s.setTimelineDate);
  const playing = useAppStore((s) => s.timelinePlaying);
  const setPlaying = useAppStore((s) => s.setTimelinePlaying);
  const select = useAppStore((s) => s.select);
  const setLens = useAppStore((s) => s.setLens);
  const events = useMemo(() => content?.events ?? [], [content]);
  const months = useMemo(() => timelineMonths(events), [events]);
  const index = date ? Math.max(0, months.indexOf(date)) : months.length - 1;

  useEffect(() => {
    if (!playing || !date) return;
    const timer = setInterval(() => {
      const s = useAppStore.getState();
      const i = months.indexOf(s.timelineDate ?? months[0]);
      if (i >= months.length - 1) s.setTimelinePlaying(false);
      else s.setTimelineDate(months[i + 1]);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, date, months]);

  if (!date) {
    return (
      <button type="button" className="tl-open" onClick={() => setDate(months.at(-1) ?? null)} data-testid="timeline-open">
        <span aria-hidden="true">◷</span> {t('open')}
      </button>
    );
  }
  // With a partner lens on, the list keeps that partner's events and the track fades everyone else's.
  const shown = eventsUpTo(events, date).filter((e) => involvesPartner(e, lens));
  const first = months[0];
  const span = Math.max(1, months.length - 1);
  const depositNames = new Map((content?.deposits ?? []).map((d) => [d.id, text(d.name, lang)]));
  return (
    <section className="tl-strip" aria-label={t('label')} data-testid="timeline">
      <div className="tl-controls">
        <button
          type="button" className="tl-play" aria-pressed={playing}
          onClick={() => {
            if (!playing && index >= months.length - 1) setDate(first);
            setPlaying(!playing);
          }}
        >
          {playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`}
        </button>
        <div className="tl-track">
          <div className="tl-ticks" aria-hidden="true">
            {events.filter((e) => eventMonth(e.date) >= first).map((e) => (
              <span key={e.id} className={`tl-tick tl-${e.kind}${lens ? (involvesPartner(e, lens) ? ' tl-lensed' : ' tl-faded') : ''}`} style={{ left: `${(months.indexOf(eventMonth(e.date)) / span) * 100}%` }} />
            ))}
          </div>
          <input
            type="range" min={0} max={months.length - 1} value={index} aria-label={t('slider')} aria-valuetext={date ? formatPackDate(date, lang, 'long') : undefined}
            onChange={(e) => { setPlaying(false); setDate(months[Number(e.target.value)]); }}
          />
          <div className="tl-years" aria-hidden="true">
            {months.filter((m) => m.endsWith('-01') && Number(m.slice(0, 4)) % 2 === 0).map((m) => (
              <span key={m} style={{ left: `${(months.indexOf(m) / span) * 100}%` }}>{m.slice(0, 4)}</span>
            ))}
          </div>
        </div>
        <output className="tl-date" data-testid="timeline-date"><time dateTime={date}>{formatPackDate(date, lang)}</time></output>
        <button type="button" className="tl-close" onClick={() => { setPlaying(false); setDate(null); }} aria-label={t('close')}>✕</button>
      </div>
      <div className="tl-events">
        {lens ? (
          <p className="tl-meta" data-testid="timeline-lens">
            {t('lensShowing', { partner: ta(`partner.${lens}`, { defaultValue: lens }), shown: shown.length })}{' '}
            <button type="button" className="tl-link" onClick={() => setLens(null)}>{t('lensClear')}</button>
          </p>
        ) : (
          <p className="tl-meta">{t('count', { shown: shown.length, total: events.length })} · {t('ringed')}</p>
        )}
        {shown.length === 0 ? <p className="tl-meta">{t('none')}</p> : (
          <ol>
            {shown.slice(0, 6).map((e) => (
              <li key={e.id} data-event={e.id}>
                <time dateTime={e.date}>{formatPackDate(e.date, lang)}</time>
                <span className={`tl-kind tl-${e.kind}`}>{t(`kinds.${e.kind}`)}</span>
                <strong>{text(e.title, lang)}</strong>
                <span className="tl-meta">
                  {e.countryCodes.map((code, i) => (
                    <span key={code}>{i > 0 && ' · '}<button type="button" className="tl-link" onClick={() => setLens(code)} title={t('lens')}>{code}</button></span>
                  ))}
                  {e.depositIds.map((id) => (
                    <span key={id}> · <button type="button" className="tl-link" onClick={() => select({ kind: 'deposit', id })} title={t('show')}>{depositNames.get(id) ?? id}</button></span>
                  ))}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

/** The strip with the pack content read for it. */
export function Timeline() {
  return <TimelineStrip content={usePackContent()} />;
}
