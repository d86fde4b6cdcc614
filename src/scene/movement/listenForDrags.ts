// A drag with the primary button (mouse, pen or finger) on an element, reported as the pointer's movement since
// the last report, in CSS pixels. Shared by looking around and by turning the view from above. Returns the undo.
export function listenForDrags(element: HTMLElement, onDrag: (dxPx: number, dyPx: number) => void): () => void {
  let last: { x: number; y: number; id: number } | null = null;
  const down = (e: PointerEvent) => {
    if (e.button === 0) last = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };
  const move = (e: PointerEvent) => {
    if (!last || e.pointerId !== last.id) return;
    const dx = e.clientX - last.x;
    const dy = e.clientY - last.y;
    last.x = e.clientX;
    last.y = e.clientY;
    if (dx || dy) onDrag(dx, dy);
  };
  const up = (e: PointerEvent) => {
    if (last && e.pointerId === last.id) last = null;
  };
  element.addEventListener('pointerdown', down);
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
  return () => {
    element.removeEventListener('pointerdown', down);
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', up);
  };
}
