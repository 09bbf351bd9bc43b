// The typed example requests of docs/examples/ (copied beside this file),
// passed to their calls under --strict: each is its call's request type as
// written, with no cast.
import { relationOptions, checkNetwork, previewSettlement, projectSettlements } from 'gongji';
import relationOptionsRequest from './relation-options.js';
import checkNetworkRequest from './check-network.js';
import previewSettlementRequest from './preview-settlement.js';
import projectSettlementsRequest from './project-settlements.js';
import layeredRequest from './check-network-layered.js';
import previewFundersRequest from './preview-settlement-funders.js';
import projectFundersRequest from './project-settlements-funders.js';

export const answers = [
  relationOptions(relationOptionsRequest).options.length,
  checkNetwork(checkNetworkRequest).ok,
  previewSettlement(previewSettlementRequest).split.family,
  projectSettlements(projectSettlementsRequest).fundEnd,
  checkNetwork(layeredRequest).ok,
  previewSettlement(previewFundersRequest).funders?.length,
  projectSettlements(projectFundersRequest).funders?.length,
];
