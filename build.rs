//! Embeds the built-in policy profiles minified: the files in `policies/`
//! stay readable, the wasm carries them without indentation (48 KB -> 33
//! KB raw). `src/policy/builtin.rs` includes the result.

use std::{env, fs, path::Path};

/// The built-in profiles, in the order `policies()` lists them: the five
/// regions in their old places (Suzhou where `jiangsu` was), then the
/// layers they extend.
const PROFILES: [&str; 7] = [
    "shanghai",
    "jiangsu-suzhou",
    "guangdong",
    "dongying",
    "ruian",
    "jiangsu-province",
    "national",
];

fn main() {
    let mut texts = Vec::new();
    for name in PROFILES {
        let file = format!("policies/{name}.json");
        println!("cargo:rerun-if-changed={file}");
        let text = fs::read_to_string(&file).expect("a built-in profile");
        let value: serde_json::Value = serde_json::from_str(&text).expect("a profile is JSON");
        texts.push(value.to_string());
    }
    let rust = format!(
        "/// The built-in profiles' files, minified (see `build.rs`).\n\
         const BUILT_IN_FILES: [(&str, &str); {}] = {:?};\n",
        PROFILES.len(),
        PROFILES.iter().zip(&texts).collect::<Vec<_>>()
    );
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("built_in_policies.rs"), rust).expect("OUT_DIR is writable");
}
