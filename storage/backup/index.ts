/**
 * Export and import of everything Rapport stores, as one versioned JSON document.
 * Import checks the whole file before writing anything, says what it will do, and
 * writes in one transaction: a bad file changes nothing.
 */

export { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
export {
  backupSizeProblem,
  ImportRejectedError,
  parseBackupText,
  type CheckedBackup,
} from './check';
export {
  planImport,
  planRecords,
  type ImportCounts,
  type ImportPlan,
  type MatchPolicy,
} from './plan';
export { importBackup, importPlan } from './write';
export { exportBackup, exportPeopleBackup } from './export';
