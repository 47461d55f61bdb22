// A CASE package as real exporters write it, read leniently into one plain
// shape: CASE 1.0 or 1.1, at the top level or wrapped in `CFPackage`; numbers
// written as strings, `null` for optional fields, extra fields, links given as
// objects or as bare `...Identifier` fields, three-letter language codes.
// What was guessed is noted; only what cannot be read at all is refused.
import type { Path } from '../framework/checks.ts';
import type { ProblemCode, ProblemParams } from '../framework/problems.ts';

export interface CaseItem {
  identifier: string;
  fullStatement: string;
  code?: string;
  abbreviated?: string;
  type?: string;
  notes?: string;
  listEnumeration?: string;
  educationLevel?: string[];
  /** Our own export's extension (see caseExport.ts), untrusted. */
  extension?: unknown;
  /** Position in the package, the last word on order. */
  index: number;
}

export interface CaseAssociation {
  type: string;
  origin: string;
  destination: string;
  sequence?: number;
}

export interface CaseDocument {
  identifier: string;
  title: string;
  language?: string;
  version?: string;
  lastChange?: string;
  description?: string;
  notes?: string;
  publisher?: string;
  url?: string;
  extension?: unknown;
}

export interface CasePackage {
  doc: CaseDocument;
  items: CaseItem[];
  associations: CaseAssociation[];
}

/** Something read by a guess, or left out: by kind, with the items it concerns. */
export interface CaseNote {
  code:
    | 'language-guessed'
    | 'language-code'
    | 'numbers-as-text'
    | 'version-from-date'
    | 'version-missing'
    | 'item-without-text'
    | 'item-without-identifier'
    | 'association-unused'
    | 'association-broken'
    | 'outside-tree'
    | 'self-parent'
    | 'two-parents'
    | 'missing-parent'
    | 'cycle'
    /** Headings left out of an intro that would run over the text limit (a chain hundreds deep). */
    | 'heading-cut'
    /** Left out by the user's choice (caseChoice.ts): of a grade not chosen, or with no statement below. */
    | 'left-out-grade'
    | 'left-out-type';
  /** The association type, the language code read, and so on. */
  detail?: string;
  /** The items concerned, by code or text (the whole list, for "show all"). */
  items: string[];
}

export interface Refusal {
  path: Path;
  code: ProblemCode;
  params: ProblemParams;
}

export type ReadCase = { ok: true; pkg: CasePackage; notes: CaseNote[] } | { ok: false; refusal: Refusal };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** A text field: strings as they are, numbers as text; anything else (null, objects) is absent. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** The package object itself: top level, or wrapped in `CFPackage` (CASE 1.1 downloads). */
function unwrapCase(data: unknown): Obj | null {
  if (!isObj(data)) return null;
  const inner = isObj(data.CFPackage) ? data.CFPackage : data;
  return isObj(inner.CFDocument) && Array.isArray(inner.CFItems) ? inner : null;
}

export function looksLikeCase(data: unknown): boolean {
  return unwrapCase(data) !== null;
}

/** ISO 639-2 codes exporters write for the languages seen in CASE packages, to their two-letter form. */
const THREE_LETTER: Record<string, string> = {
  eng: 'en',
  fin: 'fi',
  swe: 'sv',
  nld: 'nl',
  dut: 'nl',
  nob: 'nb',
  nor: 'nb',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  jpn: 'ja',
  zho: 'zh',
  chi: 'zh',
};

function language(raw: string | undefined, notes: CaseNote[]): string {
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) {
    notes.push({ code: 'language-guessed', detail: 'en', items: [] });
    return 'en';
  }
  const two = THREE_LETTER[primary];
  if (two) notes.push({ code: 'language-code', detail: `${raw} → ${two}`, items: [] });
  return two ?? primary;
}

function link(a: Obj, side: 'origin' | 'destination'): string | undefined {
  const uri = a[`${side}NodeURI`];
  return (isObj(uri) ? text(uri.identifier) : undefined) ?? text(a[`${side}NodeIdentifier`]);
}

