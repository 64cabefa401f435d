/**
 * True for text PostgreSQL cannot store or no person typed: a NUL character (text columns refuse
 * U+0000) or half of a UTF-16 surrogate pair (JSON lets "\ud800" through; UTF-8 has no encoding for it).
 */
export function isUnsafeText(s: string): boolean {
  return s.includes('\u0000') || LONE_SURROGATE.test(s);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first unsafe text in parsed input (keys included), or null when all is well.
 * Input nests a few levels at most; deeper structures are refused by their schemas anyway.
 */
export function unsafeTextPath(value: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unsafeTextPath(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isUnsafeText(key)) return [...path, '（字段名）'];
    const found = unsafeTextPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
