// Small helpers over the standard collections, shared by the engine and the store.

/** Appends `item` to the list `map` keeps under `key`, starting that list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
