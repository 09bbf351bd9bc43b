// Every size gongji is held to, declared once: the size budget (step 50),
// the mini-program tests (step 45), the WeChat share script and the
// consumer matrix's uni-app and Taro apps read them from here.
//
// A goal is where the bytes should be; a ratchet is the measured size plus
// a few KB, which a build may not pass. A ratchet moves down with every
// cut, and up only by the measured cost of a feature, named in
// CHANGELOG.md (docs/performance.md says where the bytes go).
const KB = 1024;

/** Brotli -q 11 of each build's .wasm, and its raw bytes (ratchets). */
export const WASM_RATCHET = {
  web: { raw: 860 * KB, br: 214 * KB },
  bundler: { raw: 860 * KB, br: 214 * KB },
  'miniprogram-extras': { raw: 794 * KB, br: 198 * KB },
  // Speed-built for servers, never downloaded.
  node: { raw: 1099 * KB, br: 259 * KB },
};

/** The serde design's budgets for the downloaded wasm (brotli), and the line above which it is a blocker. */
export const WASM_BUDGET_BR = { web: 72 * KB, bundler: 72 * KB, 'miniprogram-extras': 88 * KB };
export const WASM_BLOCKER_BR = 96 * KB;
/** The web wasm's goal: what a phone downloads. */
export const WEB_WASM_GOAL_BR = 160 * KB;

/** Each target's JS glue, brotli. */
export const GLUE_BR = 6 * KB;
/** The JS build (gongji-js.*), brotli: loaded only where WebAssembly is off. */
export const JS_BUILD_BR = 278 * KB;

/**
 * gongji's share of a WeChat main package: the folder it ships
 * (miniprogram/: the loader and the .wasm.br), as copied by 构建 npm or
 * bundled by uni-app and Taro.
 */
export const MAIN_PACKAGE_SHARE = { goal: 150 * KB, ratchet: 208 * KB };
/** WeChat's limit for each package, main or sub. */
export const WECHAT_PACKAGE_LIMIT = 2 * 1024 * KB;
