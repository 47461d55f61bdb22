// A record's own entry by a key that comes from outside (a link, a file): never
// one inherited from Object.prototype, such as `__proto__` or `constructor`.

/** `record[key]` when the record has it as its own, else undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
