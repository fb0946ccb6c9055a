// Shapes of the API's answers, shared by server and client (the client imports types only).
// The shapes are defined once, as zod schemas in `wire/`; these are their types.
export type {
  ChangeItem,
  Changes,
  CypherAnswer,
  EntityDetails,
  EntityFact,
  ExplainedPath,
  PathsAnswer,
  SavedView,
  SchemaAnswer,
  SearchAnswer,
  SearchHit,
  Snapshot,
  SnapshotState,
  Timeline,
  TimelineEvent,
} from './wire/answers';
export type { Health, ProblemDetails, Readiness } from './wire/health';
export type {
  ImportJob,
  ImportPhase,
  ImportProblem,
  ImportProgress,
  ImportsInfo,
} from './wire/imports';
export type {
  ImportRecordSummary,
  ImportRecords,
  ImportStatus,
  ImportUndone,
} from './wire/import-records';
export type { CommunitiesAnswer, CommunityCluster, HubEntry, HubsAnswer } from './wire/overview';
