// The deck's slides as thumbnails: click to select, drag to reorder, Alt + ↑/↓ to move with the keyboard.
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store';
import { moveSlide, type Deck, type Slide } from '../model';

export function SlideList({ deck, onMove }: { deck: Deck; onMove: (change: (deck: Deck) => Deck) => Promise<void> }) {
  const { t } = useTranslation('slides');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const move = (id: string, to: number) => void onMove((d) => moveSlide(d, id, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(String(active.id), deck.slides.findIndex((s) => s.id === over.id));
  };
  return (
    <div className="slide-list-wrap">
      <p className="hint" id="slide-reorder-hint">
        {t('reorderHint')}
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={deck.slides.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="slide-list" aria-label={t('slideList')} data-testid="slide-list">
            {deck.slides.map((slide, i) => (
              <SlideItem key={slide.id} slide={slide} index={i} count={deck.slides.length} onMove={move} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function SlideItem({ slide, index, count, onMove }: { slide: Slide; index: number; count: number; onMove: (id: string, to: number) => void }) {
  const { t } = useTranslation('slides');
  const active = useAppStore((s) => s.activeSlideId === slide.id);
  const selectSlide = useAppStore((s) => s.selectSlide);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: slide.id });
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < count) onMove(slide.id, to);
  };
  return (
    <li
      ref={setNodeRef}
      className={`slide-item${active ? ' active' : ''}${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="slide-item"
    >
      <button
        type="button"
        className="slide-item-button"
        aria-current={active ? 'true' : undefined}
        {...attributes}
        {...listeners}
        aria-describedby="slide-reorder-hint"
        onClick={() => selectSlide(slide.id)}
        onKeyDown={onKeyDown}
        role="button"
      >
        <span className="slide-number">{index + 1}</span>
        {slide.thumbnail ? (
          <img className="slide-thumb" src={slide.thumbnail} alt="" />
        ) : (
          <span className={`slide-thumb placeholder ${slide.kind}`} aria-hidden="true">
            {slide.kind === 'title' ? 'Aa' : '¶'}
          </span>
        )}
        <span className="slide-item-text">
          <span className="slide-item-title">{slide.title || t('slideN', { n: index + 1 })}</span>
          <span className="muted">{t(`kind.${slide.kind}`)}</span>
        </span>
      </button>
    </li>
  );
}
