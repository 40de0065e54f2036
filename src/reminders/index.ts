// Deadline reminders: policies as data (rules/deadlines), cases, commands, CSV import, and the durable delivery engine.
export type { CaseKind, CaseView, NewCase, CommandContext, ReminderCommand, CaseTarget, CaseStatus } from './types.js';
export { InputError } from './errors.js';
export { parseReminderCommand, resolveKind } from './commands.js';
export { parseReminderRequest, findDate, caseStartIn, findKind, snoozeLength, shiftDays, dueWindow, type ReminderRequest, type ReminderAction } from './natural.js';
export { proposalReply, needsMoreReply, moveProposalReply, whichCaseReply, noOpenCaseReply, caseNotChangedReply, timePassedReply, nothingToConfirmReply } from './messages.js';
export { createReminderService, parseCursor, type ReminderService, type ReminderServiceOptions, type CaseListFilter } from './service.js';
export { CSV_COLUMNS, type CsvImportOptions, type CsvImportResult } from './csv.js';
export { loadPolicies, CASE_KINDS, type DeadlinePolicy } from './policy.js';
export { createReminderEngine, type Deliverer, type ReminderEngine, type ReminderEngineOptions, type DeadLetter } from './engine.js';
