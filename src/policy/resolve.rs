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
//! Two exceptions to "the layer's rule wins" (DESIGN.md, "Which text wins
//! on a day?"): a parent version's `reaches` puts its rule over a rule the
//! layer wrote in an older text, from the reach's `from` (the version is
//! split on that day too); and a layer version that writes every rule
//! stands alone on days its parent does not cover (Ruian's 2017 text,
//! before the national frame).
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
use crate::contract::profile::{Policy, Profile, Reach, ReachHow, Rules, VersionLayer};

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
pub fn resolve<'p>(
    layers: &[Layer],
    target: usize,
    parent: &dyn Fn(&str) -> Option<(&'p Policy, &'p Value)>,
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
            None => pieces.push(
                i,
                piece(
                    v.valid_from,
                    v.valid_until,
                    own.since,
                    own.rules,
                    own.reaches.as_ref(),
                ),
            ),
            Some(parent) => pieces.over(
                parent,
                (&format!("{}.versions[{i}]", layer.at), &layer.profile.id),
                i,
                v,
                &own,
                lang,
            )?,
        }
    }
    reaches_checked(layer, &pieces, lang)?;
    let origin = pieces.origin;
    out.insert("versions".into(), pieces.versions.into());
    let merged = Value::Object(out);
    let policy = read_merged(&merged, &layer.at, &origin, lang)?;
    Ok((policy, merged))
}

/// Checks the reaches each written version declares: a declared rule the
/// version has, a day not before the version starts, `add` only on a list
/// of names (relations, schemes, modes).
///
/// # Errors
/// `INVALID_POLICY` at the faulty field of the first faulty reach.
fn reaches_checked(layer: &Layer, pieces: &Pieces, lang: Lang) -> Result<(), ContractError> {
    for (i, v) in layer.profile.versions.iter().enumerate() {
        for (j, reach) in v.reaches.iter().enumerate() {
            let at = format!("{}.versions[{i}].reaches[{j}]", layer.at);
            let values: Vec<Option<&Value>> = pieces
                .versions
                .iter()
                .zip(&pieces.origin)
                .filter(|(_, &o)| o == i)
                .map(|(piece, _)| piece.get("rules").and_then(|r| r.get(&reach.rule)))
                .collect();
            let declared = Rules::DECLARED.iter().any(|d| d.key == reach.rule);
            if !declared || values.iter().any(Option::is_none) {
                return Err(invalid(
                    format!("{at}.rule"),
                    format!(
                        "reaches 中的规则 \"{}\" 不是本版本具有的规则",
                        clip(&reach.rule)
                    ),
                    format!(
                        "reaches names \"{}\", not a rule this version has",
                        clip(&reach.rule)
                    ),
                    lang,
                ));
            }
            if reach.from < v.valid_from {
                return Err(invalid(
                    format!("{at}.from"),
                    format!(
                        "reaches 的 from（{}）早于本版本的 validFrom（{}）",
                        reach.from, v.valid_from
                    ),
                    format!(
                        "reaches from ({}) is before the version's validFrom ({})",
                        reach.from, v.valid_from
                    ),
                    lang,
                ));
            }
            let names = |rule: &Value| {
                rule.get("value")
                    .and_then(Value::as_array)
                    .is_some_and(|list| list.iter().all(Value::is_string))
            };
            if reach.how == ReachHow::Add && !values.iter().flatten().all(|rule| names(rule)) {
                return Err(invalid(
                    format!("{at}.how"),
                    format!(
                        "规则 {} 不是名单，不能用 \"add\" 合并，请用 \"replace\"",
                        reach.rule
                    ),
                    format!(
                        "{} is not a list of names: \"add\" cannot unite it; use \"replace\"",
                        reach.rule
                    ),
                    lang,
                ));
            }
        }
    }
    Ok(())
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

/// The layer's own documents, then its parent's. A document the parent
/// lists word for word is listed once (a resolved profile copied as a
/// custom layer lists its parent's documents too).
///
/// # Errors
/// `INVALID_POLICY` for a document the parent lists otherwise.
fn documents(
    parent: Option<(&Policy, &Value)>,
    layer: &Layer,
    lang: Lang,
) -> Result<Vec<Value>, ContractError> {
    let written = items(layer.json.get("documents"));
    let Some((p, pv)) = parent else {
        return Ok(written.to_vec());
    };
    let theirs = items(pv.get("documents"));
    let mut documents = Vec::new();
    for (i, (d, json)) in layer.profile.documents.iter().zip(written).enumerate() {
        if theirs.contains(json) {
            continue;
        }
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
        documents.push(json.clone());
    }
    documents.extend_from_slice(theirs);
    Ok(documents)
}

/// What a written version says itself, stamped with its layer's id.
struct Own {
    rules: Map<String, Value>,
    since: Option<Value>,
    /// The reaches it declares, as written.
    reaches: Option<Value>,
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
        let mut reaches = items(layer.json.get("versions"))
            .get(i)
            .and_then(|jv| jv.get("reaches"))
            .cloned();
        for reach in reaches.iter_mut().flat_map(|r| r.as_array_mut()).flatten() {
            if let Value::Object(reach) = reach {
                reach.insert("declared".into(), v.valid_from.to_string().into());
            }
        }
        Own {
            rules,
            since,
            reaches,
        }
    }

    /// It writes every rule, so it can stand where its parent has no
    /// version in force. Asked only there: it reads the rules once more.
    fn complete(&self) -> bool {
        // Read as every profile is (serde_path_to_error over `&Value`): a
        // second reader (serde_json's owned `Value`) would double the
        // Rules deserializer in the wasm.
        from_value_at::<Rules>(&Value::Object(self.rules.clone()), "", Lang::Zh).is_ok()
    }
}

