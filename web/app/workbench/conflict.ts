/** The part of a record's audit (type Audit in the schema) that says who changed it last. */
export interface LastChange {
  updatedBy: string;
  updatedAt: string;
}

import dayjs from 'dayjs';

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Changed by li.na at 2026-12-02 20:31 since you opened it": a stale version in the words of the record's audit. */
export function conflictMessage(audit: LastChange | null | undefined, t: T): string {
  if (!audit) return t('workbench.conflictUnknown');
  return t('workbench.conflict', { by: audit.updatedBy, at: dayjs(audit.updatedAt).format('YYYY-MM-DD HH:mm') });
}

/**
 * The user's edits put on the record as it now is: their values kept, the new version taken, so that saving again
 * overwrites the other change only where the user changed something.
 */
export function reapply<R extends Record<string, unknown>>(current: R, edits: Record<string, unknown>, opened: R): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(edits)) {
    if (name === 'version') continue;
    if (JSON.stringify(value) !== JSON.stringify(opened[name])) merged[name] = value;
  }
  merged.version = current.version;
  return merged;
}
