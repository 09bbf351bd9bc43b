//! The built-in profiles: the files in `policies/`, found and embedded
//! minified by `build.rs` (which also sets their order). Each is parsed,
//! resolved on top of the one it extends and kept on first use, alone: a
//! request naming one region resolves that region and the layers under
//! it, not every region (a phone's first verdict waits for it).

use std::sync::OnceLock;

use serde_json::Value;

use super::resolve::{resolve, Layer, Resolved};
use crate::contract::finding::Lang;
use crate::contract::person::RegionCode;
use crate::contract::profile::{Names, Policy, PolicySummary};

/// A built-in in a line, as `build.rs` writes it: id, extend, region, and
/// the name in zh-CN and in en.
type BuiltInSummary = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    &'static str,
);

include!(concat!(env!("OUT_DIR"), "/built_in_policies.rs"));

/// Old ids that still answer, (old id, the id it stands for): each
/// profile file's `aliases`, so a request naming an id a profile once
/// had keeps getting that profile's answers.
pub const ALIASES: &[(&str, &str)] = &BUILT_IN_ALIASES;

/// The JSON of file `i` as written, parsed on first use.
fn written_at(i: usize) -> Option<&'static Value> {
    static WRITTEN: [OnceLock<Option<Value>>; BUILT_IN_FILES.len()] =
        [const { OnceLock::new() }; BUILT_IN_FILES.len()];
    let (_, text) = BUILT_IN_FILES.get(i)?;
    WRITTEN[i]
        .get_or_init(|| crate::contract::parse::<Value>(text).ok())
        .as_ref()
}

/// The JSON of every file as written, in `policies()`'s order.
pub fn written() -> Vec<&'static Value> {
    (0..BUILT_IN_FILES.len()).filter_map(written_at).collect()
}

/// Built-in `i` resolved, and its JSON (the base a custom layer starts
/// from); resolved once, on first use. `None` for a file that does not
/// parse or resolve: the test `every_built_in_profile_parses_resolves_and_validates`
/// catches it, and skipping it keeps a broken file from panicking inside wasm.
fn resolved(i: usize) -> Option<&'static Resolved> {
    static RESOLVED: [OnceLock<Option<Resolved>>; BUILT_IN_FILES.len()] =
        [const { OnceLock::new() }; BUILT_IN_FILES.len()];
    RESOLVED
        .get(i)?
        .get_or_init(|| {
            let layer = Layer::read(written_at(i)?, "policies".into(), Lang::En).ok()?;
            // Each file comes before the profile it extends (`build.rs`):
            // looking only further down the list, a parent is resolved
            // once, and a cycle cannot recurse.
            let parent = |id: &str| {
                let j = index(id).filter(|&j| j > i)?;
                resolved(j).map(|(p, v)| (p, v))
            };
            resolve(std::slice::from_ref(&layer), 0, &parent, Lang::En).ok()
        })
        .as_ref()
}

/// The position of a built-in (or an old id's) in `policies()`'s order.
fn index(id: &str) -> Option<usize> {
    let id = ALIASES
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new);
    BUILT_IN_FILES.iter().position(|(name, _)| *name == id)
}

/// Every built-in in a line, in `policies()`'s order, without parsing any.
pub fn summaries() -> Vec<PolicySummary> {
    BUILT_IN_SUMMARIES
        .iter()
        .map(|&(id, extend, region, zh, en)| PolicySummary {
            id: id.to_owned(),
            extend: extend.map(str::to_owned),
            name: Names {
                zh: zh.to_owned(),
                en: en.to_owned(),
            },
            region: region.and_then(RegionCode::parse),
        })
        .collect()
}

/// The built-ins' ids, in `policies()`'s order, without resolving any.
pub fn ids() -> impl Iterator<Item = &'static str> {
    BUILT_IN_FILES.iter().map(|(id, _)| *id)
}

/// Every built-in profile, resolved, in the order `build.rs` sets from
/// the files: each before the layers it extends, then by region code,
/// then by id.
pub fn built_ins() -> Vec<&'static Policy> {
    (0..BUILT_IN_FILES.len())
        .filter_map(|i| resolved(i).map(|(p, _)| p))
        .collect()
}

/// A built-in (or an old id's) resolved profile and its JSON: what a
/// custom layer that extends it starts from.
pub fn built_in_base(id: &str) -> Option<(&'static Policy, &'static Value)> {
    resolved(index(id)?).map(|(p, v)| (p, v))
}

/// The built-in profile with this id (or an old id in [`ALIASES`]).
pub fn built_in(id: &str) -> Option<&'static Policy> {
    built_in_base(id).map(|(p, _)| p)
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
            let built = serde_json::to_value(built_ins()[i]).expect("serializes");
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
