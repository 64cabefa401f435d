import type { ApiResponse } from '../../api/types';

/** Consultation answers as the server's response schemas declare them (web/src/api/schema.d.ts). */
export type ConsultationItem = ApiResponse<'/api/consultations'>['items'][number];
export type ConsultationView = ApiResponse<'/api/consultations/{id}'>;
export type SuggestionItem = ApiResponse<'/api/consultation-suggestions'>['items'][number];
export type SuggestionView = ApiResponse<'/api/consultation-suggestions/{id}'>;
export type ConsultationStats = ApiResponse<'/api/consultation-stats'>;
