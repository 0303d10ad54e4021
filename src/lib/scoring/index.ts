export * from './answer';
export * from './cents';
export * from './item-score';
export * from './score-checklist';
export * from './validate-checklist';
export * from './describe-rule';
export * from './parse-input';
