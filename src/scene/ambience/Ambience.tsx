// The parts of the scene that arrive after the first frame (see ../AfterFirstFrame.tsx). Each is a plain
// component that builds its meshes from data once and disposes of them when it goes.
import Shade from '../light/shade/Shade';
import { Furnishing } from '../furnishing/Furnishing';
import Surroundings from '../surroundings/Surroundings';

export default function Ambience() {
  return (
    <>
      <Shade />
      <Furnishing />
      <Surroundings />
    </>
  );
}
