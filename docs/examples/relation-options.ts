// docs/examples/relation-options.json as a typed request (scripts/update-example-types.mjs).
import type { RelationOptionsRequest } from 'gongji';

export default {
  "policy": "guangdong",
  "asOf": "2024-07-01",
  "lang": "en"
} satisfies RelationOptionsRequest;
