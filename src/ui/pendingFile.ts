// A file handed from one page to another (the add panel found a saved assessment file: the
// assessments page opens it). Held until taken, once.
let pending: File | null = null;

export function handOver(file: File): void {
  pending = file;
}

export function takeHandedOver(): File | null {
  const file = pending;
  pending = null;
  return file;
}
