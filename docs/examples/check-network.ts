// docs/examples/check-network.json as a typed request (scripts/update-example-types.mjs).
import type { NetworkRequest } from 'gongji';

export default {
  "policy": "dongying",
  "asOf": "2025-06-01",
  "founder": {
    "id": "wang",
    "scheme": "employee",
    "region": "370502",
    "historicalBalance": "8200.00",
    "currentBalance": "650.00"
  },
  "members": [
    {
      "relation": "spouseParent",
      "person": {
        "id": "mother-in-law",
        "scheme": "resident",
        "region": "370521"
      },
      "cap": "3000.00"
    },
    {
      "relation": "sibling",
      "person": {
        "id": "brother",
        "scheme": "employee",
        "region": "370502"
      }
    },
    {
      "relation": "child",
      "person": {
        "id": "son",
        "scheme": "resident",
        "region": "370502"
      }
    }
  ],
  "modes": [
    "payment",
    "premium"
  ],
  "existing": [
    {
      "personId": "son",
      "role": "member",
      "networkId": "net-grandpa"
    }
  ]
} satisfies NetworkRequest;
