//! Embeds the built-in policy profiles compactly. The files in `policies/`
//! stay readable; the wasm carries them without indentation (48 KB -> 33
//! KB) and with their most repeated substrings (`,"source":{"doc"`,
//! `"},"note":`, ...) each replaced by one control byte, which minified
//! JSON never contains (33 KB -> about 20 KB). `policy::built_in_text`
//! expands them again. Brotli would find the same repeats, so this mostly
//! shrinks the raw module, which a phone holds in memory.

use std::collections::HashMap;
use std::{env, fs, path::Path};

const PROFILES: [&str; 5] = ["shanghai", "jiangsu", "guangdong", "dongying", "ruian"];
/// Codes 0x01..=0x1F: every control byte but NUL.
const CODES: u8 = 31;
const LENGTHS: [usize; 9] = [4, 6, 8, 10, 12, 16, 20, 28, 40];

fn main() {
    let mut texts = Vec::new();
    for name in PROFILES {
        let src = format!("policies/{name}.json");
        println!("cargo:rerun-if-changed={src}");
        texts.push(minify(
            &fs::read_to_string(&src).expect("a built-in profile"),
        ));
    }
    let mut dictionary: Vec<String> = Vec::new();
    for code in 1..=CODES {
        let Some(best) = most_repeated(&texts) else {
            break;
        };
        let with = char::from(code).to_string();
        for text in &mut texts {
            *text = text.replace(&best, &with);
        }
        dictionary.push(best);
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let rust = format!(
        "/// Substrings replaced by the bytes 1, 2, ... (see `build.rs`).\n\
         const DICTIONARY: [&str; {}] = {:?};\n\
         /// The built-in profiles, minified and encoded.\n\
         const ENCODED: [&str; {}] = {:?};\n",
        dictionary.len(),
        dictionary,
        texts.len(),
        texts
    );
    fs::write(Path::new(&out).join("built_in_policies.rs"), rust).expect("OUT_DIR is writable");
}

/// The substring whose replacement by one byte saves the most, if any
/// saves; ties go to the smallest string, so the build is reproducible.
fn most_repeated(texts: &[String]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for text in texts {
        for (start, _) in text.char_indices() {
            for len in LENGTHS {
                match text.get(start..start + len) {
                    Some(candidate) if candidate.bytes().all(|b| b >= 0x20) => {
                        *counts.entry(candidate).or_default() += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    let gain = |s: &str, n: usize| ((s.len() - 1) * n).saturating_sub(s.len());
    counts
        .into_iter()
        .map(|(s, n)| (gain(s, n), std::cmp::Reverse(s)))
        .max()
        .filter(|(gain, _)| *gain > 0)
        .map(|(_, s)| s.0.to_owned())
}

fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}
