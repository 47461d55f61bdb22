// A record's own entry by a key that comes from outside (a link, a file): never
// one inherited from Object.prototype, such as `__proto__` or `constructor`.
// And the keys a plain object cannot be trusted to hold as its own: the stored
// data's restore sets them aside (persisted.ts), a saved file's ids are refused
// (importFile.ts), a framework file's keys too (framework/document.ts).

/** `record[key]` when the record has it as its own, else undefined. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A key that reaches an object's prototype (`__proto__`) or names its built-ins: never a key of stored data. */
export function isPrototypeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
