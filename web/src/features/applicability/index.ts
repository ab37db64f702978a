export { ApplicabilitySection } from './ApplicabilitySection';
export { ApplicabilitySettings } from './ApplicabilitySettings';
export { MarketSelect, SurfaceSelect } from './DimensionSelects';
export { MarketDatesEditor, marketDateFieldErrors, marketDateRows, marketDatesInput } from './MarketDatesEditor';
export type { MarketDateRow } from './MarketDatesEditor';
export { applicabilityKeys, useApplicabilityDimensions, usePolicyApplicability } from './useApplicability';
export { marketDatesSentence } from './applicability-grid';
