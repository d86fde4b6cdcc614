// Reading a screenshot's pixels, and the few measures the tests make of them.
import { PNG as PngJs } from 'pngjs';

export class PNG {
  private constructor(readonly width: number, readonly height: number, readonly data: Buffer) {}

  static decode(buffer: Buffer): PNG {
    const png = PngJs.sync.read(buffer);
    return new PNG(png.width, png.height, png.data);
  }

  /** How many distinct colours, quantised to 4 bits a channel: a blank or single-colour view has one or two. */
  distinctColours(): number {
    const seen = new Set<number>();
    for (let i = 0; i < this.data.length; i += 4)
      seen.add(((this.data[i] >> 4) << 8) | ((this.data[i + 1] >> 4) << 4) | (this.data[i + 2] >> 4));
    return seen.size;
  }

  /** The share of pixels that differ (by more than a small tolerance) from another picture of the same size. */
  differenceFrom(other: PNG, tolerance = 16): number {
    if (other.width !== this.width || other.height !== this.height) return 1;
    let differing = 0;
    for (let i = 0; i < this.data.length; i += 4) {
      const d =
        Math.abs(this.data[i] - other.data[i]) +
        Math.abs(this.data[i + 1] - other.data[i + 1]) +
        Math.abs(this.data[i + 2] - other.data[i + 2]);
      if (d > tolerance) differing++;
    }
    return differing / (this.data.length / 4);
  }
}