/// The resolved versions of a layer, and for each the written version it
/// comes from (for error paths).
#[derive(Default)]
struct Pieces {
    versions: Vec<Value>,
    origin: Vec<usize>,
}

/// One stretch of days of a written version over its parent: its last
/// day, the parent's version in force (none where the version stands
/// alone), and the reaches in force on it, one per rule.
struct Stretch<'p> {
    until: Option<Date>,
    under: Option<&'p Value>,
    reached: Vec<&'p Reach>,
}

impl Pieces {
    fn push(&mut self, i: usize, version: Value) {
        self.versions.push(version);
        self.origin.push(i);
    }

    /// Adds the piece of written version `i` from `from`, or extends the
    /// previous piece of the same version when the rules are the same.
    fn add(
        &mut self,
        i: usize,
        from: Date,
        until: Option<Date>,
        since: Option<Value>,
        rules: Map<String, Value>,
        reaches: Option<&Value>,
    ) {
        let last = self
            .versions
            .last_mut()
            .filter(|_| self.origin.last() == Some(&i));
        match last.and_then(Value::as_object_mut) {
            Some(prev) if prev.get("rules").and_then(Value::as_object) == Some(&rules) => {
                match until {
                    Some(end) => prev.insert("validUntil".into(), end.to_string().into()),
                    None => prev.remove("validUntil"),
                };
            }
            _ => self.push(i, piece(from, until, since, rules, reaches)),
        }
    }

    /// The written version `i` on top of its parent: one piece per parent
    /// version it spans and per day a parent's reach takes effect, the same
    /// overrides on each (those reached giving way); where nothing changes
    /// through the overrides, the earlier piece is extended instead. Days
    /// no parent version covers are the version's own, if it writes every
    /// rule.
    ///
    /// # Errors
    /// `INVALID_POLICY` for a day of the version no parent version covers
    /// while the version does not write every rule.
    fn over(
        &mut self,
        (p, pv): (&Policy, &Value),
        (here, layer): (&str, &str),
        i: usize,
        v: &VersionLayer,
        own: &Own,
        lang: Lang,
    ) -> Result<(), ContractError> {
        let parent_versions = items(pv.get("versions"));
        let mut day = v.valid_from;
        loop {
            let stretch = stretch(p, parent_versions, v, own, day);
            let first = day == v.valid_from;
            let (since, rules) = match stretch.under {
                None if !own.complete() => {
                    let field = if first { "validFrom" } else { "validUntil" };
                    return Err(invalid(
                        format!("{here}.{field}"),
                        format!("上层政策 {} 在 {} 没有生效的版本，而本版本没有写出全部规则", p.id, day),
                        format!("the parent {} has no version in force on {}, and this version does not write every rule itself", p.id, day),
                        lang,
                    ));
                }
                None => (own.since.clone(), own.rules.clone()),
                Some(under) => on_parent(p, under, &stretch.reached, own, layer, first, day),
            };
            self.add(i, day, stretch.until, since, rules, own.reaches.as_ref());
            match stretch.until.and_then(Date::next) {
                Some(next) if v.valid_until.is_none_or(|u| next <= u) => day = next,
                _ => break,
            }
        }
        Ok(())
    }
}

