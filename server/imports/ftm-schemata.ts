// FollowTheMoney's interval schemata (links between things) as fact types: which property is
// the subject, which the object, and how the fact reads and sits in time.
import type { FactTypeDraft } from './types';

export interface FtmLink {
  readonly from: string;
  readonly to: string;
  readonly type: FactTypeDraft;
}

const link = (
  from: string,
  to: string,
  name: string,
  label: string,
  verb: string,
  shape: 'event' | 'state',
): FtmLink => ({ from, to, type: { name, label, verb, shape } });

/**
 * Interval schemata by name. Ownership, Membership and Employment use the product's own
 * types (OWNS, MEMBER_OF, WORKS_FOR); the others get types of their own.
 */
export const FTM_LINKS: Readonly<Record<string, FtmLink>> = {
  Payment: link('payer', 'beneficiary', 'PAID', 'paid', 'paid', 'event'),
  Ownership: link('owner', 'asset', 'OWNS', 'owns', 'owns', 'state'),
  Membership: link('member', 'organization', 'MEMBER_OF', 'member of', 'was a member of', 'state'),
  Employment: link('employee', 'employer', 'WORKS_FOR', 'works for', 'works for', 'state'),
  Directorship: link(
    'director',
    'organization',
    'DIRECTOR_OF',
    'director of',
    'is a director of',
    'state',
  ),
  Family: link('person', 'relative', 'RELATIVE_OF', 'relative of', 'is a relative of', 'state'),
  Associate: link(
    'person',
    'associate',
    'ASSOCIATE_OF',
    'associate of',
    'is an associate of',
    'state',
  ),
  Representation: link('agent', 'client', 'REPRESENTS', 'represents', 'represents', 'state'),
  UnknownLink: link('subject', 'object', 'LINKED_TO', 'linked to', 'is linked to', 'state'),
  Succession: link(
    'predecessor',
    'successor',
    'SUCCEEDED_BY',
    'succeeded by',
    'was succeeded by',
    'event',
  ),
  Debt: link('debtor', 'creditor', 'OWES', 'owes', 'owes', 'state'),
};

/** The fact a thing's address makes: `(:Person)-[:HAS_ADDRESS]->(:Place)`. */
export const ADDRESS_LINK: FactTypeDraft = {
  name: 'HAS_ADDRESS',
  label: 'address',
  verb: 'has the address',
  shape: 'state',
};

/** Properties that name an entity and become aliases. */
export const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias', 'full'] as const;

/** Interval properties that place a fact in time. */
export const DATE_PROPERTIES = ['date', 'startDate', 'endDate'] as const;
