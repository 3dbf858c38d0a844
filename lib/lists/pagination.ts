/** One page of a list of articles: its items, its number (from 1) and how many pages the list has. */
export type ListPage<T> = Readonly<{ items: readonly T[]; number: number; count: number }>;

/**
 * Splits a list (already newest first) into pages of `size`. An empty list is one empty page, so a
 * list always has a first page to link to.
 */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a whole number above 0, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
  }));
}
