import type { Actor } from '../../../domain/roles';
import { forbidden } from '../../errors';
import { organisesConsultation } from '../consultation-activities/policy';

/** Staff, leaders and members read supervision groups and inspections in scope (a department: its suggestions). */
export const canReadSupervision = (actor: Actor) =>
  actor.role === 'staff' || actor.role === 'leader' || actor.role === 'member';

/** The consultation staff (协商工作, 综合) of the record's own committee write; a higher committee only reads. */
export function assertOrganises(actor: Actor, row: { committeeId: number }) {
  if (actor.committeeId !== row.committeeId || !organisesConsultation(actor))
    throw forbidden('仅本委员会协商工作部门的工作人员可以办理');
}

export const organisesSupervision = (actor: Actor, row: { committeeId: number }) =>
  actor.committeeId === row.committeeId && organisesConsultation(actor);
