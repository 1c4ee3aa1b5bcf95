// The content hashes a run has already taken, kept compactly: 16 bytes per hash (the first 128
// bits of the SHA-256) in one typed array, rather than a 64-character string and a Set entry each
// (about 8 times the memory, all of it on the GC heap). Two different contents would need equal
// 128-bit prefixes to be confused, which SHA-256 makes practically impossible.

const WORDS = 4;

export class HashSet {
  #table = new Uint32Array(WORDS * 1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** `hex`: a SHA-256 as 64 hexadecimal digits (at least the first 32 are used). */
  has(hex: string): boolean {
    return this.#find(this.#table, words(hex)) < 0;
  }

  add(hex: string): void {
    const key = words(hex);
    const slot = this.#find(this.#table, key);
    if (slot < 0) return;
    this.#put(this.#table, slot, key);
    this.#size++;
    if (this.#size * 2 > this.#table.length / WORDS) this.#grow();
  }

  /** The free slot where `key` would go, or -1 when it is there already. A zero key marks a free slot. */
  #find(table: Uint32Array, key: Uint32Array): number {
    const mask = table.length / WORDS - 1;
    for (let i = key[0]! & mask; ; i = (i + 1) & mask) {
      const at = i * WORDS;
      if (table[at] === 0 && table[at + 1] === 0 && table[at + 2] === 0 && table[at + 3] === 0) return i;
      if (table[at] === key[0] && table[at + 1] === key[1] && table[at + 2] === key[2] && table[at + 3] === key[3]) return -1;
    }
  }

  #put(table: Uint32Array, slot: number, key: Uint32Array): void {
    table.set(key, slot * WORDS);
  }

  #grow(): void {
    const old = this.#table;
    const table = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += WORDS) {
      const key = old.subarray(at, at + WORDS);
      if (key[0] === 0 && key[1] === 0 && key[2] === 0 && key[3] === 0) continue;
      this.#put(table, this.#find(table, key), key);
    }
    this.#table = table;
  }
}

/** The first 128 bits as four words; the all-zero key (the free-slot mark) is moved to 1. */
function words(hex: string): Uint32Array {
  if (!/^[0-9a-f]{32}/i.test(hex)) throw new Error(`not a hexadecimal hash: ${hex}`);
  const key = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) key[i] = Number.parseInt(hex.slice(8 * i, 8 * i + 8), 16) >>> 0;
  if (key[0] === 0 && key[1] === 0 && key[2] === 0 && key[3] === 0) key[3] = 1;
  return key;
}
