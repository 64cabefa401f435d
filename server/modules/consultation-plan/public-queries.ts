import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { consultationPlans, consultationPlanVersions, consultationTopics } from '../../db/schema';
import { defaultPublicCommittee, publicCommitteeOr404 } from '../public/queries';

/** The committee a visitor lands on: the newest published plan's, else the public page's default. */
async function defaultCommittee(db: DbOrTx): Promise<number | null> {
  const [v] = await db
    .select({ committeeId: consultationPlanVersions.committeeId })
    .from(consultationPlanVersions)
    .orderBy(desc(consultationPlanVersions.publishedAt))
    .limit(1);
  return v?.committeeId ?? (await defaultPublicCommittee(db));
}

/**
 * The public consultation page: the committee's newest published plan version (an adjustment
 * under way stays unseen until it is published) and the residents' topics once approved. Only
 * approved topics of the public source appear, without the resident's name or contact.
 */
export async function publicConsultation(db: DbOrTx, committeeId?: number) {
  const c = await publicCommitteeOr404(db, committeeId ?? (await defaultCommittee(db)));
  const [version] = await db
    .select({
      year: consultationPlans.year,
      revision: consultationPlanVersions.revision,
      documentNumber: consultationPlanVersions.documentNumber,
      approvedOn: consultationPlanVersions.approvedOn,
      publishedAt: consultationPlanVersions.publishedAt,
      snapshot: consultationPlanVersions.snapshot,
    })
    .from(consultationPlanVersions)
    .innerJoin(consultationPlans, eq(consultationPlans.id, consultationPlanVersions.planId))
    .where(eq(consultationPlanVersions.committeeId, c.id))
    .orderBy(desc(consultationPlans.year), desc(consultationPlanVersions.revision))
    .limit(1);
  const topics = await db
    .select({
      id: consultationTopics.id,
      title: consultationTopics.title,
      description: consultationTopics.description,
      createdAt: consultationTopics.createdAt,
    })
    .from(consultationTopics)
    .where(
      and(
        eq(consultationTopics.committeeId, c.id),
        eq(consultationTopics.source, 'public'),
        eq(consultationTopics.status, 'approved'),
      ),
    )
    .orderBy(desc(consultationTopics.createdAt))
    .limit(50);
  return { committee: c, plan: (version as typeof version | undefined) ?? null, topics };
}
export type PublicConsultation = Awaited<ReturnType<typeof publicConsultation>>;
