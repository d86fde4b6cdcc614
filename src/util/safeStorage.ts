// The browser's localStorage where it may be used, else null: it can be missing (Node, some embedded browsers) or
// refused by the browser's settings, which throw on the mere read of the property. Callers still guard their own
// reads and writes (a full or forbidden store throws there too).
export function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
