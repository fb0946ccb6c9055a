// BODS 0.4 statements as zod schemas: the rules of the standard's JSON schema (statement.json,
// components.json and its codelists) that a statement must keep, written out for the fields
// the importer reads and the ones the reference validator (lib-cove-bods) checks. Extra fields
// are allowed, as the standard allows them.
import { z } from 'zod';

const text = z.string();
const uri = z.url({ error: 'must be a URI' });
const isoDate = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
/** `YYYY-MM-DD` or a date-time with its offset, as BODS' `statementDate` and `publicationDate`. */
const dateOrTime = z.union([isoDate, z.iso.datetime({ offset: true })], {
  error: 'must be a date (YYYY-MM-DD) or a date-time',
});
/** A date at the precision known: `1970`, `1970-03`, `1970-03-15` (birth and death dates). */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
const percentage = z.number().min(0).max(100);

/** BODS codelists used by 0.4 (schema/codelists/*.csv). */
export const BODS04_CODES = {
  entityType: [
    'registeredEntity',
    'legalEntity',
    'arrangement',
    'anonymousEntity',
    'unknownEntity',
    'state',
    'stateBody',
  ],
  personType: ['knownPerson', 'anonymousPerson', 'unknownPerson'],
  interestType: [
    'shareholding',
    'votingRights',
    'appointmentOfBoard',
    'otherInfluenceOrControl',
    'seniorManagingOfficial',
    'settlor',
    'trustee',
    'protector',
    'beneficiaryOfLegalArrangement',
    'rightsToSurplusAssetsOnDissolution',
    'rightsToProfitOrIncome',
    'rightsGrantedByContract',
    'conditionalRightsGrantedByContract',
    'controlViaCompanyRulesOrArticles',
    'controlByLegalFramework',
    'boardMember',
    'boardChair',
    'unknownInterest',
    'unpublishedInterest',
    'enjoymentAndUseOfAssets',
    'rightToProfitOrIncomeFromAssets',
    'nominee',
    'nominator',
  ],
  unspecifiedReason: [
    'noBeneficialOwners',
    'subjectUnableToConfirmOrIdentifyBeneficialOwner',
    'interestedPartyHasNotProvidedInformation',
    'subjectExemptFromDisclosure',
    'interestedPartyExemptFromDisclosure',
    'unknown',
    'informationUnknownToPublisher',
  ],
} as const;

/** Subtypes each entity type allows (`other` goes with any). */
const SUBTYPES: Readonly<Record<string, readonly string[]>> = {
  legalEntity: ['trust'],
  arrangement: ['trust', 'nomination'],
  stateBody: ['governmentDepartment', 'stateAgency'],
};

const country = z.object({ name: text, code: text.min(2).max(2).optional() });
const jurisdiction = z.object({ name: text, code: text.min(2).max(6).optional() });
const address = (types: readonly [string, ...string[]]) =>
  z.object({
    type: z.enum(types).optional(),
    address: text.optional(),
    postCode: text.optional(),
    country: country.optional(),
  });
const identifier = z
  .object({ id: text.optional(), scheme: text.optional(), schemeName: text.optional() })
  .extend({ uri: uri.optional() })
  .refine((i) => i.scheme !== undefined || i.schemeName !== undefined, {
    error: 'needs a scheme or a schemeName',
    path: ['scheme'],
  });
/**
 * A person's identifier: a scheme for a document (`PASSPORT`, `TAXID`, `IDCARD`) names the
 * issuing country first, as ISO 3166-1 alpha-3 (or `D`, Germany's code on passports).
 */
const personIdentifier = identifier.refine(
  (i) =>
    i.scheme === undefined ||
    !/(PASSPORT|TAXID|IDCARD|ID)$/.test(i.scheme) ||
    /^([A-Z]{3}|D)-(PASSPORT|TAXID|IDCARD)$/.test(i.scheme),
  {
    error: 'must be COUNTRY-PASSPORT, COUNTRY-TAXID or COUNTRY-IDCARD (ISO 3166-1 alpha-3)',
    path: ['scheme'],
  },
);
const agent = z.object({ name: text.optional(), uri: uri.optional() });
const unspecified = z.object({
  reason: z.enum(BODS04_CODES.unspecifiedReason),
  description: text.optional(),
});

