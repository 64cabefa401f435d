import type { ApiResponse } from '../../api/types';

/**
 * The proposal API's response shapes, generated from the routes' response schemas
 * (server/modules/proposals/view-schema.ts, read-schemas.ts): the names pages import stay.
 */

/** GET /api/proposals/:id and the answer of every step. */
export type ProposalView = ApiResponse<'/api/proposals/{id}'>;

/** One flag per workflow action plus deleting a never-submitted draft: the UI shows what these allow. */
export type ProposalAbilities = ProposalView['abilities'];

/** A row of GET /api/proposals. */
export type ProposalListItem = ApiResponse<'/api/proposals'>['items'][number];

export type Signer = ProposalView['signers'][number];

export type ProposalRef = NonNullable<ProposalView['mergedInto']>;

export type Attachment = ProposalView['attachments'][number];

export type TimelineEntry = ProposalView['timeline'][number];

export type HandlingSection = ProposalView['handling'];

/** An assignment with where it stands against its deadline today (Beijing). */
export type HandlingAssignment = HandlingSection['assignments'][number];

export type Reply = HandlingSection['replies'][number];

export type Rating = Reply['ratings'][number];

/** A row of GET /api/proposals/assignments (办理工作台). */
export type AssignmentItem = ApiResponse<'/api/proposals/assignments'>['items'][number];

/** A row of GET /api/proposals/key-proposals. */
export type KeyItem = ApiResponse<'/api/proposals/key-proposals'>['items'][number];

/** One answer of GET /api/proposals/similar: a handled proposal and how it was handled. */
export type SimilarItem = ApiResponse<'/api/proposals/similar'>['items'][number];

/** One answer of GET /api/proposals/:id/suggested-units: a unit and why it is suggested. */
export type SuggestedUnit = ApiResponse<'/api/proposals/{id}/suggested-units'>['items'][number];

/** GET /api/proposals/config. */
export type ProposalConfig = ApiResponse<'/api/proposals/config'>;

export type ConfigItem = ProposalConfig['categories'][number];
