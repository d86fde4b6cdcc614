// How to move, in a few words, for whoever lands on the 3D view.
export function ViewHelp() {
  return (
    <p id="view-help" className="view-help">
      Walk with <kbd>W</kbd> <kbd>A</kbd> <kbd>S</kbd> <kbd>D</kbd> or the arrow keys, drag to look around, click or tap the floor to walk there, and use the signs in doorways to go through.
    </p>
  );
}
