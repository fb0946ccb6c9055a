// The plan check, the authority over analyst Cypher: an allowlist of the planner's read operators
// (Neo4j 5 Cypher manual, "Operators": the leaf, read and projection operators, none that
// updates, loads or administers), procedures from the read list, and query type "r" only.
import { QueryRefusedError } from '../errors';
import type { QueryPlan } from '../neo4j/gateway';
import { ALLOWED_PROCEDURES } from './analyst-rules';

const SCANS_AND_SEEKS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'AssertingMultiRelationshipIndexSeek',
  'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
];

const RELATIONSHIP_LEAVES = [
  'AllRelationshipsScan',
  'RelationshipTypeScan',
  'UnionRelationshipTypesScan',
  'RelationshipByIdSeek',
  'RelationshipByElementIdSeek',
  'RelationshipIndexSeek',
  'RelationshipUniqueIndexSeek',
  'RelationshipIndexSeekByRange',
  'RelationshipUniqueIndexSeekByRange',
  'RelationshipIndexScan',
  'RelationshipIndexContainsScan',
  'RelationshipIndexEndsWithScan',
].flatMap((name) => [`Directed${name}`, `Undirected${name}`]);

const READ_AND_PROJECT = [
  'Argument',
  'ArgumentTracker',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarLengthExpand',
  'Repeat',
  'ShortestPath',
  'StatefulShortestPath',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'Filter',
  'Projection',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Union',
  'OrderedUnion',
  'Unwind',
  'Optional',
  'Anti',
  'CacheProperties',
  'Eager',
  'EmptyResult',
  'ProduceResults',
  'AssertSameNode',
  'AssertSameRelationship',
  'NullifyMetadata',
  'NonFuseable',
  'NonPipelined',
  'PreserveOrder',
];

/** The planner's operators that only read, by base name (`Expand(All)@neo4j` is `Expand`). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  ...SCANS_AND_SEEKS,
  ...RELATIONSHIP_LEAVES,
  ...READ_AND_PROJECT,
]);

/** An operator's base name: without the database suffix and the variant in brackets. */
export function operatorBase(operatorType: string): string {
  return operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '');
}

/**
 * Throws QueryRefusedError (403) unless the plan is of query type "r", every operator is a
 * known read operator, and every procedure it calls is on ALLOWED_PROCEDURES.
 */
export function checkPlan(plan: QueryPlan): void {
  if (plan.queryType !== 'r') {
    throw new QueryRefusedError(
      `Refused: only read queries run here (the plan's query type is "${plan.queryType}").`,
    );
  }
  for (const op of plan.operators) {
    const base = operatorBase(op.name);
    if (base === 'ProcedureCall') {
      const name = /([A-Za-z_][\w.]*)\s*\(/.exec(op.details)?.[1]?.toLowerCase() ?? '';
      if (!ALLOWED_PROCEDURES.has(name)) {
        throw new QueryRefusedError(
          `Refused: procedure ${name || '(unknown)'} is not on the allowed list.`,
        );
      }
    } else if (!READ_OPERATORS.has(base)) {
      throw new QueryRefusedError(
        `Refused: the plan contains ${base}, which is not on the list of read operators.`,
      );
    }
  }
}
