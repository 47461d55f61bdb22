// A framework as a 1EdTech CASE 1.0 package, one language per package:
// a CFDocument, CFItems for sections, groups and statements, and
// CFAssociations: isChildOf for the hierarchy, isRelatedTo for cross-references.
// Identifiers are UUID v5 from the framework id, the language and the item id,
// so the same framework always gives the same identifiers.
// What CASE has no field for (every translation, the scale, the levels, a
// group's kind and level, cross-references outside the file, ids) goes in an
// `extensions.competencyFramework` object on the CFDocument and each CFItem,
// which caseImport.ts reads back (docs/framework-format.md describes it).
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
  extensions?: Extensions;
}

/** This app's extension: what the framework holds that CASE has no field for. */
export interface Extensions {
  competencyFramework: Record<string, unknown>;
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
    extensions?: Extensions;
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

  const item = (
    key: string,
    fullStatement: string,
    code: string,
    type: string,
    notes: string | undefined,
    extension: Record<string, unknown>,
  ): LinkURI => {
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
      extensions: { competencyFramework: extension },
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
      {
        id: section.id,
        text: section.title,
        ...(section.intro ? { intro: section.intro } : {}),
        ...(section.seeAlso ? { seeAlso: section.seeAlso } : {}),
      },
    );
    sectionLinks.set(section.id, sectionLink);
    associate('isChildOf', sectionLink, doc, s + 1);
    for (const [g, group] of section.groups.entries()) {
      const groupLink = item(
        `group/${section.id}/${group.id}`,
        group.title ? text(group.title) : ITEM_TYPES[group.kind],
        `${section.id}/${group.id}`,
        ITEM_TYPES[group.kind],
        group.intro && text(group.intro),
        {
          id: group.id,
          kind: group.kind,
          ...(group.rated === false ? { rated: false } : {}),
          ...(group.title ? { text: group.title } : { untitled: true }),
          ...(group.intro ? { intro: group.intro } : {}),
          ...(group.level ? { level: group.level } : {}),
        },
      );
      associate('isChildOf', groupLink, sectionLink, g + 1);
      for (const [i, statement] of group.items.entries()) {
        const statementLink = item(
          `statement/${statement.id}`,
          text(statement.text),
          statement.id,
          group.kind === 'criterion' ? 'Criterion' : 'Competency',
          statement.description && text(statement.description),
          {
            id: statement.id,
            text: statement.text,
            ...(statement.description ? { description: statement.description } : {}),
            ...(statement.seeAlso ? { seeAlso: statement.seeAlso } : {}),
          },
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
      extensions: {
        competencyFramework: {
          id: fw.id,
          sourceLanguage: fw.sourceLanguage,
          subject: fw.subject,
          title: fw.title,
          ...(fw.intro ? { intro: fw.intro } : {}),
          ...(fw.source ? { source: fw.source } : {}),
          ...(fw.scale ? { scale: fw.scale } : {}),
          ...(fw.levels ? { levels: fw.levels } : {}),
        },
      },
    },
    CFItems: items,
    CFAssociations: associations,
  };
}
