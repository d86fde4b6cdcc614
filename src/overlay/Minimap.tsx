// A floor plan drawn from the same room data as the 3D house: rooms, doorways, the visitor and which way they
// look. Each room is a link, so the plan is also a way to move by mouse, touch or keyboard.
import { formatHash } from '../routing/hash';
import { useTour } from '../state/tourStore';
import { centre } from '../plan/geometry';
import { pick, useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';

/** Plan pixels per metre of site. */
const SCALE = 6;
const PAD_M = 3;
const VIEW_CONE_M = 3.2;
const VIEW_CONE_HALF_ANGLE_DEG = 35;

/** Approximate advance of one character, as a share of the font size. */
const CHAR_WIDTH_EM = 0.56;
const MAX_LABEL_PX = 8;

/** A room's name, shrunk to fit its rectangle and turned upright in a narrow one. */
function RoomLabel({ name, x, y, widthPx, depthPx }: { name: string; x: number; y: number; widthPx: number; depthPx: number }) {
  const upright = depthPx > widthPx * 1.6;
  const room = (upright ? depthPx : widthPx) * 0.9;
  const size = Math.min(MAX_LABEL_PX, room / (name.length * CHAR_WIDTH_EM));
  return (
    <text x={x} y={y} fontSize={size} textAnchor="middle" dominantBaseline="middle" aria-hidden="true" transform={upright ? `rotate(-90 ${x} ${y})` : undefined}>
      {name}
    </text>
  );
}

type PlanScale = { px(xM: number): number; pz(zM: number): number };

/** The visitor and their view cone: the only part of the plan that follows every step, so only it renders again. */
function PlanVisitor({ px, pz }: PlanScale) {
  const pose = useTour((s) => s.pose);
  const cone = (deg: number) => {
    const r = ((pose.headingDeg + deg) * Math.PI) / 180;
    return `${px(pose.xM + Math.sin(r) * VIEW_CONE_M)},${pz(pose.zM - Math.cos(r) * VIEW_CONE_M)}`;
  };
  return (
    <g className="plan-visitor" aria-hidden="true">
      <polygon points={`${px(pose.xM)},${pz(pose.zM)} ${cone(-VIEW_CONE_HALF_ANGLE_DEG)} ${cone(VIEW_CONE_HALF_ANGLE_DEG)}`} />
      <circle cx={px(pose.xM)} cy={pz(pose.zM)} r={SCALE * 0.6} />
    </g>
  );
}

export function Minimap() {
  const { t } = useTranslation();
  const lang = useTour((s) => s.lang);
  const house = useTour((s) => s.house);
  const roomId = useGuideRoomId();
  const site = house.outdoor.footprint;
  const w = (site.widthM + 2 * PAD_M) * SCALE;
  const h = (site.depthM + 2 * PAD_M) * SCALE;
  const px = (xM: number) => (xM - site.xM + PAD_M) * SCALE;
  const pz = (zM: number) => (zM - site.zM + PAD_M) * SCALE;
  const rooms = [...house.order].sort((a, b) => (house.rooms[a].kind === 'outdoor' ? -1 : house.rooms[b].kind === 'outdoor' ? 1 : 0));

  return (
    <figure className="minimap">
      <svg viewBox={`0 0 ${w} ${h}`} role="group" aria-label={t('floorPlan')}>
        {house.outdoor.grounds!.streets.map((s) => {
          const horizontal = s.side === 'north' || s.side === 'south';
          const x = s.side === 'east' ? w - PAD_M * SCALE * 0.45 : s.side === 'west' ? PAD_M * SCALE * 0.45 : w / 2;
          const y = s.side === 'south' ? h - PAD_M * SCALE * 0.3 : s.side === 'north' ? PAD_M * SCALE * 0.65 : h / 2;
          return (
            <text key={s.side} x={x} y={y} className="street" textAnchor="middle" transform={horizontal ? undefined : `rotate(90 ${x} ${y})`} aria-hidden="true">
              {s.name}
            </text>
          );
        })}
        {rooms.map((id) => {
          const r = house.rooms[id];
          const f = r.footprint;
          const c = centre(f);
          const current = id === roomId;
          return (
            <a key={id} href={formatHash(id)} aria-label={pick(r.name, lang)} aria-current={current ? 'page' : undefined} className={`plan-room ${r.kind}${current ? ' current' : ''}`}>
              <rect x={px(f.xM)} y={pz(f.zM)} width={f.widthM * SCALE} height={f.depthM * SCALE} />
              {r.kind === 'indoor' && <RoomLabel name={pick(r.name, lang)} x={px(c.xM)} y={pz(c.zM)} widthPx={f.widthM * SCALE} depthPx={f.depthM * SCALE} />}
            </a>
          );
        })}
        {house.doorways.map((d) => {
          const half = (d.geometry.widthM / 2) * SCALE;
          const alongX = d.outward.xM === 0;
          return (
            <line
              key={d.id}
              className="plan-doorway"
              x1={px(d.centre.xM) - (alongX ? half : 0)}
              x2={px(d.centre.xM) + (alongX ? half : 0)}
              y1={pz(d.centre.zM) - (alongX ? 0 : half)}
              y2={pz(d.centre.zM) + (alongX ? 0 : half)}
            />
          );
        })}
        <PlanVisitor px={px} pz={pz} />
      </svg>
      <figcaption>{t('floorPlanNote')}</figcaption>
    </figure>
  );
}
