// Response schemas for the OpenAPI document: the wire schemas (server/domain/wire), which register
// their ids in zod's global registry when loaded. Defined there once; types derive from them.
export * from '../domain/wire/answers';
export * from '../domain/wire/graph';
export * from '../domain/wire/health';
export * from '../domain/wire/imports';
export * from '../domain/wire/time';
export * from '../domain/wire/embed';
export * from '../domain/wire/overview';
export * from '../domain/wire/import-records';
export * from '../domain/wire/articles';
export * from '../domain/wire/story';
export * from '../domain/wire/authoring';
export * from '../domain/wire/merges';
