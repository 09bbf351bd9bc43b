// docs/examples/check-network-layered.json as a typed request (scripts/update-example-types.mjs).
import type { NetworkRequest } from 'gongji';

export default {
  "policy": {
    "id": "my-suzhou",
    "extend": "jiangsu-province",
    "name": {
      "zh-CN": "苏州（自定义层）",
      "en": "Suzhou (a custom layer)"
    },
    "region": "320500",
    "versions": [
      {
        "validFrom": "2023-02-01",
        "rules": {
          "founderMinHistorical": {
            "value": "0.01",
            "source": {
              "doc": "sz-2023",
              "ref": "Q3"
            },
            "note": {
              "zh-CN": "历年账户资金有结余：至少 0.01 元。",
              "en": "历年账户资金有结余: at least 0.01 yuan."
            }
          }
        }
      }
    ]
  },
  "asOf": "2025-03-10",
  "lang": "en",
  "founder": {
    "id": "zhang",
    "scheme": "employee",
    "region": "320505",
    "historicalBalance": "0.00"
  },
  "members": [
    {
      "relation": "parent",
      "person": {
        "id": "mum",
        "scheme": "resident",
        "region": "320902"
      }
    },
    {
      "relation": "sibling",
      "person": {
        "id": "brother",
        "scheme": "employee",
        "region": "310104"
      }
    }
  ]
} satisfies NetworkRequest;