/// The `since` and rules of a stretch starting on `day` over the parent's
/// version `under`: the parent's rules, the layer's over them, the reached
/// ones over those. `since` is the layer's on its first day, the reach's
/// on the day one takes effect, else the parent's.
fn on_parent(
    p: &Policy,
    under: &Value,
    reached: &[&Reach],
    own: &Own,
    layer: &str,
    first: bool,
    day: Date,
) -> (Option<Value>, Map<String, Value>) {
    let mut rules = match under.get("rules") {
        Some(Value::Object(rules)) => rules.clone(),
        _ => Map::new(),
    };
    rules.extend(own.rules.clone());
    for reach in reached {
        reached_rule(&mut rules, under, reach, &p.id, own, layer);
    }
    let since = own
        .since
        .clone()
        .filter(|_| first)
        .or_else(|| {
            reached
                .iter()
                .find(|r| r.from == day)
                .map(|r| reach_since(p, r))
        })
        .or_else(|| under.get("since").cloned());
    (since, rules)
}

/// The stretch of days of written version `v` from `day`: to the end of
/// the parent's version in force (or to the start of the next, where none
/// is), of `v`, or to the eve of the next reach taking effect.
fn stretch<'p>(
    p: &'p Policy,
    parent_versions: &'p [Value],
    v: &VersionLayer,
    own: &Own,
    day: Date,
) -> Stretch<'p> {
    let earliest = |a: Option<Date>, b: Option<Date>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let in_force = p
        .versions
        .iter()
        .position(|pv| pv.valid_from <= day && pv.valid_until.is_none_or(|e| day <= e));
    let Some(k) = in_force else {
        let next_parent = p
            .versions
            .iter()
            .map(|pv| pv.valid_from)
            .filter(|&from| from > day)
            .min()
            .and_then(Date::prev);
        return Stretch {
            until: earliest(next_parent, v.valid_until),
            under: None,
            reached: Vec::new(),
        };
    };
    let binding = reaches_on(p, parent_versions, k, v.valid_from, own);
    let next_reach = binding
        .iter()
        .map(|r| r.from)
        .filter(|&from| from > day)
        .min()
        .and_then(Date::prev);
    let until = earliest(
        earliest(p.versions[k].valid_until, v.valid_until),
        next_reach,
    );
    let mut reached: Vec<&Reach> = Vec::new();
    for reach in binding.into_iter().filter(|r| r.from <= day) {
        if !reached.iter().any(|r| r.rule == reach.rule) {
            reached.push(reach);
        }
    }
    Stretch {
        until,
        under: parent_versions.get(k),
        reached,
    }
}

