/**
 * The keys seen in one file, to report a duplicate with the line it repeats. A key is packed into one
 * exact integer below 2^53 (policy, market, surface, detection, day) and kept in an open-addressing
 * table of doubles: 5M rows cost ~60 MB here, where a Set of key strings would cost several hundred.
 */
export class KeySet {
  private keys = new Float64Array(1 << 16).fill(-1);
  private lines = new Uint32Array(1 << 16);
  private size = 0;

  /** The line that already holds `key`, or 0 after recording it at `line`. */
  addOrLineOf(key: number, line: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = hash(key) & mask;
    for (;;) {
      const held = this.keys[slot]!;
      if (held === -1) {
        this.keys[slot] = key;
        this.lines[slot] = line;
        this.size += 1;
        return 0;
      }
      if (held === key) return this.lines[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldLines = this.lines;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.lines = new Uint32Array(oldKeys.length * 2);
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.addOrLineOf(oldKeys[i]!, oldLines[i]!);
  }
}

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
