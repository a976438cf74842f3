// The audience view: the slide's map, title, caption and footnotes — nothing else. It knows only
// what the link sends (parsed with notes-free schemas) and keeps the last slide if the console goes away.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeMapController, onActiveMapController } from '../../map/active-map';
import { setDrawingTheme, showDrawings } from '../../map/drawing';
import type { MapController } from '../../map/MapController';
import { useAppStore } from '../../store';
import { AnalysisMapLayer } from '../analysis';
import { AtlasDataProvider, AtlasMap } from '../deposits';
import { ChartFigure } from '../indicators';
import { Caption, formatSource, loadSlideDrawings } from '../slides';
import { installSlideViewProviders } from '../slides/providers';
import { openAudienceLink, type Link } from './channel';
import type { AudienceMessage, AudienceSlide, PresenterMessage } from './protocol';
import './presenter.css';

type Show = Extract<PresenterMessage, { type: 'show' }>;

/** Only the latest slide's drawings are shown, however the database reads finish. */
let drawingRequests = 0;

function showOnMap(slide: AudienceSlide, animate: boolean) {
  if (!slide.view) return;
  const view = slide.view;
  useAppStore.getState().setTheme(view.theme);
  // The slide's drawings (the layers visible when it was captured), read from this computer's own data.
  setDrawingTheme(view.theme);
  const asked = ++drawingRequests;
  const show = (drawings: Parameters<typeof showDrawings>[0]) => asked === drawingRequests && showDrawings(drawings);
  void loadSlideDrawings(view.drawingLayers).then(show, () => show([]));
  const apply = (c: MapController | null) => void c?.showView(view, { animate });
  const controller = activeMapController();
  if (controller) apply(controller);
  else {
    const off = onActiveMapController((c) => {
      if (c) {
        off();
        apply(c);
      }
    });
  }
}

export function AudienceView() {
  const { t } = useTranslation('presenter');
  const [show, setShow] = useState<Show | null>(null);
  const [screen, setScreen] = useState<Show['screen']>('slide');
  const [ended, setEnded] = useState(false);
  const [exploring, setExploring] = useState(false);
  const link = useRef<Link<AudienceMessage> | null>(null);
  const current = useRef<Show | null>(null);
  const theme = useAppStore((s) => s.theme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const offProviders = installSlideViewProviders();
    // The console may open after this page said 'ready' (its code loads on first use): answer its
    // first slide with 'ready' again so it knows the room is connected. Once only, or they would echo.
    let acknowledged = false;
    const l = openAudienceLink((message) => {
      if (message.type === 'show') {
        if (!acknowledged) {
          acknowledged = true;
          link.current?.send({ type: 'ready' });
        }
        const changed = current.current?.slide.id !== message.slide.id;
        current.current = message;
        setShow(message);
        setScreen(message.screen);
        setEnded(false);
        if (changed) {
          setExploring(false);
          showOnMap(message.slide, true);
        }
      } else if (message.type === 'screen') setScreen(message.screen);
      else if (message.type === 'return-to-slide') {
        if (current.current) showOnMap(current.current.slide, true);
        setExploring(false);
      } else if (message.type === 'end') setEnded(true);
    });
    link.current = l;
    l.send({ type: 'ready' });
    document.title = t('audience.title');
    return () => {
      l.close();
      offProviders();
    };
  }, [t]);

  // A drag or zoom by someone in the room (not the slide's own fly-to) is live exploration.
  useEffect(() => {
    const watch = (c: MapController | null) => {
      if (!c) return;
      const onUserMove = (e: { originalEvent?: unknown }) => {
        if (!e.originalEvent) return;
        setExploring(true);
        link.current?.send({ type: 'exploring', exploring: true });
      };
      c.map.on('dragstart', onUserMove);
      c.map.on('zoomstart', onUserMove);
    };
    watch(activeMapController());
    return onActiveMapController(watch);
  }, []);

  const returnToSlide = () => {
    if (current.current) showOnMap(current.current.slide, true);
    setExploring(false);
    link.current?.send({ type: 'exploring', exploring: false });
  };

  const slide = show?.slide;
  return (
    <div className="audience" data-testid="audience" data-screen={screen} data-slide-index={show ? show.index : -1}>
      <div className="audience-map" aria-hidden={slide?.kind !== 'map'}>
        {/* The same atlas map as the main window (deposits, corridors, layers), without its toolbar. */}
        <AtlasDataProvider>
          <AtlasMap />
        </AtlasDataProvider>
        {/* A scenario slide's coloured route and greyed deposits. */}
        <AnalysisMapLayer />
      </div>
      {!show && !ended && (
        <div className="audience-card waiting" role="status">
          <p>{t('audience.waiting')}</p>
        </div>
      )}
      {slide && (slide.kind === 'map' ? <MapSlideOverlay slide={slide} /> : <CardSlide slide={slide} />)}
      {slide && exploring && (
        <button type="button" className="audience-return" onClick={returnToSlide}>
          ↺ {t('audience.returnToSlide')}
        </button>
      )}
      {ended && (
        <div className="audience-card ended" role="status">
          <p>{t('audience.ended')}</p>
        </div>
      )}
      {screen !== 'slide' && <div className={`audience-blank ${screen}`} data-testid="audience-blank" />}
    </div>
  );
}

function Footnotes({ slide }: { slide: AudienceSlide }) {
  const { t } = useTranslation('presenter');
  if (slide.footnotes.length === 0) return null;
  return (
    <ol className="audience-footnotes" aria-label={t('audience.sources')}>
      {slide.footnotes.map((f) => (
        <li key={f.source.id} value={f.n}>
          {formatSource(f.source)}
        </li>
      ))}
    </ol>
  );
}

function MapSlideOverlay({ slide }: { slide: AudienceSlide }) {
  return (
    <>
      {slide.title && (
        <h1 className="audience-title" data-testid="audience-title">
          {slide.title}
        </h1>
      )}
      {(slide.caption.trim() || slide.footnotes.length > 0) && (
        <div className="audience-caption" data-testid="audience-caption">
          <Caption markdown={slide.caption} />
          <Footnotes slide={slide} />
        </div>
      )}
    </>
  );
}

function CardSlide({ slide }: { slide: AudienceSlide }) {
  return (
    <div className={`audience-card ${slide.kind}`}>
      <h1 data-testid="audience-title">{slide.title}</h1>
      {slide.kind === 'chart' && slide.chart && <ChartFigure chart={slide.chart} width={760} />}
      <Caption markdown={slide.caption} className="audience-card-caption" />
      <Footnotes slide={slide} />
    </div>
  );
}
