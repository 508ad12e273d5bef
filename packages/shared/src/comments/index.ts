export * from './schemas';
export * from './anchors';
export * from './parent-input';
export * from './suggestion-anchor';
