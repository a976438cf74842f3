// Drawing without a pointer: a point at the map's centre (toolbar) and shapes typed as "lat, lon" pairs
// (side panel); messages are kept as data so they follow a language switch. Both go through the same undoable writes as pointer-drawn shapes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { activeMapController } from '../../map/active-map';
import { formatNumber } from '../../i18n/format';
import { addDrawings } from './data';
import { pointAt, shapesFromText, TYPED_KINDS, type CoordinateProblem, type TypedKind } from './coordinates';
import { useDrawingSession } from './session';

function problemText(t: TFunction<'drawing'>, p: CoordinateProblem, lang: string): string {
  switch (p.code) {
    case 'empty': return t('typed.problem.empty');
    case 'unreadable': return t('typed.problem.unreadable', { entry: p.entry, text: p.text });
    case 'latitude': return t(p.swapped ? 'typed.problem.latitudeSwapped' : 'typed.problem.latitude', { entry: p.entry, value: formatNumber(p.value, lang, 6) });
    case 'longitude': return t('typed.problem.longitude', { entry: p.entry, value: formatNumber(p.value, lang, 6) });
    case 'tooFew': return t(`typed.problem.tooFew.${p.kind}`, { got: p.got });
  }
}

/** Toolbar button: a point in the active layer where the map is centred. */
export function PointAtCentreButton() {
  const { t } = useTranslation('drawing');
  const add = async () => {
    const { activeLayerId, newStyle, select } = useDrawingSession.getState();
    const map = activeMapController()?.map;
    if (!activeLayerId || !map) return;
    const [id] = await addDrawings(activeLayerId, [pointAt(map.getCenter(), newStyle)]);
    select(id);
  };
  return (
    <button type="button" className="tool" onClick={() => void add()} title={t('typed.centreHint')}>
      <span aria-hidden="true">⌖</span>
      <span className="tool-label">{t('typed.centre')}</span>
    </button>
  );
}

/** Side panel: type coordinates, choose point / line / polygon, create. */
export function TypedShapeForm() {
  const { t, i18n } = useTranslation('drawing');
  const session = useDrawingSession();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<TypedKind>('polygon');
  const [problem, setProblem] = useState<CoordinateProblem>();
  const [done, setDone] = useState<{ kind: TypedKind; count: number }>();
  const id = useId();
  if (!session.drawing || !session.activeLayerId) return null;
  const layerId = session.activeLayerId;

  const create = async (e: React.FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const result = shapesFromText(text, kind, session.newStyle);
    if (!result.ok) return setProblem(result.problem);
    setProblem(undefined);
    const ids = await addDrawings(layerId, result.shapes);
    if (ids.length === 1) session.select(ids[0]);
    setDone({ kind, count: ids.length });
    setText('');
  };

  return (
    <form className="typed-shape" onSubmit={(e) => void create(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('typed.title')}</h3>
      <label htmlFor={`${id}-text`}>{t('typed.label')}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="47.92, 106.92"
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        aria-invalid={problem ? true : undefined}
        spellCheck={false}
      />
      <p id={`${id}-help`} className="muted">{t('typed.help')}</p>
      <fieldset className="typed-kind">
        <legend>{t('typed.kind')}</legend>
        {TYPED_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {problem && <p id={`${id}-problem`} className="typed-problem" role="alert">{problemText(t, problem, i18n.language)}</p>}
      <button type="submit" className="primary">{t('typed.create')}</button>
      {done && <p className="muted" role="status">{t(`typed.created.${done.kind}`, { count: done.count })}</p>}
    </form>
  );
}
