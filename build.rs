//! Embeds the built-in policy profiles: every `policies/*.json`, minified
//! (the files stay readable, the wasm carries them without indentation:
//! 48 KB -> 33 KB raw). `src/policy/builtin.rs` includes the result.
//!
//! A region is data: adding `policies/<id>.json` is all a build needs.
//! The order `policies()` lists them in follows from the files too:
//! 1. every profile before the layers it extends (sorted by the longest
//!    chain of profiles that extend it: regions first, `national` last);
//! 2. then by region code (GB/T 2260, the usual order of China's
//!    divisions; a profile without one after those with one);
//! 3. then by id.
//!
//! A file's `aliases` (old ids that still answer for it) is taken out of
//! the embedded text into `BUILT_IN_ALIASES`: it names the file, it is
//! not a rule of the profile.

use std::{collections::BTreeMap, env, fs, path::Path};

use serde_json::Value;

/// What the order, the aliases and the summary need from one file.
struct File {
    id: String,
    extend: Option<String>,
    region: Option<String>,
    /// Its name in both languages, if it writes one.
    name: Option<(String, String)>,
    aliases: Vec<String>,
    minified: String,
}

fn read(path: &Path) -> File {
    let text = fs::read_to_string(path).expect("a built-in profile is readable");
    let mut value: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    let field = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
    let (id, extend, region) = (field("id"), field("extend"), field("region"));
    let name = value.get("name").and_then(|n| {
        let text = |lang: &str| n.get(lang).and_then(Value::as_str).map(str::to_owned);
        text("zh-CN").zip(text("en"))
    });
    let id = id.unwrap_or_else(|| panic!("{} has no id", path.display()));
    let stem = path.file_stem().and_then(|s| s.to_str());
    assert_eq!(
        Some(id.as_str()),
        stem,
        "{}: a file is named after its id",
        path.display()
    );
    let aliases = match value.as_object_mut().and_then(|o| o.remove("aliases")) {
        None => Vec::new(),
        Some(list) => serde_json::from_value(list)
            .unwrap_or_else(|e| panic!("{}: aliases is a list of ids: {e}", path.display())),
    };
    File {
        id,
        extend,
        region,
        name,
        aliases,
        minified: value.to_string(),
    }
}

/// How many layers stand above each profile at most: 0 for a profile
/// nothing extends.
fn heights(files: &[File]) -> BTreeMap<String, usize> {
    let mut height: BTreeMap<String, usize> = files.iter().map(|f| (f.id.clone(), 0)).collect();
    for f in files {
        // Walk up the chain; a cycle is caught at run time (and by the
        // test of the built-ins), so stop after as many steps as files.
        let mut at = f;
        for above in 1..=files.len() {
            let Some(parent) = at.extend.as_deref() else {
                break;
            };
            let Some(p) = files.iter().find(|p| p.id == parent) else {
                break;
            };
            let h = height.get_mut(parent).expect("every id has a height");
            *h = (*h).max(above);
            at = p;
        }
    }
    height
}

/// A profile in a line: id, extend, region, name in zh-CN and in en.
type Summary<'a> = (&'a str, Option<&'a str>, Option<String>, String, String);

/// A field of `f`, or of the nearest profile below it that writes it.
fn inherited<T>(files: &[File], f: &File, own: impl Fn(&File) -> Option<T>) -> Option<T> {
    let mut at = f;
    // A cycle is caught at run time; stop after as many steps as files.
    for _ in 0..files.len() {
        if let Some(found) = own(at) {
            return Some(found);
        }
        at = files
            .iter()
            .find(|p| Some(p.id.as_str()) == at.extend.as_deref())?;
    }
    None
}

fn main() {
    println!("cargo:rerun-if-changed=policies");
    let mut files: Vec<File> = fs::read_dir("policies")
        .expect("the policies/ folder")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| read(&path))
        .collect();
    let height = heights(&files);
    files.sort_by(|a, b| {
        (height[&a.id], a.region.is_none(), &a.region, &a.id).cmp(&(
            height[&b.id],
            b.region.is_none(),
            &b.region,
            &b.id,
        ))
    });
    let aliases: Vec<(&str, &str)> = files
        .iter()
        .flat_map(|f| f.aliases.iter().map(|old| (old.as_str(), f.id.as_str())))
        .collect();
    for (old, _) in &aliases {
        assert!(
            files.iter().all(|f| f.id != *old)
                && aliases.iter().filter(|(o, _)| o == old).count() == 1,
            "alias {old:?} is also an id or another alias"
        );
    }
    let embedded: Vec<(&str, &str)> = files
        .iter()
        .map(|f| (f.id.as_str(), f.minified.as_str()))
        .collect();
    // Each profile in a line, its name and region inherited as resolving
    // would: what `policies({view: "summary"})` answers without parsing.
    let summaries: Vec<Summary> = files
        .iter()
        .map(|f| {
            let (zh, en) = inherited(&files, f, |x| x.name.clone())
                .unwrap_or_else(|| panic!("{}: no name, nor one to inherit", f.id));
            let region = inherited(&files, f, |x| x.region.clone());
            (f.id.as_str(), f.extend.as_deref(), region, zh, en)
        })
        .collect();
    let rust = format!(
        "/// The built-in profiles' files, minified, in `policies()`'s order (see `build.rs`).\n\
         const BUILT_IN_FILES: [(&str, &str); {}] = {embedded:?};\n\
         /// Each file's `aliases`: (old id, the id it stands for).\n\
         const BUILT_IN_ALIASES: [(&str, &str); {}] = {aliases:?};\n\
         /// Each profile in a line, in the same order: (id, extend, region, name in zh-CN, in en).\n\
         const BUILT_IN_SUMMARIES: [BuiltInSummary; {}] = {summaries:?};\n",
        embedded.len(),
        aliases.len(),
        summaries.len(),
    );
    // The TypeScript union of the ids, for the wasm binding's declarations:
    // generated here, not in the tracked contract.d.ts, so that a new
    // region is its two data files and nothing else.
    let ids: Vec<String> = files
        .iter()
        .map(|f| f.id.as_str())
        .chain(aliases.iter().map(|(old, _)| *old))
        .map(|id| format!("{id:?}"))
        .collect();
    let typescript = format!(
        "/** The id of a built-in profile: a file in policies/, or an old id it keeps. */\n\
         export type BuiltInPolicy = {};\n",
        ids.join(" | ")
    );
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    fs::write(out.join("built_in_policies.rs"), rust).expect("OUT_DIR is writable");
    fs::write(out.join("built_in_policy.d.ts"), typescript).expect("OUT_DIR is writable");
}
