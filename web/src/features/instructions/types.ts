import type { ApiResponse } from '../../api/types';

/** 批示 as the server's response schemas declare them (server/modules/instructions/response-schemas.ts). */
export type InstructionItem = ApiResponse<'/api/instructions'>['items'][number];
export type InstructionView = ApiResponse<'/api/instructions/{id}'>;
export type InstructionFile = InstructionView['scans'][number];
/** A 批示 on one document, and whether the caller may open its page. */
export type DocumentInstruction = ApiResponse<'/api/instructions/on'>['items'][number];
