import type { Role } from '../../graphql/generated-shell/graphql';
import { ROLE_LABELS } from '../../../../rules/labels';

/** A role in words. Loaded apart from the app shell: the labels module comes with the first screen's code, not the first download. */
export default function RoleWords({ role }: { role: Role }) {
  return ROLE_LABELS[role];
}
