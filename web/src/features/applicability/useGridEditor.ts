import type { ApplicabilityDimensions, ApplicabilityState, PolicyApplicability } from '@policyops/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { applyEdits, cellOfErrorPath, effectiveEdits, rowEdits, toCellList, toCellMap } from './applicability-grid';
import type { CellValue } from './applicability-grid';
import { applicabilityKeys, useSavePolicyApplicability } from './useApplicability';

/** An edit in progress: the grid as it was when editing began, and the changes staged on it. */
interface Session {
  base: Map<string, CellValue>;
  version: number;
  edits: Map<string, CellValue | null>;
}

export interface GridEditorOptions {
  policyRef: string;
  data: PolicyApplicability | undefined;
  dimensions: ApplicabilityDimensions | undefined;
  /** Loads the grid afresh (after a conflict). */
  refetch: () => Promise<{ data?: PolicyApplicability | undefined }>;
}

/**
 * Edit mode of a policy's grid. Changes are staged locally and saved as one PUT with the version
 * read when editing began; a refused save never drops them.
 */
export function useGridEditor({ policyRef, data, dimensions, refetch }: GridEditorOptions) {
  const save = useSavePolicyApplicability(policyRef);
  const [session, setSession] = useState<Session | null>(null);
  const [conflict, setConflict] = useState(false);
  const queryClient = useQueryClient();
  const [cellError, setCellError] = useState<{ key: string; label: string; message: string } | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);

  const base = session?.base ?? toCellMap(data?.cells ?? []);
  const cells = session ? applyEdits(session.base, session.edits) : base;
  const changes = session ? effectiveEdits(session.base, session.edits) : new Map<string, CellValue | null>();

  const stage = (edits: Map<string, CellValue | null>) =>
    setSession((current) => (current ? { ...current, edits: new Map([...current.edits, ...edits]) } : current));

  const reset = () => {
    setSession(null);
    setConflict(false);
    setCellError(null);
    setActiveKey(null);
  };

  return {
    editing: session !== null,
    cells,
    changed: new Set(changes.keys()),
    changeCount: changes.size,
    conflict,
    cellError,
    activeKey,
    setActiveKey,
    saving: save.isPending,
    start: () => {
      if (!data) return;
      reset();
      setSession({ base: toCellMap(data.cells), version: data.version, edits: new Map() });
    },
    cancel: reset,
    setCell: (key: string, value: CellValue | null) => {
      stage(new Map([[key, value]]));
      if (cellError?.key === key) setCellError(null);
    },
    setRow: (surfaceId: string, state: Exclude<ApplicabilityState, 'differs'> | null) => {
      if (dimensions) stage(rowEdits(surfaceId, dimensions.markets, state));
    },
    save: () => {
      if (!session || !dimensions) return;
      const sent = toCellList(cells, dimensions.surfaces, dimensions.markets);
      save.mutate(
        { version: session.version, cells: sent },
        {
          onSuccess: (saved) => {
            reset();
            notifySuccess(
              'Saved where the policy applies',
              `${saved.cells.length} ${saved.cells.length === 1 ? 'cell' : 'cells'} set`,
            );
          },
          onError: (error) => {
            if (isApiError(error) && error.is('VERSION_CONFLICT')) return setConflict(true);
            const target = isApiError(error)
              ? error.errors.map((e) => ({ at: cellOfErrorPath(e.path, sent), message: e.message })).find((e) => e.at)
              : undefined;
            if (!target?.at) return notifyError(error);
            setCellError({ key: target.at.key, label: cellLabel(target.at.key, dimensions), message: target.message });
            // A surface or market removed meanwhile: load the lists afresh (its cells are then left out).
            if (target.at.field !== 'note')
              void queryClient.invalidateQueries({ queryKey: applicabilityKeys.dimensions });
          },
        },
      );
    },
    /** After a conflict: the newest grid, with (keepMine) or without the staged changes on top. */
    reload: async (keepMine: boolean) => {
      const result = await refetch();
      setConflict(false);
      if (!keepMine || !result.data) return reset();
      const fresh = result.data;
      setSession((current) => ({
        base: toCellMap(fresh.cells),
        version: fresh.version,
        edits: current?.edits ?? new Map(),
      }));
    },
  };
}

function cellLabel(key: string, dims: ApplicabilityDimensions): string {
  const [surfaceId, marketId] = key.split(':');
  const surface = dims.surfaces.find((s) => s.id === surfaceId);
  const market = dims.markets.find((m) => m.id === marketId);
  return surface && market ? `${surface.name} in ${market.name}` : 'One cell';
}

export type GridEditor = ReturnType<typeof useGridEditor>;
