//! The mini-program interface: `callJson` of `wasm.rs` (a call name and a
//! request as JSON text in, the answer as JSON text out, read and written
//! by serde from the contract types in `api::respond`), over a plain C ABI
//! instead of wasm-bindgen, so the module has no imports and needs no
//! generated glue. WeChat's `WXWebAssembly` and Alipay's
//! `MYWebAssembly` instantiate it from a path with `{}` as imports; the
//! loader (`pkg-config/entries/miniprogram.cjs`, through
//! `pkg-config/shared/call-over.mjs`) copies UTF-8 bytes in and out of
//! linear memory. Every rule stays in the core.
//!
//! Protocol: `gongji_alloc(n)` gives a buffer for n bytes; the caller writes
//! the call name and the request into two buffers, `gongji_call` answers
//! with the response's length and frees both buffers, `gongji_result()`
//! points at the response bytes, valid until the next call.

use std::cell::RefCell;

thread_local! {
    static RESULT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A buffer of `len` bytes for the caller to fill.
#[no_mangle]
pub extern "C" fn gongji_alloc(len: usize) -> *mut u8 {
    let mut buffer = Vec::<u8>::with_capacity(len.max(1));
    let ptr = buffer.as_mut_ptr();
    std::mem::forget(buffer);
    ptr
}

/// Takes back a buffer from `gongji_alloc` (with the same `len`).
///
/// # Safety
/// `ptr` and `len` must come from one `gongji_alloc` call, freed once.
unsafe fn take(ptr: *mut u8, len: usize) -> Vec<u8> {
    // SAFETY: the caller passes a buffer gongji_alloc made with capacity
    // len.max(1) and filled with len bytes.
    unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) }
}

/// Answers the call named by the first buffer with the request in the
/// second (both freed), and returns the response's length in bytes.
///
/// # Safety
/// Both buffers must come from `gongji_alloc` with these lengths and be
/// filled by the caller; they must not be used afterwards.
#[no_mangle]
pub unsafe extern "C" fn gongji_call(
    name_ptr: *mut u8,
    name_len: usize,
    request_ptr: *mut u8,
    request_len: usize,
) -> usize {
    // SAFETY: forwarded from this function's contract.
    let (name, request) = unsafe { (take(name_ptr, name_len), take(request_ptr, request_len)) };
    // Invalid UTF-8 becomes U+FFFD and then a JSON error, never a panic.
    let response = crate::api::respond(
        &String::from_utf8_lossy(&name),
        &String::from_utf8_lossy(&request),
    )
    .1;
    RESULT.with(|r| {
        let mut r = r.borrow_mut();
        *r = response.into_bytes();
        r.len()
    })
}

/// The bytes of the last response.
#[no_mangle]
pub extern "C" fn gongji_result() -> *const u8 {
    RESULT.with(|r| r.borrow().as_ptr())
}
