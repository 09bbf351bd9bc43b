//! Turns the `structured` fuzz corpus into plain requests (call byte +
//! JSON) in `corpus/replay/`, which the main test suite replays natively
//! and through wasm without knowing about `arbitrary`.
//!
//! cargo +nightly run --release --bin export_replay

use arbitrary::{Arbitrary, Unstructured};

#[path = "../../fuzz_targets/requests.rs"]
mod requests;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("corpus/replay");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("create corpus/replay");
    let mut written = 0;
    for entry in std::fs::read_dir(root.join("corpus/structured")).expect("corpus/structured") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        let Ok(input) = requests::Input::arbitrary_take_rest(Unstructured::new(&bytes)) else { continue };
        for (call, request) in requests::requests(&input) {
            let mut file = vec![call];
            file.extend_from_slice(request.as_bytes());
            std::fs::write(out.join(format!("{written:05}")), file).expect("write");
            written += 1;
        }
    }
    println!("{written} requests exported to corpus/replay/");
}
