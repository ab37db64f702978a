import { Alert, Button, Group, List, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { DEFAULT_LINK_EXPIRY_DAYS } from '@policyops/contracts';
import type { AdoptionCampaign, AdoptionLinksCreated } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { saveFile } from '../../lib/save-file';
import { CopyField } from '../../ui/CopyField';
import { crLabel } from './adoption-labels';
import { useCreateLinks } from './adoption-queries';
import { parsePastedPeople, toCsv } from './people-paste';

export interface PersonLinksModalProps {
  campaign: AdoptionCampaign;
  /** The campaign audience preselected. */
  audienceId: string | null;
  onClose(): void;
}

function CreatedLinks({
  campaign,
  created,
  audienceName,
}: {
  campaign: AdoptionCampaign;
  created: AdoptionLinksCreated;
  audienceName: string;
}) {
  const download = () => {
    const rows = [
      ['Name', 'E-mail', 'Audience', 'Link', 'Expires'],
      ...created.items.map(({ link, url }) => [
        link.personName,
        link.personEmail ?? '',
        audienceName,
        url,
        link.expiresAt,
      ]),
    ];
    saveFile(
      new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
      `${crLabel(campaign.changeRequestNumber)}-${audienceName.replace(/[^\w-]+/g, '-')}-links.csv`,
    );
  };
  const expires = created.items[0]?.link.expiresAt;
  return (
    <Stack>
      <Alert color="orange" variant="light" title="Shown this once">
        Copy the links or download them now: they are not shown again. Each works once per task for its person
        {expires ? ` until ${formatDate(expires)}` : ''}.
      </Alert>
      <Group>
        <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={download} data-autofocus>
          Download CSV ({created.items.length})
        </Button>
      </Group>
      <Stack gap="xs" mah={420} style={{ overflowY: 'auto' }}>
        {created.items.map(({ link, url }) => (
          <CopyField
            key={link.id}
            label={link.personEmail ? `${link.personName} <${link.personEmail}>` : link.personName}
            value={url}
            copyLabel={`Copy the link of ${link.personName}`}
          />
        ))}
      </Stack>
    </Stack>
  );
}

/** Pastes people, one a line, and creates a signed link for each; the links are shown once, with a CSV. */
export function PersonLinksModal({ campaign, audienceId, onClose }: PersonLinksModalProps) {
  const create = useCreateLinks(campaign.id);
  const [audience, setAudience] = useState<string | null>(audienceId ?? campaign.audiences[0]?.id ?? null);
  const [text, setText] = useState('');
  const [days, setDays] = useState<number | string>(DEFAULT_LINK_EXPIRY_DAYS);
  const [created, setCreated] = useState<AdoptionLinksCreated | null>(null);
  const [serverErrors, setServerErrors] = useState<string[]>([]);
  const parsed = parsePastedPeople(text);
  const audienceName = campaign.audiences.find((a) => a.id === audience)?.name ?? '';

  const submit = () => {
    if (!audience || parsed.people.length === 0 || parsed.problems.length > 0) return;
    setServerErrors([]);
    create.mutate(
      {
        audienceId: audience,
        body: {
          people: parsed.people.map((p) => (p.email ? { name: p.name, email: p.email } : { name: p.name })),
          expiresInDays: Number(days) || DEFAULT_LINK_EXPIRY_DAYS,
        },
      },
      {
        onSuccess: (result) => {
          notifySuccess(`${result.items.length} links created`, audienceName);
          setCreated(result);
        },
        onError: (error) => {
          if (isApiError(error) && error.errors.length) {
            setServerErrors(
              error.errors.map((e) => {
                const m = /^body\.people\.(\d+)/.exec(e.path);
                const person = m ? parsed.people[Number(m[1])] : undefined;
                return person ? `${person.name}: ${e.message}` : e.message;
              }),
            );
          } else notifyError(error);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={created ? `Links for ${audienceName}` : 'Create person links'} size="xl">
      {created ? (
        <Stack>
          <CreatedLinks campaign={campaign} created={created} audienceName={audienceName} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          aria-label="Create person links"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              People at vendors and sites have no account: each gets a signed link that records their acknowledgement,
              training and quiz, pinned to {campaign.versionLabel} of {campaign.policyTitle}.
            </Text>
            <Select
              label="Audience"
              data={campaign.audiences.map((a) => ({ value: a.id, label: a.name }))}
              value={audience}
              onChange={setAudience}
              allowDeselect={false}
              required
            />
            <Textarea
              label="People"
              description={'One a line: "Name <email>" or a name alone (at most 500)'}
              placeholder={'Ana Ruiz <ana.ruiz@vendor.example>\nBo Chen'}
              autosize
              minRows={6}
              maxRows={14}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={
                parsed.problems.length
                  ? parsed.problems.map((p) => `Line ${p.line}: ${p.reason}`).join('; ')
                  : parsed.people.length > 500
                    ? 'Use at most 500 people a time'
                    : undefined
              }
              data-autofocus
            />
            <NumberInput
              label="Links work for"
              min={1}
              max={90}
              suffix=" days"
              allowDecimal={false}
              w={200}
              value={days}
              onChange={setDays}
            />
            {serverErrors.length ? (
              <Alert color="red" variant="light" title="No links were created">
                <List size="sm">
                  {serverErrors.map((m, i) => (
                    <List.Item key={i}>{m}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {parsed.people.length === 1 ? '1 person' : `${parsed.people.length} people`}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={onClose}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  loading={create.isPending}
                  disabled={
                    !audience || parsed.people.length === 0 || parsed.problems.length > 0 || parsed.people.length > 500
                  }
                >
                  Create links
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
