/**
 * A bounded cache that keeps what was used recently: typing changes one sentence at a
 * time, so nearly every lookup is a hit. Two generations instead of a strict LRU order: a
 * hit costs one Map lookup (a strict LRU would delete and re-insert the key on every hit,
 * which for keys as long as sentences was a fifth of a keystroke's time). When the young
 * generation fills up it becomes the old one, and entries not used since are dropped.
 */
export class Lru<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(capacity: number) {
    this.half = Math.max(1, Math.ceil(capacity / 2));
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aging = this.old.get(key);
    if (aging !== undefined) this.set(key, aging);
    return aging;
  }

  set(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}
