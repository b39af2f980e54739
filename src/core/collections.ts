// Small helpers over the standard collections, shared by the engine and the store.

/** Appends `item` to the list `map` keeps under `key`, starting that list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The index of the first item of `list` for which `isBefore` is false, when it is true of every item
 * before that one and false from there on (a list sorted by what it tests): a binary search.
 */
export function partitionPoint<T>(list: readonly T[], isBefore: (item: T) => boolean): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(list[mid])) low = mid + 1;
    else high = mid;
  }
  return low;
}
