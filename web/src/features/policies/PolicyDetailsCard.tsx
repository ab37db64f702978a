import type { PolicyDetail } from '@policyops/contracts';
import { AnchorLink } from '../../ui/router-links';
import { formatIsoDate } from './policy-labels';
import { MetaList, MetaRow } from './MetaList';

const none = <span style={{ color: 'var(--mantine-color-dimmed)' }}>—</span>;

/** Area, owning team, owners and the version in force today. */
export function PolicyDetailsCard({ policy }: { policy: PolicyDetail }) {
  const current = policy.currentVersion;
  return (
    <MetaList>
      <MetaRow term="Area">
        <AnchorLink to="/policies" search={{ areaId: policy.areaId }} size="sm">
          {policy.areaName}
        </AnchorLink>
      </MetaRow>
      <MetaRow term="Owning team">
        {policy.owningTeam ? (
          <AnchorLink to="/teams/$teamId" params={{ teamId: policy.owningTeam.id }} size="sm">
            {policy.owningTeam.name}
          </AnchorLink>
        ) : (
          none
        )}
      </MetaRow>
      <MetaRow term="Owners">
        {policy.owners.length === 0
          ? none
          : policy.owners.map((owner, i) => (
              <span key={owner.id}>
                {i > 0 ? ', ' : null}
                <AnchorLink to="/people/$userId" params={{ userId: owner.id }} size="sm">
                  {owner.name}
                </AnchorLink>
              </span>
            ))}
      </MetaRow>
      <MetaRow term="Current version">
        {current ? (
          <AnchorLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId: policy.slug, versionId: current.id }}
            size="sm"
          >
            Version {current.label}
          </AnchorLink>
        ) : (
          'None in force'
        )}
      </MetaRow>
      <MetaRow term="Effective date">{current?.effectiveDate ? formatIsoDate(current.effectiveDate) : none}</MetaRow>
      {policy.restricted ? (
        <MetaRow term="Members">
          {policy.members.length === 0 ? 'Owners only' : policy.members.map((m) => m.name).join(', ')}
        </MetaRow>
      ) : null}
      <MetaRow term="Slug">
        <code>{policy.slug}</code>
      </MetaRow>
    </MetaList>
  );
}