/** Reads a package; never throws. */
export function readCase(data: unknown): ReadCase {
  const pkg = unwrapCase(data);
  const root: Path = isObj(data) && isObj(data.CFPackage) ? ['CFPackage'] : [];
  if (!pkg)
    return { ok: false, refusal: { path: root, code: 'missing-field', params: { field: 'CFDocument' } } };
  const d = pkg.CFDocument as Obj;
  const identifier = text(d.identifier);
  const title = text(d.title);
  if (!identifier || !title) {
    const field = identifier ? 'title' : 'identifier';
    return {
      ok: false,
      refusal: { path: [...root, 'CFDocument', field], code: 'missing-field', params: {} },
    };
  }
  const notes: CaseNote[] = [];
  const items: CaseItem[] = [];
  const withoutText: string[] = [];
  let withoutIdentifier = 0;
  for (const [index, raw] of (pkg.CFItems as unknown[]).entries()) {
    if (!isObj(raw)) continue;
    const id = text(raw.identifier);
    const fullStatement = text(raw.fullStatement);
    const code = text(raw.humanCodingScheme);
    if (!id) withoutIdentifier++;
    else if (!fullStatement) withoutText.push(code ?? id);
    if (!id || !fullStatement) continue;
    const levels = raw.educationLevel ?? raw.educationalLevel;
    const abbreviated = text(raw.abbreviatedStatement);
    const type = text(raw.CFItemType);
    const itemNotes = text(raw.notes);
    const listEnumeration = text(raw.listEnumeration);
    items.push({
      identifier: id,
      fullStatement,
      index,
      ...(code ? { code } : {}),
      ...(abbreviated ? { abbreviated } : {}),
      ...(type ? { type } : {}),
      ...(itemNotes ? { notes: itemNotes } : {}),
      ...(listEnumeration ? { listEnumeration } : {}),
      ...(Array.isArray(levels) ? { educationLevel: levels.map(text).filter((l) => l !== undefined) } : {}),
      ...(typeof levels === 'string' ? { educationLevel: levels.split(/[,\s]+/).filter(Boolean) } : {}),
      ...(isObj(raw.extensions) ? { extension: raw.extensions.competencyFramework } : {}),
    });
  }
  if (withoutText.length) notes.push({ code: 'item-without-text', items: withoutText });
  if (withoutIdentifier) notes.push({ code: 'item-without-identifier', items: [String(withoutIdentifier)] });

  const associations: CaseAssociation[] = [];
  let textNumbers = 0;
  const rawAssociations = Array.isArray(pkg.CFAssociations) ? pkg.CFAssociations : [];
  for (const raw of rawAssociations as unknown[]) {
    if (!isObj(raw)) continue;
    const type = text(raw.associationType);
    const origin = link(raw, 'origin');
    const destination = link(raw, 'destination');
    if (!type || !origin || !destination) continue;
    let sequence: number | undefined;
    if (typeof raw.sequenceNumber === 'number' && Number.isFinite(raw.sequenceNumber))
      sequence = raw.sequenceNumber;
    else if (typeof raw.sequenceNumber === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw.sequenceNumber)) {
      sequence = Number(raw.sequenceNumber);
      textNumbers++;
    }
    associations.push({ type, origin, destination, ...(sequence !== undefined ? { sequence } : {}) });
  }
  if (textNumbers)
    notes.push({ code: 'numbers-as-text', detail: 'sequenceNumber', items: [String(textNumbers)] });

  const version = text(d.version);
  const lastChange = text(d.lastChangeDateTime);
  if (!version) notes.push({ code: lastChange ? 'version-from-date' : 'version-missing', items: [] });
  const firstLanguage = items.length ? text((pkg.CFItems as Obj[])[0]?.language) : undefined;
  const description = text(d.description);
  const docNotes = text(d.notes);
  const publisher = text(d.publisher) ?? text(d.creator);
  const url = text(d.officialSourceURL);
  return {
    ok: true,
    notes,
    pkg: {
      doc: {
        identifier,
        title,
        language: language(text(d.language) ?? firstLanguage, notes),
        ...(version ? { version } : {}),
        ...(lastChange ? { lastChange } : {}),
        ...(description ? { description } : {}),
        ...(docNotes ? { notes: docNotes } : {}),
        ...(publisher && publisher !== 'unknown' ? { publisher } : {}),
        ...(url ? { url } : {}),
        ...(isObj(d.extensions) ? { extension: d.extensions.competencyFramework } : {}),
      },
      items,
      associations,
    },
  };
}
