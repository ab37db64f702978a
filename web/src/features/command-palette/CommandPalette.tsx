import { Group, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import {
  IconFileExport,
  IconFileImport,
  IconFileSearch,
  IconFileText,
  IconSearch,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { ROLE_LABELS, TEAM_FUNCTION_LABELS, type Permission } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useCan } from '../auth';
import { useUserSearch } from '../people';
// Straight to the two small modules, not the feature's index: that one reaches the Markdown
// renderer (marked, DOMPurify), which the palette has no use for.
import { POLICY_STATUS_LABELS } from '../policies/policy-labels';
import { usePolicySearch } from '../policies/usePolicies';
import { useTeams } from '../teams';
import { paletteStore } from './palette-store';
import type { PaletteAction } from './palette-types';

// The dialog needs a name for screen readers, but the search field says it all visually.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
  minHeight: 0,
} as const;

/** Actions that open a page that is not in the navbar, for those allowed to take them. */
const PAGE_ACTIONS: readonly (PaletteAction & { permission: Permission })[] = [
  {
    to: '/policies/import',
    label: 'Import policies',
    description: 'Import a zip or folder of Markdown policy versions, after a dry run',
    keywords: ['import', 'upload', 'zip', 'markdown', 'migrate', 'library'],
    icon: IconFileImport,
    permission: 'workspace.manage',
  },
  {
    to: '/policies/import',
    label: 'Export library',
    description: 'Download the policy library as a zip of Markdown files',
    keywords: ['export', 'download', 'backup', 'zip', 'markdown', 'library'],
    icon: IconFileExport,
    permission: 'policies.manage',
  },
];

function matches(query: string, ...texts: string[]): boolean {
  return texts.some((text) => text.toLowerCase().includes(query));
}

/**
 * Ctrl/⌘-K (the hotkey is bound by CommandPaletteHost): jump to any page the user can open, or to a person, team
 * or policy matching the query (people and policies are searched on the server, teams filtered from the cached
 * list). Policies come last so that Enter keeps opening the same first result as before they were added.
 */
export function CommandPalette({
  pages,
  takeTypedAhead,
}: {
  pages: PaletteAction[];
  /** What was typed before the search field had focus (while this code loaded), to put into it. */
  takeTypedAhead?: () => string;
}) {
  const navigate = useNavigate();
  const canSearch = useCan('directory.read');
  const canReadPolicies = useCan('policies.read');
  const canImport = useCan('workspace.manage');
  const canExport = useCan('policies.manage');
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const q = query.trim().toLowerCase();

  const people = useUserSearch(debounced, { limit: 6, enabled: opened && canSearch && debounced.length > 0 });
  const teams = useTeams(undefined, { enabled: opened && canSearch });
  const policies = usePolicySearch(debounced, { limit: 6, enabled: opened && canReadPolicies && debounced.length > 0 });

  const allowed: Partial<Record<Permission, boolean>> = { 'workspace.manage': canImport, 'policies.manage': canExport };
  const allPages = [...pages, ...PAGE_ACTIONS.filter((action) => allowed[action.permission])];
  const pageMatches = allPages.filter((p) => !q || matches(q, p.label, p.description, ...p.keywords));
  const teamMatches = q ? (teams.data?.items ?? []).filter((t) => matches(q, t.name, t.description)).slice(0, 6) : [];
  const peopleMatches = q && debounced ? (people.data?.items ?? []) : [];
  const policyMatches = q && debounced ? (policies.data ?? []) : [];
  const searching = q.length > 0 && (people.isFetching || policies.isFetching || debounced !== query.trim());
  // Always last, so that Enter keeps opening the same first result as before it was added.
  const offerSearch = q.length > 0 && canReadPolicies;
  const nothing =
    !offerSearch && pageMatches.length + teamMatches.length + peopleMatches.length + policyMatches.length === 0;
  const listRef = useRef<HTMLDivElement>(null);

  // Enter with nothing highlighted opens the first result (the list highlights only on arrow keys).
  const openFirstOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const list = listRef.current;
    if (!list || list.querySelector('[data-selected]')) return;
    list.querySelector<HTMLButtonElement>('.mantine-Spotlight-action')?.click();
  };

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      scrollable
      maxHeight={440}
      title="Command palette"
      styles={{ header: VISUALLY_HIDDEN }}
    >
      <Spotlight.Search
        placeholder="Search pages, people and teams…"
        aria-label="Search pages, people and teams"
        leftSection={<IconSearch size={18} stroke={1.6} aria-hidden />}
        rightSection={searching ? <Loader size="xs" role="status" aria-label="Searching" /> : null}
        onKeyDown={openFirstOnEnter}
        onFocus={() => {
          const typed = takeTypedAhead?.() ?? '';
          if (typed) setQuery((current) => current + typed);
        }}
      />
      <Spotlight.ActionsList ref={listRef}>
        {pageMatches.length > 0 ? (
          <Spotlight.ActionsGroup label="Pages">
            {pageMatches.map((p) => {
              const PageIcon = p.icon;
              return (
                <Spotlight.Action
                  key={`${p.to} ${p.label}`}
                  label={p.label}
                  description={p.description}
                  leftSection={<PageIcon size={20} stroke={1.6} aria-hidden />}
                  onClick={() => void navigate({ to: p.to })}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        ) : null}
        {peopleMatches.length > 0 ? (
          <Spotlight.ActionsGroup label="People">
            {peopleMatches.map((u) => (
              <Spotlight.Action
                key={u.id}
                label={u.name}
                description={`${u.email} · ${ROLE_LABELS[u.role]}${u.status === 'deactivated' ? ' · Deactivated' : ''}`}
                leftSection={<IconUser size={20} stroke={1.6} aria-hidden />}
                onClick={() => void navigate({ to: '/people/$userId', params: { userId: u.id } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {teamMatches.length > 0 ? (
          <Spotlight.ActionsGroup label="Teams">
            {teamMatches.map((t) => (
              <Spotlight.Action
                key={t.id}
                label={t.name}
                description={`${TEAM_FUNCTION_LABELS[t.function]} · ${t.memberCount} ${t.memberCount === 1 ? 'member' : 'members'}`}
                leftSection={<IconUsersGroup size={20} stroke={1.6} aria-hidden />}
                onClick={() => void navigate({ to: '/teams/$teamId', params: { teamId: t.id } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {policyMatches.length > 0 ? (
          <Spotlight.ActionsGroup label="Policies">
            {policyMatches.map((p) => (
              <Spotlight.Action
                key={p.id}
                label={p.title}
                description={`${POLICY_STATUS_LABELS[p.status]} · ${p.areaName}${p.restricted ? ' · Restricted' : ''}`}
                leftSection={<IconFileText size={20} stroke={1.6} aria-hidden />}
                onClick={() => void navigate({ to: '/policies/$policyId', params: { policyId: p.slug } })}
              />
            ))}
          </Spotlight.ActionsGroup>
        ) : null}
        {offerSearch ? (
          <Spotlight.Action
            label={`Search the library for “${query.trim()}”`}
            description="Full-text search of policy wording"
            leftSection={<IconFileSearch size={20} stroke={1.6} aria-hidden />}
            onClick={() => void navigate({ to: '/search', search: { q: query.trim() } })}
          />
        ) : null}
        {nothing ? (
          <Spotlight.Empty>{searching ? 'Searching…' : `Nothing matches “${query.trim()}”`}</Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
      <Group
        justify="space-between"
        px="md"
        py={8}
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move, <Kbd size="xs">Enter</Kbd> to open
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Esc</Kbd> to close
        </Text>
      </Group>
    </Spotlight.Root>
  );
}
