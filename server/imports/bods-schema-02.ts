// BODS 0.2 and 0.3 statements as zod schemas: the shapes of the fields the importer reads
// (entityStatement, personStatement, ownershipOrControlStatement), as the standard's JSON
// schema for those versions gives them. Extra fields are allowed, as the standard allows them.
import { z } from 'zod';

const text = z.string();
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
const dateOrTime = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, {
  error: 'must be a date (YYYY-MM-DD) or a date-time',
});
const percentage = z.number().min(0).max(100);

const address = z.object({
  type: z
    .enum(['placeOfBirth', 'home', 'residence', 'registered', 'service', 'alternative', 'business'])
    .optional(),
  address: text.optional(),
  postCode: text.optional(),
  country: text.optional(),
});
const identifier = z.object({
  id: text.optional(),
  scheme: text.optional(),
  schemeName: text.optional(),
  uri: text.optional(),
});
const unspecified = z.object({ reason: text, description: text.optional() });
const country = z.object({ name: text.optional(), code: text.optional() });

/** `publicationDetails` and `source` as 0.2/0.3 give them. */
const common = {
  statementID: text.min(1),
  statementDate: dateOrTime.optional(),
  isComponent: z.boolean().optional(),
  replacesStatements: z.array(text).optional(),
  publicationDetails: z
    .object({
      publicationDate: dateOrTime,
      bodsVersion: text.regex(/^\d+\.\d+(\.\d+)?$/, { error: 'must be a version such as "0.2"' }),
      license: text.optional(),
      publisher: z.object({ name: text.optional(), url: text.optional() }),
    })
    .optional(),
  source: z
    .object({
      type: z.array(text).optional(),
      description: text.optional(),
      url: text.optional(),
      retrievedAt: dateOrTime.optional(),
      assertedBy: z.array(z.object({ name: text.optional(), uri: text.optional() })).optional(),
    })
    .optional(),
};

/** An entity statement (0.2/0.3). */
export const entityStatement02 = z.object({
  ...common,
  statementType: z.literal('entityStatement'),
  entityType: z.enum([
    'registeredEntity',
    'legalEntity',
    'arrangement',
    'anonymousEntity',
    'unknownEntity',
    'state',
    'stateBody',
  ]),
  unspecifiedEntityDetails: unspecified.optional(),
  name: text.optional(),
  alternateNames: z.array(text).optional(),
  incorporatedInJurisdiction: country.optional(),
  jurisdiction: country.optional(),
  identifiers: z.array(identifier).optional(),
  foundingDate: partialDate.optional(),
  dissolutionDate: partialDate.optional(),
  addresses: z.array(address).optional(),
});

/** A person statement (0.2/0.3). */
export const personStatement02 = z.object({
  ...common,
  statementType: z.literal('personStatement'),
  personType: z.enum(['knownPerson', 'anonymousPerson', 'unknownPerson']),
  unspecifiedPersonDetails: unspecified.optional(),
  names: z
    .array(
      z.object({
        type: text.optional(),
        fullName: text.optional(),
        familyName: text.optional(),
        givenName: text.optional(),
        patronymicName: text.optional(),
      }),
    )
    .optional(),
  identifiers: z.array(identifier).optional(),
  nationalities: z.array(country).optional(),
  birthDate: partialDate.optional(),
  deathDate: partialDate.optional(),
  addresses: z.array(address).optional(),
});

const reference = z.object({
  describedByEntityStatement: text.optional(),
  describedByPersonStatement: text.optional(),
  unspecified: unspecified.optional(),
});

/** An ownership-or-control statement (0.2/0.3). */
export const ownershipStatement02 = z.object({
  ...common,
  statementType: z.literal('ownershipOrControlStatement'),
  subject: z.object({ describedByEntityStatement: text }),
  interestedParty: reference.refine(
    (r) =>
      [r.describedByEntityStatement, r.describedByPersonStatement, r.unspecified].filter(
        (x) => x !== undefined,
      ).length === 1,
    { error: 'names one entity statement, one person statement, or an unspecified party' },
  ),
  interests: z
    .array(
      z.object({
        type: text.optional(),
        interestLevel: z.enum(['direct', 'indirect', 'unknown']).optional(),
        directOrIndirect: z.enum(['direct', 'indirect', 'unknown']).optional(),
        beneficialOwnershipOrControl: z.boolean().optional(),
        details: text.optional(),
        share: z
          .object({
            exact: percentage.optional(),
            minimum: percentage.optional(),
            maximum: percentage.optional(),
            exclusiveMinimum: z.boolean().optional(),
            exclusiveMaximum: z.boolean().optional(),
          })
          .optional(),
        startDate: partialDate.optional(),
        endDate: partialDate.optional(),
      }),
    )
    .optional(),
});

/** Any 0.2/0.3 statement, told apart by `statementType`. */
export const statement02 = z.discriminatedUnion('statementType', [
  entityStatement02,
  personStatement02,
  ownershipStatement02,
]);

export type Statement02 = z.infer<typeof statement02>;
export type EntityStatement02 = z.infer<typeof entityStatement02>;
export type PersonStatement02 = z.infer<typeof personStatement02>;
export type OwnershipStatement02 = z.infer<typeof ownershipStatement02>;
