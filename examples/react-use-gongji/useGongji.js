// useGongji() for React: the engine once per page, however many components
// ask for it. Returns null while the wasm loads, then the module's calls
// (previewSettlement, checkNetwork, ...). A failed load is thrown on render,
// for the nearest error boundary.
import { useEffect, useState } from 'react';
import init, * as gongji from 'gongji';

let loading;
const load = () => (loading ??= init().then(() => gongji));

export function useGongji() {
  const [state, setState] = useState({ engine: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (engine) => live && setState({ engine, error: null }),
      (error) => live && setState({ engine: null, error }),
    );
    return () => { live = false; };
  }, []);
  if (state.error) throw state.error;
  return state.engine;
}
