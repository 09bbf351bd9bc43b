//! The built-in profiles: the files in `policies/`, found and embedded
//! minified by `build.rs` (which also sets their order), parsed, resolved (each on top of the one it extends) and
//! validated once, on first use.

use std::sync::OnceLock;

use serde_json::Value;

use super::resolve::{resolve, Layer};
use crate::contract::finding::Lang;
use crate::contract::profile::Policy;

include!(concat!(env!("OUT_DIR"), "/built_in_policies.rs"));

/// Old ids that still answer, (old id, the id it stands for): each
/// profile file's `aliases`, so a request naming an id a profile once
/// had keeps getting that profile's answers.
pub const ALIASES: &[(&str, &str)] = &BUILT_IN_ALIASES;

/// The built-in profiles: resolved, their JSON (the base a custom layer
/// starts from), and the JSON of the files as written.
struct Loaded {
    resolved: Vec<Policy>,
    resolved_json: Vec<Value>,
    written: Vec<Value>,
}

/// Parsed, resolved and checked once.
fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        // A built-in that does not parse or resolve is caught by the test
        // `every_built_in_profile_parses_resolves_and_validates`; skipping
        // it here keeps a broken file from panicking inside wasm.
        let written: Vec<Value> = BUILT_IN_FILES
            .iter()
            .filter_map(|(_, text)| crate::contract::parse::<Value>(text).ok())
            .collect();
        let layers: Vec<Layer> = written
            .iter()
            .filter_map(|json| Layer::read(json, "policies".into(), Lang::En).ok())
            .collect();
        // Each file comes before the profile it extends: resolved from the
        // last, a layer is put onto its parent as resolved already, not
        // resolved again from the root.
        let mut done: Vec<(Policy, Value)> = Vec::new();
        for layer in layers.iter().rev() {
            let parent = |id: &str| {
                let (p, v) = done.iter().find(|(p, _)| p.id == id)?;
                Some((p, v))
            };
            if let Ok(resolved) = resolve(std::slice::from_ref(layer), 0, &parent, Lang::En) {
                done.push(resolved);
            }
        }
        let (resolved, resolved_json): (Vec<Policy>, Vec<Value>) = done.into_iter().rev().unzip();
        drop(layers);
        Loaded {
            resolved,
            resolved_json,
            written,
        }
    })
}

/// The built-in profiles, resolved, in the order `build.rs` sets from the
/// files: each before the layers it extends, then by region code, then by
/// id.
pub fn built_ins() -> &'static [Policy] {
    &loaded().resolved
}

/// The built-in profiles as their files write them.
pub fn written() -> &'static [Value] {
    &loaded().written
}

/// A built-in (or an old id's) resolved profile and its JSON: what a
/// custom layer that extends it starts from.
pub fn built_in_base(id: &str) -> Option<(&'static Policy, &'static Value)> {
    let id = canonical(id);
    let l = loaded();
    let i = l.resolved.iter().position(|p| p.id == id)?;
    Some((&l.resolved[i], l.resolved_json.get(i)?))
}

/// The id an old id in [`ALIASES`] stands for.
fn canonical(id: &str) -> &str {
    ALIASES
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new)
}

/// The built-in profile with this id (or an old id in [`ALIASES`]).
pub fn built_in(id: &str) -> Option<&'static Policy> {
    let id = canonical(id);
    built_ins().iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Lang;

    #[test]
    fn every_built_in_profile_parses_resolves_and_validates() {
        let json: Vec<Value> = BUILT_IN_FILES
            .iter()
            .map(|(_, text)| crate::contract::parse(text).expect("built-in profile is JSON"))
            .collect();
        let layers: Vec<Layer> = json
            .iter()
            .zip(BUILT_IN_FILES)
            .map(|(json, (name, _))| {
                let layer = Layer::read(json, format!("policies/{name}.json"), Lang::En)
                    .expect("built-in profile parses");
                assert_eq!(layer.profile.id, name, "the file is named after its id");
                layer
            })
            .collect();
        for (i, layer) in layers.iter().enumerate() {
            let (policy, _) = resolve(&layers, i, &|_| None, Lang::En)
                .unwrap_or_else(|e| panic!("{} resolves: {e:?}", layer.profile.id));
            policy
                .validate(Lang::En)
                .unwrap_or_else(|e| panic!("{} validates: {e:?}", policy.id));
            // Resolved from the root, as the built-ins resolved each onto
            // its parent: the same profile.
            let from_root = serde_json::to_value(&policy).expect("serializes");
            let built = serde_json::to_value(&built_ins()[i]).expect("serializes");
            assert_eq!(from_root, built, "{}", policy.id);
        }
        assert_eq!(built_ins().len(), BUILT_IN_FILES.len());
        assert_eq!(written().len(), BUILT_IN_FILES.len());
    }

    #[test]
    fn every_built_in_document_is_a_file_in_shared_policy_sources() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/policy-sources");
        for policy in built_ins() {
            for doc in &policy.documents {
                let file = doc
                    .file
                    .as_deref()
                    .expect("built-in documents name their file");
                // The texts sit beside the repository (as in CI); a bare
                // checkout without them still checks that a file is named.
                if dir.is_dir() {
                    assert!(
                        dir.join(file).is_file(),
                        "{} cites missing {file}",
                        policy.id
                    );
                }
            }
        }
    }
}
