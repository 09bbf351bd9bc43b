export * from '../gongji.js';
import type { Engine } from '../gongji.js';
/**
 * Loads the engine: the wasm from a path inside the code package
 * (`.wasm.br` or `.wasm`; on WeChat by default
 * /miniprogram_npm/gongji/gongji.wasm.br, on Alipay required) with
 * whichever of WXWebAssembly / MYWebAssembly the runtime has, or where
 * neither exists the JS build. `engine` forces one.
 */
export declare function init(options?: { path?: string; engine?: Engine }): Promise<void>;
