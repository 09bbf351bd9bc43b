//! `policies`: the built-in profiles, resolved or as written, every one
//! or those asked for.

use super::{built_in, built_ins, ids, load, summaries, written, MAX_LIST};
use crate::contract::profile::{Policy, PolicySummary};
use crate::contract::request_checks::limit;
use crate::contract::{ContractError, PoliciesRequest, PolicyView};

/// Every built-in profile, resolved: in the schema the rules read and a
/// custom profile may copy, each source naming the layer that wrote it.
pub fn policies() -> Vec<&'static Policy> {
    built_ins()
}

/// Every built-in profile as written, in the shape of a
/// [`crate::contract::profile::Profile`]: a layer lists only its overrides.
pub fn written_policies() -> Vec<&'static serde_json::Value> {
    written()
}

/// The built-ins in the view a `policies` request asks for.
#[derive(serde::Serialize)]
#[serde(untagged)]
pub enum PolicyList {
    Resolved(Vec<&'static Policy>),
    /// The files' JSON as written (see [`crate::contract::profile::Profile`] for its shape).
    Written(Vec<&'static serde_json::Value>),
    Summary(Vec<PolicySummary>),
}

/// `policies`: the built-ins resolved (the default), as written or in a
/// line each, every one or those `ids` names, in the engine's order.
///
/// # Errors
/// `UNKNOWN_POLICY` at `ids[i]` for an id that is not built in;
/// `LIMIT_EXCEEDED` for more than [`MAX_LIST`] ids.
pub fn list_policies(req: &PoliciesRequest) -> Result<PolicyList, ContractError> {
    let mut wanted: Option<Vec<&str>> = None;
    if let Some(ids) = &req.ids {
        limit(ids.len(), MAX_LIST, "ids", req.lang)?;
        let mut found = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            let policy =
                built_in(id).ok_or_else(|| load::unknown(id, &format!("ids[{i}]"), req.lang))?;
            found.push(policy.id.as_str());
        }
        wanted = Some(found);
    }
    let asked = |id: &str| wanted.as_ref().is_none_or(|w| w.contains(&id));
    Ok(match req.view {
        PolicyView::Resolved => PolicyList::Resolved(match &wanted {
            None => built_ins(),
            Some(_) => ids().filter(|&id| asked(id)).filter_map(built_in).collect(),
        }),
        PolicyView::Summary => {
            PolicyList::Summary(summaries().into_iter().filter(|p| asked(&p.id)).collect())
        }
        PolicyView::Written => PolicyList::Written(
            written()
                .into_iter()
                .filter(|json| json.get("id").and_then(|id| id.as_str()).is_some_and(asked))
                .collect(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::codes::ErrorCode;

    fn ask(ids: &[&str], view: PolicyView) -> Result<serde_json::Value, ContractError> {
        let req = PoliciesRequest {
            ids: Some(ids.iter().map(|id| (*id).to_owned()).collect()),
            view,
            ..PoliciesRequest::default()
        };
        Ok(serde_json::to_value(list_policies(&req)?).expect("serializes"))
    }

    fn every(view: PolicyView) -> Vec<serde_json::Value> {
        let req = PoliciesRequest {
            view,
            ..PoliciesRequest::default()
        };
        let all = serde_json::to_value(list_policies(&req).expect("answers")).expect("serializes");
        all.as_array().expect("a list").clone()
    }

    /// Three built-ins from across the list: the first, the last and one between.
    fn three() -> Vec<&'static str> {
        let all: Vec<&str> = ids().collect();
        vec![all[all.len() - 1], all[all.len() / 2], all[0]]
    }

    #[test]
    fn asking_for_some_ids_answers_those_profiles_as_the_whole_list_does_in_its_order() {
        for view in [
            PolicyView::Resolved,
            PolicyView::Written,
            PolicyView::Summary,
        ] {
            let all = every(view);
            let id = |p: &serde_json::Value| p["id"].as_str().expect("an id").to_owned();
            let asked = three();
            let expected: Vec<_> = all
                .iter()
                .filter(|p| asked.contains(&id(p).as_str()))
                .cloned()
                .collect();
            assert_eq!(expected.len(), 3);
            assert_eq!(
                ask(&asked, view).expect("answers"),
                serde_json::Value::Array(expected)
            );
        }
    }

    #[test]
    fn the_summary_names_each_profile_as_resolving_it_does() {
        let resolved = every(PolicyView::Resolved);
        let summary = every(PolicyView::Summary);
        assert_eq!(summary.len(), resolved.len());
        for (line, whole) in summary.iter().zip(&resolved) {
            let picked: serde_json::Map<String, serde_json::Value> =
                ["id", "extend", "name", "region"]
                    .into_iter()
                    .filter_map(|key| Some((key.to_owned(), whole.get(key)?.clone())))
                    .collect();
            assert_eq!(line, &serde_json::Value::Object(picked), "{}", whole["id"]);
        }
    }

    #[test]
    fn an_old_id_in_ids_answers_the_profile_it_stands_for() {
        let (old, new) = crate::policy::ALIASES[0];
        let answer = ask(&[old], PolicyView::Resolved).expect("answers");
        assert_eq!(answer[0]["id"], new);
        assert_eq!(answer.as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn an_id_not_built_in_is_refused_at_its_place_in_ids() {
        let first = three()[2];
        let e = ask(&[first, "atlantis"], PolicyView::Written).expect_err("refused");
        assert_eq!(e.code, ErrorCode::UnknownPolicy);
        assert_eq!(e.path.as_deref(), Some("ids[1]"));
        assert!(
            e.message.contains("atlantis") && e.message.contains(first),
            "{}",
            e.message
        );
    }

    #[test]
    fn no_ids_asked_answers_none() {
        assert_eq!(
            ask(&[], PolicyView::Resolved).expect("answers"),
            serde_json::json!([])
        );
    }
}
