// Which exhibit a triangle of a merged model surface belongs to: the page answers a click on a model with this.

/** Which exhibit a stretch of a merged geometry's triangles belongs to: triangles before `endTriangle`. */
export interface TriangleRange {
  endTriangle: number;
  exhibitId: string;
}

/** The exhibit a triangle of a merged surface belongs to. */
export function exhibitAtTriangle(ranges: TriangleRange[] | undefined, triangle: number): string | null {
  return ranges?.find((r) => triangle < r.endTriangle)?.exhibitId ?? null;
}
