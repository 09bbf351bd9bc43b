//! The wasm binding, and the only file that knows wasm-bindgen: a request
//! string in, a response string out. The JS wrapper in `pkg-config/` turns
//! plain objects into JSON and back and throws `{"error": ...}` answers as
//! a `GongjiError`; every rule stays in the core.

use wasm_bindgen::prelude::*;

/// Answers one contract call (`checkNetwork`, ...) with the response JSON,
/// or `{"error":{"code","path","message"}}`.
#[wasm_bindgen]
pub fn call(name: &str, request: &str) -> String {
    #[cfg(debug_assertions)]
    debug::install_panic_hook();
    crate::api::respond(name, request).1
}

/// As [`call`], the answer with every non-ASCII character escaped: the
/// same JSON, which JavaScript turns into a string without decoding UTF-8
/// (about 1.5 us less per preview in node; README, "boundary"). The
/// wrapper's object calls use this; `callJson` keeps the readable text.
#[wasm_bindgen]
pub fn call_ascii(name: &str, request: &[u8]) -> String {
    #[cfg(debug_assertions)]
    debug::install_panic_hook();
    crate::api::respond_ascii(name, &String::from_utf8_lossy(request)).1
}

/// Debug builds only: the core is fuzzed never to panic, but if it ever
/// does, say so clearly on the console (with the panic's message and
/// place) before the wasm traps; the JS wrapper then throws a
/// `GongjiError` with code `INTERNAL` instead of an opaque `unreachable`.
#[cfg(debug_assertions)]
mod debug {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = console, js_name = error)]
        fn console_error(message: &str);
    }

    pub fn install_panic_hook() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                console_error(&format!(
                    "gongji panicked, a bug — please report the request: {info}"
                ));
            }));
        });
    }
}
