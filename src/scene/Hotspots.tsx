// The hotspots of the current room's exhibits.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useTour } from '../state/tourStore';
import { pick } from '../i18n';
import { Hotspot } from './Hotspot';
import { hotspotPosition } from './hotspotPosition';

export function Hotspots() {
  const exhibits = useTour((s) => s.house.rooms[s.roomId].exhibits);
  const lang = useTour((s) => s.lang);
  const highlighted = useTour((s) => s.highlightedExhibit);
  // A guided tour's stop lights the hotspot of what it is about.
  const tourExhibit = useTour((s) => s.guided?.exhibit ?? null);
  const open = useTour((s) => s.openExhibit);
  const highlight = useTour((s) => s.highlightExhibit);
  const invalidate = useThree((s) => s.invalidate);
  // A highlight set from the list (focus) must be drawn even though nothing in the scene moved.
  useEffect(() => invalidate(), [highlighted, tourExhibit, exhibits, invalidate]);
  return (
    <group name="hotspots">
      {exhibits.map((x) => (
        <Hotspot
          key={x.id}
          id={x.id}
          name={pick(x.name, lang)}
          position={hotspotPosition(x)}
          highlighted={highlighted === x.id || tourExhibit === x.id}
          onOpen={open}
          onHighlight={highlight}
        />
      ))}
    </group>
  );
}
