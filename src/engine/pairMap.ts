/**
 * A value per unordered pair of IDs, looked up without building a key string (the matrix asks
 * hundreds of thousands of times).
 */
export class PairMap<T> {
  private readonly map = new Map<string, Map<string, T>>();

  get(a: string, b: string): T | undefined {
    return a < b ? this.map.get(a)?.get(b) : this.map.get(b)?.get(a);
  }

  set(a: string, b: string, value: T): void {
    const [x, y] = a < b ? [a, b] : [b, a];
    let inner = this.map.get(x);
    if (!inner) {
      inner = new Map();
      this.map.set(x, inner);
    }
    inner.set(y, value);
  }
}
