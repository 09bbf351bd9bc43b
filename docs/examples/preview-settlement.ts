// docs/examples/preview-settlement.json as a typed request (scripts/update-example-types.mjs).
import type { SettlementRequest } from 'gongji';

export default {
  "policy": "shanghai",
  "asOf": "2025-03-10",
  "member": {
    "relation": "parent",
    "person": {
      "id": "mum",
      "scheme": "employee",
      "region": "310104",
      "currentBalance": "120.00",
      "historicalBalance": "80.50"
    }
  },
  "fund": {
    "balance": "1500.00",
    "modes": [
      "payment"
    ]
  },
  "expense": {
    "amount": "356.80",
    "kind": "pharmacy",
    "facilityType": "pharmacy"
  }
} satisfies SettlementRequest;
