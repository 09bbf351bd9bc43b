//! Layered profiles: a [`Profile`] that `extend`s another is resolved into
//! a whole [`Policy`] once, before any rule reads it. Each version of the
//! child starts from the rules of the parent's version in force; one that
//! spans several of the parent's versions becomes one version per parent
//! version whose rules still differ (split on the parent's dates, the same
//! overrides on each, the later pieces keeping the parent's `since`). The rules the child writes replace the parent's whole
//! (value, source and note), and every source is stamped with the id of
//! the layer that wrote it, so a finding citing it says which layer
//! decided. The merged profile is then read by the same derive as a
//! whole one, and validated (`validate.rs`) as resolved.

use serde_json::{Map, Value};

use crate::contract::codes::ErrorCode;
use crate::contract::date::Date;
use crate::contract::error::{clip, describe, dotted, ContractError};
use crate::contract::finding::Lang;
use crate::contract::profile::{Policy, Profile};

/// A written profile and the path its errors are reported under
/// (`policy`, `policy[1]`, or a built-in's file).
pub type Layer<'a> = (&'a Profile, String);

/// Resolves `layers[target]`: its `extend` is looked up first among
/// `layers` (profiles given together), then by `parent` (the built-ins).
///
/// # Errors
/// `EXTEND_UNKNOWN` for a parent found nowhere, `EXTEND_CYCLE` for an
/// `extend` leading back into the chain, `INVALID_POLICY` for a version
/// outside its parent's versions, and any parse error of the merged rules,
/// each with the path of the written field.
pub fn resolve(
    layers: &[Layer],
    target: usize,
    parent: &dyn Fn(&str) -> Option<&'static Policy>,
    lang: Lang,
) -> Result<Policy, ContractError> {
    let mut chain = vec![target];
    let mut base: Option<&Policy> = None;
    while let Some(id) = layers[chain[chain.len() - 1]].0.extend.as_deref() {
        let (_, at) = &layers[chain[chain.len() - 1]];
        let path = format!("{at}.extend");
        if chain.iter().any(|&j| layers[j].0.id == id) {
            return Err(ContractError::new(
                ErrorCode::ExtendCycle,
                Some(path),
                say!(lang, "extend \"{}\" 又回到了本身：政策不能直接或间接继承自己", clip(id);
                    "extend \"{}\" leads back to itself: a profile cannot extend itself, directly or through others", clip(id)),
            ));
        }
        if let Some(j) = layers.iter().position(|(p, _)| p.id == id) {
            chain.push(j);
        } else if let Some(built_in) = parent(id) {
            base = Some(built_in);
            break;
        } else {
            return Err(ContractError::new(
                ErrorCode::ExtendUnknown,
                Some(path),
                say!(lang, "extend 指向的政策 \"{}\" 既不是内置政策，也不在同一请求中", clip(id);
                    "extend names \"{}\", neither a built-in policy nor a profile given in the same request", clip(id)),
            ));
        }
    }
    let mut resolved = base.cloned();
    for &j in chain.iter().rev() {
        let (profile, at) = &layers[j];
        resolved = Some(apply(resolved.as_ref(), profile, at, lang)?);
    }
    // The chain holds at least the target, so something was applied.
    resolved.ok_or_else(|| ContractError::new(ErrorCode::Internal, None, String::new()))
}