const source = z.object({
  type: z
    .array(
      z.enum(['selfDeclaration', 'officialRegister', 'thirdParty', 'primaryResearch', 'verified']),
    )
    .optional(),
  description: text.optional(),
  url: uri.optional(),
  retrievedAt: dateOrTime.optional(),
  assertedBy: z.array(agent).optional(),
});

const annotation = z
  .object({
    statementPointerTarget: text,
    creationDate: dateOrTime.optional(),
    createdBy: agent.optional(),
    motivation: z.enum(['commenting', 'correcting', 'identifying', 'linking', 'transformation']),
    description: text.optional(),
    transformedContent: text.optional(),
    url: uri.optional(),
  })
  .superRefine((a, ctx) => {
    if (
      a.creationDate !== undefined &&
      a.creationDate.slice(0, 10) > new Date().toISOString().slice(0, 10)
    ) {
      ctx.addIssue({ code: 'custom', path: ['creationDate'], message: 'is in the future' });
    }
    if ((a.transformedContent ?? '') !== '' && a.motivation !== 'transformation') {
      ctx.addIssue({
        code: 'custom',
        path: ['transformedContent'],
        message: 'is only given with the motivation "transformation"',
      });
    }
    if (a.motivation === 'linking' && a.url === undefined) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required for "linking"' });
    }
  });

const securitiesListing = z.object({
  marketIdentifierCode: text.optional(),
  operatingMarketIdentifierCode: text.optional(),
  stockExchangeJurisdiction: text.min(2).max(2),
  stockExchangeName: text,
  security: z.object({
    idScheme: z.enum(['isin', 'figi', 'cusip', 'cins', 'sedol']).optional(),
    id: text.optional(),
    ticker: text,
  }),
});

/** An entity record's details (0.4 `EntityRecord`). */
export const entityDetails04 = z.object({
  isComponent: z.boolean(),
  entityType: z
    .object({
      type: z.enum(BODS04_CODES.entityType),
      subtype: z
        .enum(['governmentDepartment', 'stateAgency', 'other', 'trust', 'nomination'])
        .optional(),
      details: text.optional(),
    })
    .refine(
      (t) =>
        t.subtype === undefined ||
        t.subtype === 'other' ||
        (SUBTYPES[t.type] ?? []).includes(t.subtype),
      { error: 'this subtype does not belong to the entity type', path: ['subtype'] },
    ),
  unspecifiedEntityDetails: unspecified.optional(),
  name: text.optional(),
  alternateNames: z.array(text).optional(),
  jurisdiction: jurisdiction.optional(),
  identifiers: z
    .array(
      identifier.refine((i) => i.scheme !== '', {
        error: 'has an empty scheme',
        path: ['scheme'],
      }),
    )
    .optional(),
  foundingDate: isoDate.optional(),
  dissolutionDate: isoDate.optional(),
  addresses: z.array(address(['registered', 'business', 'alternative', 'service'])).optional(),
  uri: uri.optional(),
  publicListing: z
    .object({
      hasPublicListing: z.boolean(),
      companyFilingsURLs: z.array(uri).optional(),
      securitiesListings: z.array(securitiesListing).optional(),
    })
    .refine((l) => l.hasPublicListing || (l.securitiesListings ?? []).length === 0, {
      error: 'lists securities, so hasPublicListing must be true',
      path: ['hasPublicListing'],
    })
    .optional(),
  formedByStatute: z.object({ name: text.optional(), date: isoDate.optional() }).optional(),
});

