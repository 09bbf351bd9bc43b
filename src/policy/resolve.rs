//! Layered profiles: a [`Profile`] that `extend`s another is resolved into
//! a whole [`Policy`] once, before any rule reads it. Each version of the
//! child starts from the rules of the parent's version in force; one that
//! spans several of the parent's versions becomes one version per parent
//! version whose rules still differ (split on the parent's dates, the same
//! overrides on each, the later pieces keeping the parent's `since`). The
//! rules the child writes replace the parent's whole (value, source and
//! note), and every source is stamped with the id of the layer that wrote
//! it, so a finding citing it says which layer decided. The merged profile
//! is then read by the same derive as a whole one, and validated
//! (`validate.rs`) as resolved.
//!
//! The merge works on the JSON each profile was read from (kept beside it),
//! never by writing typed profiles back to JSON: that serializer would
//! cost the phone's download 18 KB.

use serde_json::{Map, Value};

use crate::contract::codes::ErrorCode;
use crate::contract::date::Date;
use crate::contract::error::{clip, ContractError};
use crate::contract::finding::Lang;
use crate::contract::from_value_at;
use crate::contract::profile::{Policy, Profile, VersionLayer};

/// A written profile, the JSON it was read from, and the path its errors
/// are reported under (`policy`, `policy[1]`, or a built-in's file).
pub struct Layer<'a> {
    pub profile: Profile,
    pub json: &'a Value,
    pub at: String,
}