/// One layer on top of its resolved parent (or on nothing, for a root).
fn apply(
    parent: Option<&Policy>,
    layer: &Profile,
    at: &str,
    lang: Lang,
) -> Result<Policy, ContractError> {
    let invalid = |path: String, zh: String, en: String| {
        ContractError::new(ErrorCode::InvalidPolicy, Some(path), lang.pick(zh, en))
    };
    let id: &str = &layer.id;
    let mut out = Map::new();
    out.insert("id".into(), id.into());
    if let Some(extend) = &layer.extend {
        out.insert("extend".into(), extend.as_str().into());
    }
    let inherited = |field: &str| -> Option<Value> {
        parent
            .and_then(|p| serde_json::to_value(p).ok())
            .and_then(|mut v| v.get_mut(field).map(Value::take))
    };
    let own = |value: Option<Value>, field: &str| value.or_else(|| inherited(field));
    if let Some(name) = own(layer.name.as_ref().and_then(to_value), "name") {
        out.insert("name".into(), name);
    }
    if let Some(region) = own(layer.region.as_ref().and_then(to_value), "region") {
        out.insert("region".into(), region);
    }
    let mut documents: Vec<Value> = layer.documents.iter().filter_map(to_value).collect();
    if let Some(p) = parent {
        for (i, d) in layer.documents.iter().enumerate() {
            if p.documents.iter().any(|pd| pd.id == d.id) {
                return Err(invalid(
                    format!("{at}.documents[{i}].id"),
                    format!("文件 id \"{}\" 已由上层政策列出，请直接引用", clip(&d.id)),
                    format!(
                        "document id \"{}\" is listed by a parent already: cite it as is",
                        clip(&d.id)
                    ),
                ));
            }
        }
        documents.extend(p.documents.iter().filter_map(to_value));
    }
    out.insert("documents".into(), documents.into());
    let mut versions = Vec::with_capacity(layer.versions.len());
    // The written version each resolved one comes from, for error paths.
    let mut origin = Vec::with_capacity(layer.versions.len());
    for (i, v) in layer.versions.iter().enumerate() {
        let here = format!("{at}.versions[{i}]");
        let mut own_rules = v.rules.clone();
        for rule in own_rules.values_mut() {
            stamp(rule, id);
        }
        let own_since = v.since.as_ref().and_then(to_value).map(|mut s| {
            stamp(&mut s, id);
            s
        });
        let Some(p) = parent else {
            versions.push(piece(v.valid_from, v.valid_until, own_since, own_rules));
            origin.push(i);
            continue;
        };
        // A version spanning several of the parent's is resolved into one
        // piece per parent version, the same overrides on each.
        let mut day = v.valid_from;
        loop {
            let Some(under) = p
                .versions
                .iter()
                .find(|pv| pv.valid_from <= day && pv.valid_until.is_none_or(|e| day <= e))
            else {
                let field = if day == v.valid_from {
                    "validFrom"
                } else {
                    "validUntil"
                };
                return Err(invalid(
                    format!("{here}.{field}"),
                    format!("上层政策 {} 在 {} 没有生效的版本", p.id, day),
                    format!("the parent {} has no version in force on {}", p.id, day),
                ));
            };
            let end = match (under.valid_until, v.valid_until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let mut rules = match to_value(&under.rules) {
                Some(Value::Object(rules)) => rules,
                _ => Map::new(),
            };
            rules.extend(own_rules.clone());
            let since = own_since
                .clone()
                .filter(|_| day == v.valid_from)
                .or_else(|| to_value(&under.since));
            // Where the parent's change does not reach through the child's
            // overrides, the pieces are one version: the earlier is extended.
            let last = versions.last_mut().filter(|_| origin.last() == Some(&i));
            match last.and_then(Value::as_object_mut) {
                Some(prev) if prev.get("rules") == Some(&Value::Object(rules.clone())) => {
                    match end {
                        Some(end) => prev.insert("validUntil".into(), end.to_string().into()),
                        None => prev.remove("validUntil"),
                    };
                }
                _ => {
                    versions.push(piece(day, end, since, rules));
                    origin.push(i);
                }
            }
            match (end, v.valid_until) {
                (Some(e), until) if until.is_none_or(|u| e < u) => {
                    let Some(next) = e.next() else { break };
                    day = next;
                }
                _ => break,
            }
        }
    }
    out.insert("versions".into(), versions.into());
    let merged = Value::Object(out);
    serde_path_to_error::deserialize(&merged).map_err(|e| {
        let mut inner = dotted(e.path());
        // `versions[k]` of the resolved profile is written as `versions[i]`.
        if let Some(rest) = inner.strip_prefix("versions[") {
            if let Some((k, tail)) = rest.split_once(']') {
                if let Some(i) = k.parse::<usize>().ok().and_then(|k| origin.get(k)) {
                    inner = format!("versions[{i}]{tail}");
                }
            }
        }
        let path = if inner.is_empty() {
            at.to_owned()
        } else {
            format!("{at}.{inner}")
        };
        describe(&e.inner().to_string(), &path, lang)
    })
}

/// One resolved version.
fn piece(
    from: Date,
    until: Option<Date>,
    since: Option<Value>,
    rules: Map<String, Value>,
) -> Value {
    let mut version = Map::new();
    version.insert("validFrom".into(), from.to_string().into());
    if let Some(until) = until {
        version.insert("validUntil".into(), until.to_string().into());
    }
    if let Some(since) = since {
        version.insert("since".into(), since);
    }
    version.insert("rules".into(), rules.into());
    Value::Object(version)
}

fn to_value<T: serde::Serialize>(value: &T) -> Option<Value> {
    serde_json::to_value(value).ok()
}

/// Marks a written rule (and the uses listed in it) as this layer's.
fn stamp(rule: &mut Value, layer: &str) {
    if let Some(Value::Object(source)) = rule.get_mut("source") {
        source.insert("layer".into(), layer.into());
    }
    if let Some(Value::Array(items)) = rule.get_mut("value") {
        for item in items {
            if let Some(Value::Object(source)) = item.get_mut("source") {
                source.insert("layer".into(), layer.into());
            }
        }
    }
}
