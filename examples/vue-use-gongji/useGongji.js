// useGongji() for Vue: the engine once per page, however many components
// ask for it. `engine` is null while the wasm loads, then the module's calls
// (previewSettlement, checkNetwork, ...); `error` holds a failed load.
import { shallowRef } from 'vue';
import init, * as gongji from 'gongji';

let loading;
const load = () => (loading ??= init().then(() => gongji));

export function useGongji() {
  const engine = shallowRef(null);
  const error = shallowRef(null);
  load().then((g) => { engine.value = g; }, (e) => { error.value = e; });
  return { engine, error };
}
