export { ActionItemsTable } from './ActionItemsTable';
export type { ActionItemsTableProps } from './ActionItemsTable';
export { AddActionDialog } from './AddActionDialog';
export { MyActions } from './MyActions';
export { useActionItems } from './action-item-queries';
