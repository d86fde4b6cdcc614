// How to move, in a few words, for whoever lands on the 3D view.
export function ViewHelp() {
  return (
    <p id="view-help" className="view-help">
      <span className="keyboard-only">
        Walk with <kbd>W</kbd> <kbd>A</kbd> <kbd>S</kbd> <kbd>D</kbd> or the arrow keys, drag to look around, click the floor to walk there, and click the signs over doorways to go through.
      </span>
      <span className="touch-only">Drag to look around, tap the floor to walk there, and tap the signs over doorways to go through.</span>
    </p>
  );
}
