// The lenient zod pieces the status adapters read payloads with: a status page's payload is outside data, and one
// malformed element or field must not lose the rest. Apart from common.ts, whose words and status ranks a draft reads
// without building any schema (or loading zod's classic API).
import * as z from 'zod';

/** An array whose malformed elements are dropped instead of failing the whole payload. */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).transform((items) => {
    const out: z.output<T>[] = [];
    for (const i of items) {
      const r = item.safeParse(i);
      if (r.success) out.push(r.data);
    }
    return out;
  });
}

/** An optional string that also accepts null and drops any other type. */
// `.optional()` before the transform: zod 4 otherwise reports a missing key as "expected nonoptional".
export const optText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'string' ? v : undefined));

/** A list that may be missing, null or of another type (→ []), whose malformed elements are dropped. */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .unknown()
    .optional()
    .transform((v) => (Array.isArray(v) ? lenientArray(item).parse(v) : []));
}
