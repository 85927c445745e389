import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { exhibitorSpec } from '../trade.lists.js';
import { EXHIBITOR_SELECT } from './exhibitor.loader.js';

/** Exhibitors are expo reference data: every signed-in viewer reads them. */
export const exhibitorList: ListSource = {
  spec: exhibitorSpec,
  alias: 'x',
  from: 'exhibitor x',
  columns: EXHIBITOR_SELECT,
  scope: () => 'true',
  order: { NAME_EN: 'nameEn', COUNTRY: 'country', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'NAME_EN', direction: OrderDirection.ASC }],
  typename: 'Exhibitor',
};
