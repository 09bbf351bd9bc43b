//! The five built-in profiles: the files in `policies/`, embedded minified
//! by `build.rs`, parsed and validated once, on first use.

use std::sync::OnceLock;

use crate::contract::profile::Policy;

include!(concat!(env!("OUT_DIR"), "/built_in_policies.rs"));

/// The five built-in profiles, parsed and checked once.
pub fn built_ins() -> &'static [Policy] {
    static POLICIES: OnceLock<Vec<Policy>> = OnceLock::new();
    POLICIES.get_or_init(|| {
        BUILT_IN_FILES
            .iter()
            // A built-in that does not parse is caught by the test
            // `every_built_in_profile_parses_and_validates`; skipping it
            // here keeps a broken file from panicking inside wasm.
            .filter_map(|(_, text)| crate::contract::parse::<Policy>(text).ok())
            .collect()
    })
}

/// The built-in profile with this id.
pub fn built_in(id: &str) -> Option<&'static Policy> {
    built_ins().iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::Lang;

    #[test]
    fn every_built_in_profile_parses_and_validates() {
        for (name, text) in BUILT_IN_FILES {
            let policy: Policy = crate::contract::parse(text).expect("built-in profile parses");
            assert_eq!(policy.id, name, "the file is named after its id");
            policy
                .validate(Lang::En)
                .expect("built-in profile validates");
        }
        assert_eq!(built_ins().len(), BUILT_IN_FILES.len());
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
