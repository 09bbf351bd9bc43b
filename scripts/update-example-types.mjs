// Writes docs/examples/<call>.ts from docs/examples/<call>.json: the same
// request as a typed object (`satisfies` the call's request type), so an app
// that imports an example gets `PolicyRef`, `Relation`, ... and not
// `string`. The consumer matrix compiles them with --strict and checks each
// equals its JSON; run this after changing a JSON example.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../docs/examples');
export const EXAMPLE_TYPES = {
  'relation-options': 'RelationOptionsRequest',
  'check-network': 'NetworkRequest',
  'preview-settlement': 'SettlementRequest',
  'project-settlements': 'ProjectionRequest',
  'check-network-layered': 'NetworkRequest',
  'preview-settlement-funders': 'SettlementRequest',
  'project-settlements-funders': 'ProjectionRequest',
};
if (process.argv[1] === import.meta.filename) {
  for (const [name, type] of Object.entries(EXAMPLE_TYPES)) {
    const request = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
    fs.writeFileSync(path.join(dir, `${name}.ts`), `// docs/examples/${name}.json as a typed request (scripts/update-example-types.mjs).
import type { ${type} } from 'gongji';

export default ${JSON.stringify(request, null, 2)} satisfies ${type};
`);
  }
  console.log('docs/examples/*.ts written');
}
