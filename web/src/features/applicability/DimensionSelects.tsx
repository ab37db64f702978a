import { Select } from '@mantine/core';
import type { SelectProps } from '@mantine/core';
import { marketSelectData } from './applicability-grid';
import { useApplicabilityDimensions } from './useApplicability';

type PickedSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'>;

export interface DimensionSelectProps extends PickedSelectProps {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  /** Shown when nothing is chosen ("Any market", "All markets"). */
  placeholder: string;
}

export interface MarketSelectProps extends DimensionSelectProps {
  /** Offer Global too (default true). */
  withGlobal?: boolean;
  /** Markets not to offer (chosen elsewhere). */
  exclude?: readonly string[];
}

/** A market picker grouped like the grid (Global, each region with its countries); clearable. */
export function MarketSelect({
  value,
  onChange,
  placeholder,
  withGlobal = true,
  exclude = [],
  ...rest
}: MarketSelectProps) {
  const dims = useApplicabilityDimensions();
  const data = dims.data
    ? marketSelectData(dims.data.markets, { withGlobal })
        .map((group) => ({
          ...group,
          items: group.items.filter((item) => item.value === value || !exclude.includes(item.value)),
        }))
        .filter((group) => group.items.length > 0)
    : [];
  return (
    <Select
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      placeholder={dims.isError ? 'Markets could not be loaded' : dims.isPending ? 'Loading markets…' : placeholder}
      disabled={!dims.data}
      searchable
      clearable
      nothingFoundMessage="No market matches"
      {...rest}
    />
  );
}

/** A product surface picker, in grid order; clearable. */
export function SurfaceSelect({ value, onChange, placeholder, ...rest }: DimensionSelectProps) {
  const dims = useApplicabilityDimensions();
  const data = dims.data
    ? [...dims.data.surfaces].sort((a, b) => a.position - b.position).map((s) => ({ value: s.id, label: s.name }))
    : [];
  return (
    <Select
      data={data}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      placeholder={dims.isError ? 'Surfaces could not be loaded' : dims.isPending ? 'Loading surfaces…' : placeholder}
      disabled={!dims.data}
      searchable
      clearable
      nothingFoundMessage="No surface matches"
      {...rest}
    />
  );
}
