//! # gongji (共济)
//!
//! The rules of China's 职工医保个人账户家庭共济 — an employee's
//! medical-insurance personal account shared with close relatives — for
//! the regions in `policies/`, exact to the fen, every answer cited.
//!
//! Three questions, five calls:
//! - who may be bound: [`relation_options`], [`check_network`];
//! - what conflicts: [`check_network`] against the bindings a server knows;
//! - how a bill splits: [`preview_settlement`], [`project_settlements`];
//! - and [`policies`], every built-in profile with its citations.
//!
//! The layers, each using only those before it:
//! - [`contract`]: every request, answer, finding and error, declared once
//!   with serde;
//! - [`policy`]: the built-in profiles and the `policies` call, the
//!   profile a request names loaded, resolved and checked;
//! - [`rules`]: the other calls, one module each;
//! - [`api`]: a call by name, JSON text in and out (the CLI, servers,
//!   `callJson`, the mini-program build);
//! - the host interfaces (`src/host/`): wasm-bindgen for the npm package,
//!   a C ABI for mini-programs; they convert and map errors, nothing more.
//!
//! ```
//! use gongji::contract::SettlementRequest;
//! let request: SettlementRequest = gongji::contract::parse(r#"{
//!   "policy": "shanghai", "asOf": "2025-03-01",
//!   "member": {"relation": "parent", "person": {"id": "mum", "scheme": "resident", "region": "310104"}},
//!   "fund": {"balance": "800.00", "modes": ["payment"]},
//!   "expense": {"amount": "1000.00", "kind": "outpatient"}
//! }"#).unwrap();
//! let preview = gongji::preview_settlement(&request).unwrap();
//! assert_eq!(preview.split.family.to_string(), "800.00");
//! assert_eq!(preview.split.cash.to_string(), "200.00");
//! ```

// Only the C-ABI interface of the mini-program build needs `unsafe`.
#![cfg_attr(not(feature = "ffi"), forbid(unsafe_code))]
#![cfg_attr(feature = "ffi", deny(unsafe_code))]

/// Formats a message in the request's language only.
#[macro_export]
#[doc(hidden)]
macro_rules! say {
    ($lang:expr, $($zh:expr),+ ; $($en:expr),+ $(,)?) => {
        match $lang {
            $crate::contract::Lang::Zh => format!($($zh),+),
            $crate::contract::Lang::En => format!($($en),+),
        }
    };
}

pub mod api;
pub mod contract;
pub mod policy;
pub mod rules;

#[cfg(all(target_arch = "wasm32", feature = "bindgen"))]
#[path = "host/wasm.rs"]
mod wasm;

#[cfg(all(target_arch = "wasm32", feature = "ffi"))]
#[path = "host/ffi.rs"]
#[allow(unsafe_code)]
mod ffi;

pub use rules::{
    check_network, check_transfer, policies, preview_settlement, project_settlements,
    relation_options, view_network,
};

/// The wasm builds allocate with talc rather than std's dlmalloc: 4 KB
/// smaller (1.6 KB brotli) and as fast in the node benchmarks. Every call
/// is single-threaded, which is what talc's wasm allocator assumes.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
