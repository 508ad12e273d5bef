/**
 * The section's Y.Doc, one module per root: each holds the root's zod schema, its reader and its
 * writers, used by client and server alike. editor-schema.ts is the rich-text schema all editors share.
 */
export * from './editor-schema';
export * from './rich-text';
export * from './suggestions';
export * from './suggestion-parts';
export * from './records';
export * from './removal';
export { isoDateSchema } from './fields';
export * from './text';
export * from './goals';
export * from './services';
export * from './accommodations';
export * from './transition-goals';
export * from './areas-of-need';
export * from './meeting-notes';
export * from './structure';