/// The reaches of the parent's version `k` that bind a layer version
/// written on `written` with the rules of `own`: those of `k` or of an
/// earlier version whose value of the rule is still the one in force,
/// declared by a written version that starts after the layer's text, for
/// a rule the layer writes. Earliest declaring version first.
fn reaches_on<'p>(
    p: &'p Policy,
    parent_versions: &[Value],
    k: usize,
    written: Date,
    own: &Own,
) -> Vec<&'p Reach> {
    let value = |j: usize, rule: &str| {
        parent_versions
            .get(j)
            .and_then(|v| v.get("rules"))
            .and_then(|r| r.get(rule))
            .and_then(|r| r.get("value"))
    };
    let mut found = Vec::new();
    for j in (0..=k).rev() {
        for reach in p.versions[j].reaches.iter().rev() {
            let carried = value(k, &reach.rule).is_some()
                && (j..=k).all(|m| value(m, &reach.rule) == value(k, &reach.rule));
            let newer = reach.declared.unwrap_or(p.versions[j].valid_from) > written;
            if carried && newer && own.rules.contains_key(&reach.rule) {
                found.push(reach);
            }
        }
    }
    found.reverse();
    found
}

/// Writes the parent's reached rule over the layer's: its value (or, for
/// `add`, the union of the layer's list and the parent's), the reach's
/// source stamped with the parent's id, and a note saying why.
fn reached_rule(
    rules: &mut Map<String, Value>,
    under: &Value,
    reach: &Reach,
    parent: &str,
    own: &Own,
    layer: &str,
) {
    let theirs = under
        .get("rules")
        .and_then(|r| r.get(&reach.rule))
        .and_then(|r| r.get("value"))
        .cloned()
        .unwrap_or(Value::Null);
    let mine = own.rules.get(&reach.rule);
    let cited = mine
        .and_then(|r| r.get("source"))
        .map(|s| {
            let text = |key: &str| {
                s.get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            (text("doc"), text("ref"))
        })
        .unwrap_or_default();
    let (value, zh, en) = match reach.how {
        ReachHow::Replace => (
            theirs,
            format!(
                "{}（取代 {} 较早文本的规定：{}·{}）",
                reach.note.zh, layer, cited.0, cited.1
            ),
            format!(
                "{} (in place of {}'s older text: {}, {})",
                reach.note.en, layer, cited.0, cited.1
            ),
        ),
        ReachHow::Add => {
            let mut list: Vec<Value> = mine
                .and_then(|r| r.get("value"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for item in items(Some(&theirs)) {
                if !list.contains(item) {
                    list.push(item.clone());
                }
            }
            (
                Value::Array(list),
                format!(
                    "{}（与 {} 自己的名单取并集：{}·{}）",
                    reach.note.zh, layer, cited.0, cited.1
                ),
                format!(
                    "{} (united with {}'s own list: {}, {})",
                    reach.note.en, layer, cited.0, cited.1
                ),
            )
        }
    };
    let mut source =
        serde_json::json!({"doc": &*reach.source.doc, "ref": &*reach.source.reference});
    stamp_source(&mut source, parent);
    rules.insert(
        reach.rule.clone(),
        serde_json::json!({"value": value, "source": source, "note": {"zh-CN": zh, "en": en}}),
    );
}

/// Why a piece starts on the day a reach takes effect.
fn reach_since(p: &Policy, reach: &Reach) -> Value {
    let mut source =
        serde_json::json!({"doc": &*reach.source.doc, "ref": &*reach.source.reference});
    stamp_source(&mut source, &p.id);
    serde_json::json!({
        "value": format!("{}：{} 自 {} 起取代本层较早的文本", p.name.zh, reach.rule, reach.from),
        "source": source,
        "note": {"zh-CN": reach.note.zh, "en": reach.note.en},
    })
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
    reaches: Option<&Value>,
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
    if let Some(reaches) = reaches {
        version.insert("reaches".into(), reaches.clone());
    }
    Value::Object(version)
}

/// Marks a citation as this layer's.
fn stamp_source(source: &mut Value, layer: &str) {
    if let Value::Object(source) = source {
        source.insert("layer".into(), layer.into());
    }
}

/// Marks a written rule (and the uses listed in it) as this layer's.
fn stamp(rule: &mut Value, layer: &str) {
    if let Some(source) = rule.get_mut("source") {
        stamp_source(source, layer);
    }
    if let Some(Value::Array(items)) = rule.get_mut("value") {
        for item in items {
            if let Some(Value::Object(source)) = item.get_mut("source") {
                source.insert("layer".into(), layer.into());
            }
        }
    }
}
