// Mexico City daylight: a dry-season late morning (early March, about half past ten: the sun 53° up, 130° round
// from north, in the south-east), a clear sky, and warm ground bounce below; or, in an
// era whose light is night (24 May 1940, before dawn), a dark sky, a faint, cold moonlight and a lamp in the
// visitor's room. The sky is a gradient texture behind everything: a per-pixel atmosphere shader costs too much on
// modest phones. Day and night use the same lights with other values, so changing era compiles no shader again.
import { useEffect, useMemo } from 'react';
import { DataTexture, LinearFilter, SRGBColorSpace } from 'three';
import { srgbBytes } from './materials/srgbBytes';
import { useTour } from '../state/tourStore';
import { eras } from '../content/eras';
import { KeyLight } from './light/KeyLight';

type SkyStops = [number, string][];

interface Light {
  sky: SkyStops;
  /** Sky and ground colours of the hemisphere light, and its intensity. */
  hemisphere: [string, string, number];
  /** The sun, or the moon. */
  key: { direction: [number, number, number]; colour: string; intensity: number };
  ambient: number;
  /** The lamp of the room the visitor is in (indoors only): candela at its bulb. */
  lamp: number;
}

const DAY: Light = {
  sky: [
    [0, '#6f9fd0'],
    [0.55, '#a9c8e6'],
    [1, '#e6eef2'],
  ],
  // The sky's and the ground's light is what reaches the shade and the rooms' interiors (under their roofs the sun
  // only comes in through windows and doorways): dimmer than the sun, so shadows read.
  hemisphere: ['#dfeeff', '#a68b6b', 0.95],
  // (sin 130° cos 53°, sin 53°, −cos 130° cos 53°): east is +x, north −z.
  key: { direction: [0.461, 0.799, 0.387], colour: '#fff1d8', intensity: 2.4 },
  ambient: 0.22,
  lamp: 0,
};

/** Before dawn: the house is made out by moonlight, dark but legible (the hotspots and signs keep their own light). */
const NIGHT: Light = {
  sky: [
    [0, '#070b18'],
    [0.6, '#131c33'],
    [1, '#26314a'],
  ],
  hemisphere: ['#5a6c94', '#1c1812', 0.3],
  key: { direction: [0.5, 0.7, -0.3], colour: '#aebfff', intensity: 0.45 },
  ambient: 0.12,
  // Enough to make out a 6 m room's walls from its middle; the sources do not say which lamps were lit.
  lamp: 0.45,
};

/** Towards the sun by day, as the shadow map has it: the tests find where its patches fall. */
export const SUN_DIRECTION = DAY.key.direction;

const SKY_ROWS = 256;

/**
 * The sky, top to bottom, worked out here rather than painted on a canvas: the page's first 2D canvas costs
 * 50–65 ms to set up under a software GPU, and the sky was the first thing to ask for one.
 */
function skyGradient(skyStops: SkyStops): DataTexture {
  // The stops' sRGB bytes, mixed as they are, as a canvas gradient mixes them.
  const stops = skyStops.map(([at, hex]) => ({ at, rgb: srgbBytes(hex) }));
  const pixels = new Uint8Array(SKY_ROWS * 4);
  for (let row = 0; row < SKY_ROWS; row++) {
    const at = row / (SKY_ROWS - 1);
    const upper = Math.max(1, stops.findIndex((s) => s.at >= at));
    const from = stops[upper - 1];
    const to = stops[upper];
    const t = (at - from.at) / (to.at - from.at);
    // Row 0 is the texture's bottom: the top of the sky goes last.
    const offset = (SKY_ROWS - 1 - row) * 4;
    for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(from.rgb[c] + (to.rgb[c] - from.rgb[c]) * t);
    pixels[offset + 3] = 255;
  }
  const texture = new DataTexture(pixels, 1, SKY_ROWS);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return texture;
}

const isNight = (era: string) => eras.find((e) => e.id === era)?.light === 'night';

/** A warm bulb under the ceiling of the visitor's room. Always in the scene (dark by day), so that night and day
 *  light the same number of lights and changing era compiles no shader. */
function RoomLamp({ candela }: { candela: number }) {
  const room = useTour((s) => s.house.rooms[s.roomId]);
  const indoor = room.kind === 'indoor';
  const { xM, zM, widthM, depthM } = room.footprint;
  const y = indoor ? room.wallHeightM - LAMP_BELOW_CEILING_M : 0;
  return <pointLight position={[xM + widthM / 2, y, zM + depthM / 2]} color="#ffc78a" intensity={indoor ? candela : 0} distance={LAMP_REACH_M} decay={2} />;
}

/** Where the bulb hangs, and how far its light reaches (beyond one room's width it would light the next). */
const LAMP_BELOW_CEILING_M = 0.5;
const LAMP_REACH_M = 7;

export function Daylight() {
  const night = useTour((s) => isNight(s.era));
  const light = night ? NIGHT : DAY;
  const sky = useMemo(() => skyGradient(light.sky), [light]);
  useEffect(() => () => sky.dispose(), [sky]);
  const [skyColour, groundColour, hemisphere] = light.hemisphere;
  return (
    <>
      <primitive attach="background" object={sky} />
      <hemisphereLight color={skyColour} groundColor={groundColour} intensity={hemisphere} />
      <KeyLight direction={light.key.direction} colour={light.key.colour} intensity={light.key.intensity} />
      <ambientLight intensity={light.ambient} />
      <RoomLamp candela={light.lamp} />
    </>
  );
}
