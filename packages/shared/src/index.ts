export * from './roles';
export * from './policy';
export * from './errors';
export * from './schemas';
export * from './section-doc';
export * from './events';
export * from './presence';
