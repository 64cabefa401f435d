export * from './auth';
export * from './committees';
export * from './members';
export * from './org';
