// docs/examples/preview-settlement-funders.json as a typed request (scripts/update-example-types.mjs).
import type { SettlementRequest } from 'gongji';

export default {
  "policy": "ruian",
  "asOf": "2017-09-01",
  "member": {
    "relation": "parent",
    "person": {
      "id": "grandma",
      "scheme": "employee",
      "region": "330381",
      "currentBalance": "0.00",
      "historicalBalance": "0.00"
    }
  },
  "funders": [
    {
      "id": "daughter",
      "balance": "2600.00",
      "boundOn": "2017-06-12"
    },
    {
      "id": "son",
      "balance": "300.00",
      "boundOn": "2017-05-08"
    }
  ],
  "expense": {
    "amount": "480.00",
    "kind": "outpatient"
  }
} satisfies SettlementRequest;
