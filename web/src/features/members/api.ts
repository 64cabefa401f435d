import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api/client';

/** What the caller may do with one member (server/modules/members/policy.ts memberAbilities). */
export interface MemberAbilities {
  update: boolean;
  leave: boolean;
  viewSensitive: boolean;
}

/** A member as the directory lists it: catalogue names joined, phone and ID masked. */
export interface MemberItem {
  id: number;
  committeeId: number;
  committeeName: string;
  termId: number | null;
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: string;
  birthDate: string | null;
  ethnicity: string;
  party: string;
  sectorId: number;
  sectorName: string;
  position: string;
  specialCommitteeId: number | null;
  specialCommitteeName: string | null;
  liaisonGroupId: number | null;
  liaisonGroupName: string | null;
  employer: string | null;
  jobTitle: string | null;
  phoneMasked: string | null;
  idNumberMasked: string | null;
  status: 'active' | 'left';
  statusLabel: string;
  leftDate: string | null;
  leftReason: string | null;
  officialOrder: number;
  isStanding: boolean;
  abilities: MemberAbilities;
}

/** A peer in the 联系制度 seen from one member's profile. */
export interface LinkPeer {
  linkId: number;
  id: number;
  name: string;
  position: string;
}

/** The profile: the member, its activity groups and both sides of the 联系制度. */
export interface MemberProfile extends MemberItem {
  abilities: MemberAbilities & { readDutyRecord: boolean };
  activityGroups: { id: number; name: string; kind: string }[];
  /** Who follows this member up. */
  linkedBy: LinkPeer[];
  /** Whom this member follows up. */
  links: LinkPeer[];
}

/** One 联系制度 pair as the link list shows it. */
export interface MemberLink {
  id: number;
  committeeId: number;
  committeeName: string;
  createdAt: string;
  linker: { id: number; name: string; position: string };
  linked: { id: number; name: string; position: string };
  abilities: { delete: boolean };
}

/** The whole phone and ID number, from the audited sensitive route only. */
export interface MemberSensitive {
  id: number;
  name: string;
  phone: string | null;
  idNumber: string | null;
}

export const memberQueryKey = (id: number) => ['member', id] as const;

/** One member's profile; a 404 means it does not exist or is outside the caller's scope. */
export function useMemberProfile(id: number | null) {
  return useQuery({
    queryKey: memberQueryKey(id ?? 0),
    queryFn: () => api.get<MemberProfile>(`/api/members/${id}`),
    enabled: id !== null && Number.isInteger(id) && id > 0,
  });
}

export type CatalogueSegment =
  | 'sectors'
  | 'special-committees'
  | 'liaison-groups'
  | 'activity-groups'
  | 'departments'
  | 'leaders'
  | 'handling-units'
  | 'terms';

export interface Option {
  value: number;
  label: string;
}

/**
 * A catalogue of the caller's committee as select options. Catalogues are short (a district has
 * ~20 sectors, ~23 liaison groups), so the largest page holds all of them.
 */
export function useCatalogueOptions(segment: CatalogueSegment) {
  return useQuery({
    queryKey: ['catalogue-options', segment],
    queryFn: async (): Promise<Option[]> => {
      const page = await api.get<Page<{ id: number; name: string }>>(`/api/org/${segment}?pageSize=100`);
      return page.items.map((r) => ({ value: r.id, label: r.name }));
    },
    staleTime: 5 * 60_000,
  });
}
