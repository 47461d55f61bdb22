// A framework as a 1EdTech CASE 1.0 package, one language per package:
// a CFDocument, CFItems for sections, groups and statements, and
// CFAssociations: isChildOf for the hierarchy, isRelatedTo for cross-references.
// Identifiers are UUID v5 from the framework id, the language and the item id,
// so the same framework always gives the same identifiers.
import { v5 as uuidv5 } from 'uuid';
import { localize } from '../framework/localize.ts';
import type { Framework, LocalizedText } from '../framework/schema.ts';

/** The namespace of this app's CASE identifiers. */
export const CASE_NAMESPACE = '6f0e1d0a-3a8b-5c7e-9a41-2f6d4b8c1e07';

export interface LinkURI {
  title: string;
  identifier: string;
  uri: string;
}

export interface CFItem {
  identifier: string;
  uri: string;
  CFDocumentURI: LinkURI;
  fullStatement: string;
  humanCodingScheme: string;
  CFItemType: string;
  language: string;
  lastChangeDateTime: string;
  notes?: string;
}

export interface CFAssociation {
  identifier: string;
  uri: string;
  associationType: 'isChildOf' | 'isRelatedTo';
  sequenceNumber?: number;
  originNodeURI: LinkURI;
  destinationNodeURI: LinkURI;
  CFDocumentURI: LinkURI;
  lastChangeDateTime: string;
}

export interface CFPackage {
  CFDocument: {
    identifier: string;
    uri: string;
    creator: string;
    title: string;
    lastChangeDateTime: string;
    language: string;
    version: string;
    description?: string;
    officialSourceURL?: string;
    licenseURI?: LinkURI;
    notes?: string;
    CFPackageURI: LinkURI;
  };
  CFItems: CFItem[];
  CFAssociations: CFAssociation[];
}

export const ITEM_TYPES = {
  section: 'Competency Area',
  knowledge: 'Knowledge',
  skill: 'Skill',
  criterion: 'Criterion',
} as const;

export function frameworkToCase(fw: Framework, language: string, now: Date): CFPackage {
  const at = now.toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const text = (t: LocalizedText) => localize(t, language, fw.sourceLanguage).text;
  const id = (...parts: string[]) => uuidv5([fw.id, language, ...parts].join('/'), CASE_NAMESPACE);
  const link = (title: string, identifier: string): LinkURI => ({
    title,
    identifier,
    uri: `urn:uuid:${identifier}`,
  });
  const docId = id();
  const doc = link(text(fw.title), docId);
  const items: CFItem[] = [];
  const associations: CFAssociation[] = [];
  const sectionLinks = new Map<string, LinkURI>();

  const item = (key: string, fullStatement: string, code: string, type: string, notes?: string): LinkURI => {
    const identifier = id('item', key);
    items.push({
      identifier,
      uri: `urn:uuid:${identifier}`,
      CFDocumentURI: doc,
      fullStatement,
      humanCodingScheme: code,
      CFItemType: type,
      language,
      lastChangeDateTime: at,
      ...(notes ? { notes } : {}),
    });
    return link(fullStatement, identifier);
  };
  const associate = (
    type: CFAssociation['associationType'],
    from: LinkURI,
    to: LinkURI,
    sequenceNumber?: number,
  ) => {
    const identifier = id('association', type, from.identifier, to.identifier);
    associations.push({
      identifier,
      uri: `urn:uuid:${identifier}`,
      associationType: type,
      ...(sequenceNumber !== undefined ? { sequenceNumber } : {}),
      originNodeURI: from,
      destinationNodeURI: to,
      CFDocumentURI: doc,
      lastChangeDateTime: at,
    });
  };

  for (const [s, section] of fw.sections.entries()) {
    const sectionLink = item(
      `section/${section.id}`,
      text(section.title),
      section.id,
      ITEM_TYPES.section,
      section.intro && text(section.intro),
    );
    sectionLinks.set(section.id, sectionLink);
    associate('isChildOf', sectionLink, doc, s + 1);
    for (const [g, group] of section.groups.entries()) {
      const level = group.level ? fw.levels?.find((l) => l.id === group.level) : undefined;
      const groupLink = item(
        `group/${section.id}/${group.id}`,
        group.title ? text(group.title) : ITEM_TYPES[group.kind],
        `${section.id}/${group.id}`,
        ITEM_TYPES[group.kind],
        level ? `level: ${text(level.label)}` : undefined,
      );
      associate('isChildOf', groupLink, sectionLink, g + 1);
      for (const [i, statement] of group.items.entries()) {
        const statementLink = item(
          `statement/${statement.id}`,
          text(statement.text),
          statement.id,
          group.kind === 'criterion' ? 'Criterion' : 'Competency',
          statement.description && text(statement.description),
        );
        associate('isChildOf', statementLink, groupLink, i + 1);
      }
    }
  }
  // Cross-references, to sections in this framework (others stay in the notes of the item).
  for (const section of fw.sections) {
    const from = sectionLinks.get(section.id);
    for (const ref of section.seeAlso ?? []) {
      const to = sectionLinks.get(ref);
      if (from && to) associate('isRelatedTo', from, to);
    }
  }

  return {
    CFDocument: {
      identifier: docId,
      uri: `urn:uuid:${docId}`,
      creator: fw.source?.publisher ?? 'unknown',
      title: text(fw.title),
      lastChangeDateTime: at,
      language,
      version: fw.version,
      ...(fw.intro ? { description: text(fw.intro) } : {}),
      ...(fw.source?.url ? { officialSourceURL: fw.source.url } : {}),
      ...(fw.source?.note ? { notes: text(fw.source.note) } : {}),
      CFPackageURI: link(text(fw.title), docId),
    },
    CFItems: items,
    CFAssociations: associations,
  };
}
