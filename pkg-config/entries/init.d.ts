/**
 * Loads the engine; call it (once, or as often as is convenient: the load
 * happens once) before any other call. In a browser (the `gongji` entry
 * under Vite and webpack, and `gongji/web`) it fetches raw_bg.wasm beside
 * the module, or the wasm named by `module_or_path` (a URL on your own CDN,
 * a Response, the bytes, or a compiled WebAssembly.Module); in node and
 * `gongji/bundler` the wasm is already there and it only resolves.
 *
 * Where WebAssembly is off (iOS Lockdown Mode, a Content-Security-Policy
 * without 'wasm-unsafe-eval', `node --jitless`) the JavaScript build
 * answers instead, the same to the fen; `{ engine: 'js' | 'wasm' }` forces
 * one, and engine() says which answered.
 *
 * Rejects when the wasm cannot be fetched or is corrupt (a 404), and with
 * GongjiError ENGINE_UNAVAILABLE when `engine: 'wasm'` is forced where it
 * cannot run; a call made before it resolves throws GongjiError
 * NOT_INITIALIZED.
 *
 * @example
 * ```js
 * await init();
 * // or, with the wasm hosted elsewhere (exported as gongji/web/raw_bg.wasm):
 * await init({ module_or_path: 'https://cdn.example.com/gongji/raw_bg.wasm' });
 * ```
 */
export default function init(options?: InitOptions): Promise<void>;

/** Options of init(): which engine, and (web entry) where the wasm is. */
export interface InitOptions {
  engine?: Engine;
  module_or_path?: string | URL | Request | Response | BufferSource | WebAssembly.Module;
}

/** The engine that answers: the WebAssembly module, or its JavaScript translation. */
export type Engine = 'wasm' | 'js';

/**
 * Which engine answers the calls: 'wasm', or 'js' where WebAssembly is off
 * (the same answers to the fen); undefined before init() on the web entry.
 *
 * @example
 * ```js
 * engine(); // 'wasm'
 * ```
 */
export declare function engine(): Engine | undefined;
