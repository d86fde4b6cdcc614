// A plate under a headset panel (a caption's close, a tour's next stop) that the controller's ray selects.
import type { Label } from '../scene/labels/labelTexture';
import { markerGeometry } from '../scene/markerParts';
import { PANEL_ON_TOP } from './panelLook';

interface PanelPlateProps {
  name: string;
  label: Label;
  xM: number;
  yM: number;
  onSelect: () => void;
}

export function PanelPlate({ name, label, xM, yM, onSelect }: PanelPlateProps) {
  return (
    <mesh
      name={name}
      renderOrder={PANEL_ON_TOP + 1}
      geometry={markerGeometry}
      position={[xM, yM, 0.005]}
      scale={[label.widthM, label.heightM, 1]}
      onClick={(e) => {
        e.stopPropagation();
        onSelect();
      }}
    >
      <meshBasicMaterial map={label.texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  );
}
