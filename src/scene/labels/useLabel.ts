// A label for as long as a component shows it. It is made in an effect (not while rendering, which React may
// repeat or throw away), shown once painted with a demand frame drawn, and given back to the GPU once a new
// label has replaced it on screen or the component has gone. Until the first is painted there is none (null).
import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { createLabel, type Label, type LabelStyle } from './labelTexture';

export function useLabel(text: string, heightM: number, { plate, ink }: LabelStyle): Label | null {
  const invalidate = useThree((s) => s.invalidate);
  const [label, setLabel] = useState<Label | null>(null);
  useEffect(() => {
    let wanted = true;
    const made = createLabel(text, heightM, { plate, ink });
    void made.painted.then(() => {
      if (!wanted) return made.dispose();
      setLabel(made);
      invalidate();
    });
    return () => {
      wanted = false;
    };
  }, [text, heightM, plate, ink, invalidate]);
  // The label on screen stays until its successor is painted, so a sign never blinks out on a language switch.
  useEffect(() => () => label?.dispose(), [label]);
  return label;
}
