// WASD and the arrow keys: W/S or ↑/↓ walk, A/D step sideways, ←/→ and Q/E turn. Keys typed into a form
// field are left alone.
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { tourStore } from '../../state/tourStore';
import { TURN_SPEED_DEG_PER_S, WALK_SPEED_M_PER_S } from '../../plan/constants';

/** Longest time step applied at once, so a stalled frame does not throw the visitor through a doorway. */
const MAX_STEP_S = 0.1;

const KEYS: Record<string, 'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight'> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  KeyD: 'right',
  ArrowLeft: 'turnLeft',
  KeyQ: 'turnLeft',
  ArrowRight: 'turnRight',
  KeyE: 'turnRight',
};

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function KeyboardWalk() {
  const held = useRef(new Set<string>());
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !(e.code in KEYS)) return;
      // Arrow keys would otherwise scroll the page or move focus in a list.
      e.preventDefault();
      held.current.add(KEYS[e.code]);
      invalidate();
    };
    const up = (e: KeyboardEvent) => held.current.delete(KEYS[e.code]);
    const clear = () => held.current.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', clear);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', clear);
    };
  }, [invalidate]);

  useFrame((_, delta) => {
    const h = held.current;
    if (h.size === 0) return;
    const dt = Math.min(delta, MAX_STEP_S);
    const forward = (h.has('forward') ? 1 : 0) - (h.has('back') ? 1 : 0);
    const right = (h.has('right') ? 1 : 0) - (h.has('left') ? 1 : 0);
    const turn = (h.has('turnRight') ? 1 : 0) - (h.has('turnLeft') ? 1 : 0);
    const store = tourStore.getState();
    if (turn) store.look(turn * TURN_SPEED_DEG_PER_S * dt, 0);
    if (forward || right) store.walk(forward * WALK_SPEED_M_PER_S * dt, right * WALK_SPEED_M_PER_S * dt);
    invalidate();
  });
  return null;
}