impl<'a> Layer<'a> {
    /// Reads a written profile from its JSON.
    ///
    /// # Errors
    /// A parse error of the profile's shape, with its path under `at`.
    pub fn read(json: &'a Value, at: String, lang: Lang) -> Result<Layer<'a>, ContractError> {
        Ok(Layer {
            profile: from_value_at(json, &at, lang)?,
            json,
            at,
        })
    }
}

/// A resolved profile and its JSON, the base a layer on it starts from.
pub type Resolved = (Policy, Value);

/// Resolves `layers[target]`: its `extend` is looked up first among
/// `layers` (profiles given together), then by `parent` (the built-ins).
///
/// # Errors
/// `EXTEND_UNKNOWN` for a parent found nowhere, `EXTEND_CYCLE` for an
/// `extend` leading back into the chain, `INVALID_POLICY` for a version
/// its parent does not cover or a document listed twice, and any parse
/// error of the merged profile, each with the path of the written field.
pub fn resolve(
    layers: &[Layer],
    target: usize,
    parent: &dyn Fn(&str) -> Option<(&'static Policy, &'static Value)>,
    lang: Lang,
) -> Result<Resolved, ContractError> {
    let mut chain = vec![target];
    let mut base: Option<(&Policy, &Value)> = None;
    loop {
        let last = &layers[chain[chain.len() - 1]];
        let Some(id) = last.profile.extend.as_deref() else {
            break;
        };
        let path = format!("{}.extend", last.at);
        if chain.iter().any(|&j| layers[j].profile.id == id) {
            return Err(ContractError::new(
                ErrorCode::ExtendCycle,
                Some(path),
                say!(lang, "extend \"{}\" 又回到了本身：政策不能直接或间接继承自己", clip(id);
                    "extend \"{}\" leads back to itself: a profile cannot extend itself, directly or through others", clip(id)),
            ));
        }
        if let Some(j) = layers.iter().position(|l| l.profile.id == id) {
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
    let mut resolved: Option<Resolved> = None;
    for &j in chain.iter().rev() {
        let under = resolved.as_ref().map(|(p, v)| (p, v)).or(base);
        resolved = Some(apply(under, &layers[j], lang)?);
    }
    // The chain holds at least the target, so something was applied.
    resolved.ok_or_else(|| ContractError::new(ErrorCode::Internal, None, String::new()))
}

/// One layer on top of its resolved parent (or on nothing, for a root).
fn apply(
    parent: Option<(&Policy, &Value)>,
    layer: &Layer,
    lang: Lang,
) -> Result<Resolved, ContractError> {
    let mut out = inherited(parent, layer);
    out.insert("documents".into(), documents(parent, layer, lang)?.into());
    let mut pieces = Pieces::default();
    for (i, v) in layer.profile.versions.iter().enumerate() {
        let own = Own::of(layer, i, v);
        match parent {
            None => pieces.push(i, piece(v.valid_from, v.valid_until, own.since, own.rules)),
            Some(parent) => pieces.over(
                parent,
                &format!("{}.versions[{i}]", layer.at),
                i,
                v,
                &own,
                lang,
            )?,
        }
    }
    let origin = pieces.origin;
    out.insert("versions".into(), pieces.versions.into());
    let merged = Value::Object(out);
    let policy = read_merged(&merged, &layer.at, &origin, lang)?;
    Ok((policy, merged))
}

/// `INVALID_POLICY` at `path`.
fn invalid(path: String, zh: String, en: String, lang: Lang) -> ContractError {
    ContractError::new(ErrorCode::InvalidPolicy, Some(path), lang.pick(zh, en))
}

/// The top-level fields a layer writes or inherits (its name, its region,
/// and any a later version of the schema adds), with its id and `extend`.
fn inherited(parent: Option<(&Policy, &Value)>, layer: &Layer) -> Map<String, Value> {
    let own = |key: &String| !matches!(key.as_str(), "id" | "extend" | "documents" | "versions");
    let mut out = Map::new();
    for json in [parent.map(|(_, v)| v), Some(layer.json)]
        .into_iter()
        .flatten()
    {
        if let Some(fields) = json.as_object() {
            for (key, value) in fields.iter().filter(|(key, _)| own(key)) {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    // A review date the layer writes is its own; else its parent's stays.
    if layer.json.get("reviewedThrough").is_some() {
        if let Some(review) = out.get_mut("reviewedThrough") {
            stamp(review, &layer.profile.id);
        }
    }
    out.insert("id".into(), layer.profile.id.as_str().into());
    if let Some(extend) = &layer.profile.extend {
        out.insert("extend".into(), extend.as_str().into());
    }
    out
}

/// The layer's own documents, then its parent's.
///
/// # Errors
/// `INVALID_POLICY` for a document the parent lists already.
fn documents(
    parent: Option<(&Policy, &Value)>,
    layer: &Layer,
    lang: Lang,
) -> Result<Vec<Value>, ContractError> {
    let mut documents = items(layer.json.get("documents")).to_vec();
    if let Some((p, pv)) = parent {
        for (i, d) in layer.profile.documents.iter().enumerate() {
            if p.documents.iter().any(|pd| pd.id == d.id) {
                return Err(invalid(
                    format!("{}.documents[{i}].id", layer.at),
                    format!("文件 id \"{}\" 已由上层政策列出，请直接引用", clip(&d.id)),
                    format!(
                        "document id \"{}\" is listed by a parent already: cite it as is",
                        clip(&d.id)
                    ),
                    lang,
                ));
            }
        }
        documents.extend_from_slice(items(pv.get("documents")));
    }
    Ok(documents)
}

/// What a written version says itself, stamped with its layer's id.
struct Own {
    rules: Map<String, Value>,
    since: Option<Value>,
}

impl Own {
    fn of(layer: &Layer, i: usize, v: &VersionLayer) -> Own {
        let id = layer.profile.id.as_str();
        let mut rules = v.rules.clone();
        for rule in rules.values_mut() {
            stamp(rule, id);
        }
        let since = items(layer.json.get("versions"))
            .get(i)
            .and_then(|jv| jv.get("since"))
            .map(|s| {
                let mut s = s.clone();
                stamp(&mut s, id);
                s
            });
        Own { rules, since }
    }
}

/// The resolved versions of a layer, and for each the written version it
/// comes from (for error paths).
#[derive(Default)]
struct Pieces {
    versions: Vec<Value>,
    origin: Vec<usize>,
}

impl Pieces {
    fn push(&mut self, i: usize, version: Value) {
        self.versions.push(version);
        self.origin.push(i);
    }

    /// The written version `i` on top of its parent: one piece per parent
    /// version it spans, the same overrides on each; where the parent's
    /// change does not reach through the overrides, the earlier piece is
    /// extended instead.
    ///
    /// # Errors
    /// `INVALID_POLICY` for a day of the version no parent version covers.
    fn over(
        &mut self,
        (p, pv): (&Policy, &Value),
        here: &str,
        i: usize,
        v: &VersionLayer,
        own: &Own,
        lang: Lang,
    ) -> Result<(), ContractError> {
        let parent_versions = items(pv.get("versions"));
        let mut day = v.valid_from;
        loop {
            let Some(k) = p
                .versions
                .iter()
                .position(|pv| pv.valid_from <= day && pv.valid_until.is_none_or(|e| day <= e))
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
                    lang,
                ));
            };
            let under = parent_versions.get(k);
            let end = match (p.versions[k].valid_until, v.valid_until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let mut rules = match under.and_then(|u| u.get("rules")) {
                Some(Value::Object(rules)) => rules.clone(),
                _ => Map::new(),
            };
            rules.extend(own.rules.clone());
            let since = own
                .since
                .clone()
                .filter(|_| day == v.valid_from)
                .or_else(|| under.and_then(|u| u.get("since")).cloned());
            let last = self
                .versions
                .last_mut()
                .filter(|_| self.origin.last() == Some(&i));
            match last.and_then(Value::as_object_mut) {
                Some(prev) if prev.get("rules") == Some(&Value::Object(rules.clone())) => {
                    match end {
                        Some(end) => prev.insert("validUntil".into(), end.to_string().into()),
                        None => prev.remove("validUntil"),
                    };
                }
                _ => self.push(i, piece(day, end, since, rules)),
            }
            match (end, v.valid_until) {
                (Some(e), until) if until.is_none_or(|u| e < u) => {
                    let Some(next) = e.next() else { break };
                    day = next;
                }
                _ => break,
            }
        }
        Ok(())
    }
}

/// Reads the merged profile, an error in `versions[k]` reported at the
/// written version it comes from (`origin[k]`).
///
/// # Errors
/// Any parse error of the merged profile.
fn read_merged(
    merged: &Value,
    at: &str,
    origin: &[usize],
    lang: Lang,
) -> Result<Policy, ContractError> {
    from_value_at(merged, at, lang).map_err(|mut e| {
        let versions_at = format!("{at}.versions[");
        if let Some(path) = &e.path {
            if let Some((k, tail)) = path
                .strip_prefix(&versions_at)
                .and_then(|rest| rest.split_once(']'))
            {
                if let Some(i) = k.parse::<usize>().ok().and_then(|k| origin.get(k)) {
                    let written_path = format!("{versions_at}{i}]{tail}");
                    e.message = e.message.replace(path.as_str(), &written_path);
                    e.path = Some(written_path);
                }
            }
        }
        e
    })
}

/// The items of a JSON list, or none.
fn items(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
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