/** A person record's details (0.4 `PersonRecord`). */
export const personDetails04 = z.object({
  isComponent: z.boolean(),
  personType: z.enum(BODS04_CODES.personType),
  unspecifiedPersonDetails: unspecified.optional(),
  names: z
    .array(
      z.object({
        type: z
          .enum(['legal', 'translation', 'transliteration', 'former', 'alternative', 'birth'])
          .optional(),
        fullName: text,
        familyName: text.optional(),
        givenName: text.optional(),
        patronymicName: text.optional(),
      }),
    )
    .optional(),
  identifiers: z.array(personIdentifier).optional(),
  nationalities: z.array(country).optional(),
  placeOfBirth: address(['placeOfBirth', 'residence', 'service', 'alternative']).optional(),
  birthDate: partialDate.optional(),
  deathDate: partialDate.optional(),
  taxResidencies: z.array(country).optional(),
  addresses: z.array(address(['residence', 'registered', 'service', 'alternative'])).optional(),
  politicalExposure: z
    .object({
      status: z.enum(['isPep', 'isNotPep', 'unknown']),
      details: z
        .array(
          z.object({
            reason: text.optional(),
            missingInfoReason: text.optional(),
            jurisdiction: jurisdiction.optional(),
            startDate: partialDate.optional(),
            endDate: partialDate.optional(),
            source: source.optional(),
          }),
        )
        .optional(),
    })
    .optional(),
});

/** A share of an interest: exact, or a range whose bounds are inclusive or exclusive. */
export const share04 = z.object({
  exact: percentage.optional(),
  minimum: percentage.optional(),
  maximum: percentage.optional(),
  exclusiveMinimum: percentage.optional(),
  exclusiveMaximum: percentage.optional(),
});

/** A relationship record's details (0.4 `RelationshipRecord`). */
export const relationshipDetails04 = z
  .object({
    isComponent: z.boolean(),
    componentRecords: z.array(text).optional(),
    subject: z.union([text, unspecified], {
      error: 'must be a record id or an unspecified party',
    }),
    interestedParty: z.union([text, unspecified], {
      error: 'must be a record id or an unspecified party',
    }),
    interests: z
      .array(
        z.object({
          type: z.enum(BODS04_CODES.interestType).optional(),
          directOrIndirect: z.enum(['direct', 'indirect', 'unknown']).optional(),
          beneficialOwnershipOrControl: z.boolean().optional(),
          details: text.optional(),
          share: share04.optional(),
          startDate: isoDate.optional(),
          endDate: isoDate.optional(),
        }),
      )
      .optional(),
  })
  .refine((r) => !r.isComponent || (r.componentRecords ?? []).length === 0, {
    error: 'a component relationship lists no componentRecords',
    path: ['componentRecords'],
  });

/** What every 0.4 statement has, whatever its record type. */
export const statement04 = z.object({
  statementId: text.min(32).max(64),
  statementDate: dateOrTime,
  annotations: z.array(annotation).optional(),
  publicationDetails: z
    .object({
      publicationDate: dateOrTime,
      bodsVersion: text.regex(/^\d+\.\d+$/, { error: 'must be a version such as "0.4"' }),
      license: uri.optional(),
      publisher: z
        .object({ name: text.optional(), url: uri.optional() })
        .refine((p) => p.name !== undefined || p.url !== undefined, {
          error: 'needs a name or a url',
        }),
    })
    .optional(),
  source: source.optional(),
  declaration: text.optional(),
  declarationSubject: text,
  recordId: text,
  recordType: z.enum(['entity', 'person', 'relationship']),
  recordStatus: z.enum(['new', 'updated', 'closed']).optional(),
  recordDetails: z.record(z.string(), z.unknown()),
});

export type Statement04 = z.infer<typeof statement04>;
export type EntityDetails04 = z.infer<typeof entityDetails04>;
export type PersonDetails04 = z.infer<typeof personDetails04>;
export type RelationshipDetails04 = z.infer<typeof relationshipDetails04>;
export type Share04 = z.infer<typeof share04>;
