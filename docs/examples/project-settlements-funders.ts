// docs/examples/project-settlements-funders.json as a typed request (scripts/update-example-types.mjs).
import type { ProjectionRequest } from 'gongji';

export default {
  "policy": "ruian",
  "asOf": "2017-09-01",
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
  "members": [
    {
      "relation": "parent",
      "person": {
        "id": "grandma",
        "scheme": "employee",
        "region": "330381",
        "currentBalance": "50.00",
        "historicalBalance": "0.00"
      }
    }
  ],
  "expenses": [
    {
      "memberId": "grandma",
      "expense": {
        "amount": "200.00",
        "kind": "outpatient"
      }
    },
    {
      "memberId": "grandma",
      "expense": {
        "amount": "480.00",
        "kind": "inpatient"
      }
    },
    {
      "memberId": "grandma",
      "expense": {
        "amount": "350.00",
        "kind": "pharmacy",
        "facilityType": "pharmacy"
      }
    }
  ]
} satisfies ProjectionRequest;
