import type { InstructionAction } from '../../../../domain/instructions';
import type { TimelineEvent } from '../opinions/types';

/**
 * 批示 as the server presents them (server/modules/instructions/queries.ts and present.ts); the
 * routes declare no response schema yet, so the shapes are stated here.
 */
export interface InstructionItem {
  id: number;
  committeeId: number;
  subjectType: string;
  subjectLabel: string;
  subjectId: number;
  subjectTitle: string;
  leaderId: number | null;
  leaderName: string;
  level: string;
  levelLabel: string;
  principal: boolean;
  text: string;
  instructedOn: string;
  dueOn: string;
  status: 'open' | 'closed';
  statusLabel: string;
  version: number;
  overdue: boolean;
  units: { unitId: number; unitName: string; state: string; stateLabel: string }[];
}

export interface InstructionFile {
  id: number;
  fileName: string;
  sizeBytes: number;
}

export interface InstructionView extends InstructionItem {
  subjectLink: string | null;
  scans: InstructionFile[];
  feedback: {
    unitId: number;
    unitName: string;
    state: 'pending' | 'submitted' | 'returned' | 'accepted';
    stateLabel: string;
    feedback: string | null;
    fedBackAt: string | null;
    returnNote: string | null;
    files: InstructionFile[];
  }[];
  timeline: TimelineEvent[];
  abilities: Record<InstructionAction, boolean>;
}
