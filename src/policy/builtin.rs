//! The built-in profiles: the files in `policies/`, embedded minified by
//! `build.rs`, parsed, resolved (each on top of the one it extends) and
//! validated once, on first use.

use std::sync::OnceLock;

use crate::contract::finding::Lang;
use crate::contract::profile::{Policy, Profile};

include!(concat!(env!("OUT_DIR"), "/built_in_policies.rs"));

/// Old ids that still answer: `jiangsu` was Suzhou's profile before the
/// provincial rules became a layer of their own (`jiangsu-province`), so a
/// request naming it keeps getting Suzhou's answers.
pub const ALIASES: [(&str, &str); 1] = [("jiangsu", "jiangsu-suzhou")];

/// The built-in profiles resolved, and as written, parsed and checked once.
fn loaded() -> &'static (Vec<Policy>, Vec<Profile>) {
    static LOADED: OnceLock<(Vec<Policy>, Vec<Profile>)> = OnceLock::new();
    LOADED.get_or_init(|| {
        // A built-in that does not parse or resolve is caught by the test
        // `every_built_in_profile_parses_resolves_and_validates`; skipping
        // it here keeps a broken file from panicking inside wasm.
        let written: Vec<Profile> = BUILT_IN_FILES
            .iter()
            .filter_map(|(_, text)| crate::contract::parse::<Profile>(text).ok())
            .collect();
        let layers: Vec<super::resolve::Layer> = written
            .iter()
            .map(|p| (p, format!("policies/{}.json", p.id)))
            .collect();
        let resolved = (0..layers.len())
            .filter_map(|i| super::resolve::resolve(&layers, i, &|_| None, Lang::En).ok())
            .collect();
        (resolved, written)
    })
}

/// The built-in profiles, resolved.
pub fn built_ins() -> &'static [Policy] {
    &loaded().0
}

/// The built-in profiles as their files write them.
pub fn written() -> &'static [Profile] {
    &loaded().1
}

/// The built-in profile with this id (or an old id in [`ALIASES`]).
pub fn built_in(id: &str) -> Option<&'static Policy> {
    let id = ALIASES
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new);
    built_ins().iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Lang;

    #[test]
    fn every_built_in_profile_parses_resolves_and_validates() {
        let written: Vec<Profile> = BUILT_IN_FILES
            .iter()
            .map(|(name, text)| {
                let profile: Profile =
                    crate::contract::parse(text).expect("built-in profile parses");
                assert_eq!(profile.id, *name, "the file is named after its id");
                profile
            })
            .collect();
        let layers: Vec<super::super::resolve::Layer> =
            written.iter().map(|p| (p, p.id.clone())).collect();
        for (i, profile) in written.iter().enumerate() {
            let policy = super::super::resolve::resolve(&layers, i, &|_| None, Lang::En)
                .unwrap_or_else(|e| panic!("{} resolves: {e:?}", profile.id));
            policy
                .validate(Lang::En)
                .unwrap_or_else(|e| panic!("{} validates: {e:?}", policy.id));
        }
        assert_eq!(built_ins().len(), BUILT_IN_FILES.len());
        assert_eq!(super::written().len(), BUILT_IN_FILES.len());
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
