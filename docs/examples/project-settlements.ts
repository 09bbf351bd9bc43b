// docs/examples/project-settlements.json as a typed request (scripts/update-example-types.mjs).
import type { ProjectionRequest } from 'gongji';

export default {
  "policy": "jiangsu-suzhou",
  "asOf": "2025-01-15",
  "fund": {
    "balance": "1000.00",
    "modes": [
      "payment",
      "premium"
    ]
  },
  "members": [
    {
      "relation": "child",
      "person": {
        "id": "kid",
        "scheme": "resident",
        "region": "320506"
      }
    },
    {
      "relation": "parent",
      "person": {
        "id": "dad",
        "scheme": "employee",
        "region": "320900",
        "currentBalance": "100.00",
        "historicalBalance": "0.00"
      }
    }
  ],
  "expenses": [
    {
      "memberId": "kid",
      "expense": {
        "amount": "380.00",
        "kind": "residentPremium"
      }
    },
    {
      "memberId": "dad",
      "expense": {
        "amount": "450.00",
        "kind": "outpatient"
      }
    },
    {
      "memberId": "kid",
      "expense": {
        "amount": "520.00",
        "kind": "inpatient"
      }
    }
  ]
} satisfies ProjectionRequest;
