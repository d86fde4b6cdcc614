// three's PCF shadow reads its map five times a pixel (a rotated Vogel disc, each read a hardware-filtered 2 × 2
// comparison) and works out a noise value to rotate the disc: 20 texel comparisons for every lit pixel of every
// surface, whether or not it is near a shadow's edge. This keeps one hardware-filtered read: the edge is then
// softened over one texel of the map (2.7 cm on the ground, KeyLight.tsx), about a real sun's penumbra a metre
// behind a window bar. Patched into three's shader source once, before any material is compiled.
import { ShaderChunk } from 'three';

const FIVE_TAPS = /float phi = interleavedGradientNoise\( gl_FragCoord\.xy \) \* PI2;\s*shadow = \([\s\S]*?\) \* 0\.2;/;
const ONE_TAP = 'shadow = texture( shadowMap, vec3( shadowCoord.xy, shadowCoord.z ) );';

// Left as three wrote it if a later three changes the passage (the shadows are then only costlier).
ShaderChunk.shadowmap_pars_fragment = ShaderChunk.shadowmap_pars_fragment.replace(FIVE_TAPS, ONE_TAP);
