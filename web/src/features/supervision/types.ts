import type { ApiResponse } from '../../api/types';

/** 民主监督 and 视察调研 answers as the server's response schemas declare them (web/src/api/schema.d.ts). */
export type GroupItem = ApiResponse<'/api/supervision-groups'>['items'][number];
export type GroupView = ApiResponse<'/api/supervision-groups/{id}'>;
export type InspectionItem = ApiResponse<'/api/inspections'>['items'][number];
export type InspectionView = ApiResponse<'/api/inspections/{id}'>;
export type AppointmentItem = ApiResponse<'/api/member-appointments'>[number];
