// Who places the camera: CameraRig, at the visitor's eyes, unless the overview holds it (while it is open and on its
// flight down). Apart from the overview's own code, which is fetched on demand: CameraRig needs only this much.
type Listener = () => void;

let held = false;
const onRelease = new Set<Listener>();

export const cameraHold = {
  isHeld: () => held,
  hold() {
    held = true;
  },
  /** The overview lets go: the camera goes back to the visitor's eyes at once. */
  release() {
    held = false;
    onRelease.forEach((listener) => listener());
  },
  onRelease(listener: Listener): () => void {
    onRelease.add(listener);
    return () => void onRelease.delete(listener);
  },
};
