// The typed example requests of docs/examples/ (copied beside this file),
// passed to their calls under --strict: each is its call's request type as
// written, with no cast.
import { relationOptions, checkNetwork, previewSettlement, projectSettlements } from 'gongji';
import relationOptionsRequest from './relation-options.js';
import checkNetworkRequest from './check-network.js';
import previewSettlementRequest from './preview-settlement.js';
import projectSettlementsRequest from './project-settlements.js';

export const answers = [
  relationOptions(relationOptionsRequest).options.length,
  checkNetwork(checkNetworkRequest).ok,
  previewSettlement(previewSettlementRequest).split.family,
  projectSettlements(projectSettlementsRequest).fundEnd,
];
