import type { DepartmentDuty } from '../../../domain/org-resources';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';

/**
 * A kind of document a 批示 can be written on. The document's module declares it (how to load
 * one the caller may read, its title and page, whose staff follow its 批示 up, who is told);
 * server/modules/instruction-subjects.ts lists them. A new kind is a registration there, never
 * a change to the 批示 code.
 */
export interface InstructionSubject {
  type: string;
  /** 社情民意期刊, 提案 … */
  label: string;
  /** Staff of this duty (and the office, 综合) record and follow up 批示 on it. */
  duty: DepartmentDuty;
  /**
   * The document if the caller may read it (else a 404), with its committee, name and web page (if it
   * has one), and whether it has reached the leaders (`open`: 立案, sent, compiled), the stage from
   * which a 批示 may be written on it (the command refuses one before; the page offers none).
   */
  load(
    db: DbOrTx,
    actor: Actor,
    id: number,
  ): Promise<{ committeeId: number; title: string; link: string | null; open: boolean }>;
  /** The page the audience opens when their own page is not the document's (reporters: their reports). */
  audienceLink?: string;
  /** The accounts told that their document got a 批示 (its reporters, its proposers). */
  audience(db: DbOrTx, id: number): Promise<number[]>;
  /** What a leader's 批示 means to the document itself (an issue the leader was sent is read). */
  instructed?(tx: Tx, id: number, leaderId: number, at: Date): Promise<void>;
}
