//! The wasm binding, and the only file that knows wasm-bindgen: a request
//! string in, a response string out. The JS wrapper in `pkg-config/` turns
//! plain objects into JSON and back and throws `{"error": ...}` answers as
//! a `GongjiError`; every rule stays in the core.

use wasm_bindgen::prelude::*;

/// Answers one contract call (`checkNetwork`, ...) with the response JSON,
/// or `{"error":{"code","path","message"}}`.
#[wasm_bindgen]
pub fn call(name: &str, request: &str) -> String {
    crate::api::respond(name, request).1
}
