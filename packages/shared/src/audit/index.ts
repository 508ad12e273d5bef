export * from './audit-actions';
export * from './access-log';
