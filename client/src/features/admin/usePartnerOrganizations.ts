import { useQuery } from '@apollo/client/react';
import { PartnerOrganizationsDocument } from '../../graphql/documents/admin';

/** The courts and agencies a partner may belong to, for choosing one. */
export function usePartnerOrganizations() {
  const { data, loading, error } = useQuery(PartnerOrganizationsDocument);
  return { courts: data?.courts.nodes ?? [], agencies: data?.agencies.nodes ?? [], loading, error };
}
