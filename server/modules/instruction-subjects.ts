import { CONSULTATION_INSTRUCTION_SUBJECT } from './consultation-activities/instruction-subject';
import { DELIBERATION_INSTRUCTION_SUBJECT } from './deliberations/instruction-subject';
import type { InstructionSubject } from './instructions/subjects';
import { OPINION_INSTRUCTION_SUBJECTS } from './opinion-reports/instruction-subjects';
import { PROPOSAL_INSTRUCTION_SUBJECT } from './proposals/instruction-subject';
import { INSPECTION_INSTRUCTION_SUBJECT } from './supervision/instruction-subject';

/** Every kind of document a 批示 can be written on: a module adds its own here. */
export const INSTRUCTION_SUBJECTS: readonly InstructionSubject[] = [
  ...OPINION_INSTRUCTION_SUBJECTS,
  PROPOSAL_INSTRUCTION_SUBJECT,
  INSPECTION_INSTRUCTION_SUBJECT,
  DELIBERATION_INSTRUCTION_SUBJECT,
  CONSULTATION_INSTRUCTION_SUBJECT,
];

export const INSTRUCTION_SUBJECT_TYPES = INSTRUCTION_SUBJECTS.map((s) => s.type) as [string, ...string[]];

/** The registration of a kind, or undefined for an unknown one. */
export const instructionSubject = (type: string) => INSTRUCTION_SUBJECTS.find((s) => s.type === type);
