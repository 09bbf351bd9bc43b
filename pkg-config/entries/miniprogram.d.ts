export * from '../gongji.js';
import type { Engine } from '../gongji.js';
/**
 * The JS build (`gongji/miniprogram-extras/gongji-js.js`), as `require`
 * or `require.async` returns it.
 */
export interface JsBuild {
  instantiate(): unknown;
}
/**
 * Loads the engine: the wasm from a path inside the code package
 * (`.wasm.br` or `.wasm`; on WeChat by default
 * /miniprogram_npm/gongji/gongji.wasm.br, on Alipay required) with
 * whichever of WXWebAssembly / MYWebAssembly the runtime has, or where
 * neither exists the JS build that `js` gives, e.g.
 * `() => require.async('../gongji-js/gongji-js.js')` from a subpackage
 * (without `js` there: GongjiError ENGINE_UNAVAILABLE). `engine` forces one.
 */
export declare function init(options?: { path?: string; engine?: Engine; js?: () => JsBuild | Promise<JsBuild> }): Promise<void>;
export default init;
