export * from './schemas';
export * from './anchors';
export * from './parent-input';
