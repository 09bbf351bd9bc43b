//! What parsing cannot check of a custom profile, in numbered steps: 1.
//! its id and names, 2. its lists bounded, 3. its documents, 4. its
//! versions in date order without overlap, 5. each version's rules
//! usable, 6. every citation naming a listed document (a reach's too), 7. the
//! review date's and each change's too. Built-in profiles
//! pass the same steps (a test holds them to it).

use crate::contract::codes::ErrorCode;
use crate::contract::error::ContractError;
use crate::contract::finding::{Lang, Source};
use crate::contract::profile::{Policy, Rules, Unusable, Version};

/// Longest policy name (zh-CN or en) a custom profile may have: it is
/// quoted in findings about each member.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest document title in a custom profile.
pub const MAX_TITLE_CHARS: usize = 400;
/// Longest citation `ref` in a custom profile: every finding quotes one.
pub const MAX_REF_CHARS: usize = 100;
/// Most documents, and most versions, a custom profile may list.
pub const MAX_LIST: usize = 64;

/// A faulty field: its path and what is wrong, in zh-CN and en.
type Fault = (String, &'static str, &'static str);
type Step = Result<(), Fault>;

/// Caller text a custom profile may carry into every finding (names,
/// citations) is bounded, or a 1 MB request could answer gigabytes.
fn too_long(text: &str, max: usize) -> bool {
    text.is_empty() || text.chars().count() > max
}

impl Policy {
    /// Checks what parsing cannot, step by step (see the module).
    ///
    /// # Errors
    /// `INVALID_POLICY` with the path of the first faulty field.
    pub fn validate(&self, lang: Lang) -> Result<(), ContractError> {
        self.identity()
            .and_then(|()| self.bounded_lists())
            .and_then(|()| self.documents_named())
            .and_then(|()| self.versions_in_order())
            .and_then(|()| {
                self.versions.iter().enumerate().try_for_each(|(i, v)| {
                    let at = format!("policy.versions[{i}]");
                    rules_usable(v, &at).and_then(|()| self.citations_listed(v, &at))
                })
            })
            .and_then(|()| self.review_cited())
            .map_err(|(path, zh, en)| {
                ContractError::new(
                    ErrorCode::InvalidPolicy,
                    Some(path),
                    lang.pick(zh, en).to_owned(),
                )
            })
    }

    /// 1. An id and a name in both languages, of sensible length.
    fn identity(&self) -> Step {
        if self.id.is_empty() || self.id.len() > 64 {
            return Err((
                "policy.id".into(),
                "政策 id 须为 1 至 64 个字符",
                "policy id must have 1 to 64 characters",
            ));
        }
        for (path, name) in [
            ("policy.name.zh-CN", &self.name.zh),
            ("policy.name.en", &self.name.en),
        ] {
            if too_long(name, MAX_NAME_CHARS) {
                return Err((
                    path.into(),
                    "政策名称须为 1 至 100 个字符",
                    "a policy name must have 1 to 100 characters",
                ));
            }
        }
        Ok(())
    }

    /// 2. At most [`MAX_LIST`] documents and versions.
    fn bounded_lists(&self) -> Step {
        if self.documents.len() > MAX_LIST || self.versions.len() > MAX_LIST {
            return Err((
                "policy".into(),
                "文件与版本各不超过 64 个",
                "at most 64 documents and 64 versions",
            ));
        }
        Ok(())
    }

    /// 3. Every document has an id, listed once, and a title.
    fn documents_named(&self) -> Step {
        for (i, d) in self.documents.iter().enumerate() {
            if self.documents[..i].iter().any(|earlier| earlier.id == d.id) {
                return Err((
                    format!("policy.documents[{i}].id"),
                    "文件 id 重复：每份文件只列一次",
                    "a document id is listed twice: list each document once",
                ));
            }
            if too_long(&d.id, 64) || too_long(&d.title, MAX_TITLE_CHARS) {
                return Err((
                    format!("policy.documents[{i}]"),
                    "文件 id 须为 1 至 64 个字符，标题 1 至 400 个字符",
                    "a document id must have 1 to 64 characters and a title 1 to 400",
                ));
            }
        }
        Ok(())
    }

    /// 4. At least one version; each ends after it starts and before the
    ///    next one starts.
    fn versions_in_order(&self) -> Step {
        if self.versions.is_empty() {
            return Err((
                "policy.versions".into(),
                "政策至少需要一个版本",
                "a policy needs at least one version",
            ));
        }
        for (i, v) in self.versions.iter().enumerate() {
            let at = format!("policy.versions[{i}]");
            if v.valid_until.is_some_and(|end| end < v.valid_from) {
                return Err((
                    format!("{at}.validUntil"),
                    "有效期结束早于开始",
                    "validUntil is before validFrom",
                ));
            }
            if let Some(prev) = i.checked_sub(1).map(|j| &self.versions[j]) {
                if prev.valid_until.is_none_or(|end| end >= v.valid_from) {
                    return Err((
                        format!("{at}.validFrom"),
                        "版本须按时间排列且互不重叠（前一版本需有 validUntil）",
                        "versions must be in date order without overlap (the previous one needs a validUntil)",
                    ));
                }
            }
        }
        Ok(())
    }

    /// 6. Every citation names a listed document and a bounded `ref`.
    fn citations_listed(&self, v: &Version, at: &str) -> Step {
        for (path, source) in v.sources() {
            self.cited(&format!("{at}.{path}"), source)?;
        }
        for (j, reach) in v.reaches.iter().enumerate() {
            self.cited(&format!("{at}.reaches[{j}]"), &reach.source)?;
        }
        Ok(())
    }

    /// 7. The review date and each national change (in date order) cite a
    ///    listed document too.
    fn review_cited(&self) -> Step {
        if let Some(review) = &self.reviewed_through {
            self.cited("policy.reviewedThrough", &review.source)?;
        }
        for (k, change) in self.changes.iter().enumerate() {
            if k > 0 && self.changes[k - 1].date > change.date {
                return Err((
                    format!("policy.changes[{k}].date"),
                    "全国性变化须按日期排列",
                    "changes must be in date order",
                ));
            }
            self.cited(&format!("policy.changes[{k}]"), &change.source)?;
        }
        Ok(())
    }

    /// The citation of the rule at `at` names a listed document and a
    /// bounded `ref`.
    fn cited(&self, at: &str, source: &Source) -> Step {
        if too_long(&source.reference, MAX_REF_CHARS) {
            return Err((
                format!("{at}.source.ref"),
                "引用位置须为 1 至 100 个字符",
                "a citation's ref must have 1 to 100 characters",
            ));
        }
        if !self.documents.iter().any(|d| *d.id == *source.doc) {
            return Err((
                format!("{at}.source.doc"),
                "引用的文件不在 documents 列表中",
                "the cited document is not in the documents list",
            ));
        }
        Ok(())
    }
}

/// 5. Each rule's value usable, as its declaration checks it (an empty
///    list the rules need, no network to join, a deadline that is no day).
fn rules_usable(v: &Version, at: &str) -> Step {
    Rules::DECLARED.iter().try_for_each(|rule| {
        let check = rule.check.map_or(Ok(()), |check| check(&v.rules));
        check.map_err(|fault| match fault {
            Unusable::Value(zh, en) => (format!("{at}.rules.{}.value", rule.key), zh, en),
            Unusable::Rules(zh, en) => (format!("{at}.rules"), zh, en),
        })
    })?;
    limits_agree(&v.rules, at)
}

/// The relatives bound over all time (`maxMembersEver`) are never fewer
/// than those bound at one time (`maxMembers`): two rules, one check.
fn limits_agree(r: &Rules, at: &str) -> Step {
    let (Some(ever), Some(now)) = (&r.max_members_ever, r.max_members.value) else {
        return Ok(());
    };
    if ever.value < now {
        return Err((
            format!("{at}.rules.maxMembersEver.value"),
            "累计可绑定人数不能少于同时可绑定人数（maxMembers）",
            "maxMembersEver cannot be below maxMembers",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by a 1 MB custom profile whose cited `ref` was 100,000
    /// characters long: a 10,000-expense projection quoted it in every step
    /// and answered 1 GB (1.9 GB of memory natively, a trap in wasm).
    #[test]
    fn custom_profile_text_that_findings_quote_is_bounded() {
        let first = super::super::built_ins()
            .into_iter()
            .next()
            .expect("a built-in profile");
        let base = serde_json::to_value(first).expect("serializes");
        let check = |edit: &dyn Fn(&mut serde_json::Value), path: &str| {
            let mut v = base.clone();
            edit(&mut v);
            let policy: Policy = serde_json::from_value(v).expect("still parses");
            let err = policy.validate(Lang::En).expect_err(path);
            assert_eq!(
                (err.code.as_str(), err.path.as_deref()),
                ("INVALID_POLICY", Some(path))
            );
            assert!(!err.message.is_empty());
        };
        let long = "R".repeat(MAX_REF_CHARS + 1);
        check(
            &|v| v["versions"][0]["rules"]["relations"]["source"]["ref"] = long.clone().into(),
            "policy.versions[0].rules.relations.source.ref",
        );
        check(
            &|v| v["versions"][0]["since"]["source"]["ref"] = "".into(),
            "policy.versions[0].since.source.ref",
        );
        check(
            &|v| v["name"]["en"] = "N".repeat(MAX_NAME_CHARS + 1).into(),
            "policy.name.en",
        );
        check(&|v| v["name"]["zh-CN"] = "".into(), "policy.name.zh-CN");
        check(
            &|v| v["documents"][0]["title"] = "T".repeat(MAX_TITLE_CHARS + 1).into(),
            "policy.documents[0]",
        );
        check(
            &|v| {
                let doc = v["documents"][0].clone();
                v["documents"] = vec![doc; MAX_LIST + 1].into();
            },
            "policy",
        );
        // At the limits it still validates.
        let mut v = base.clone();
        v["versions"][0]["rules"]["relations"]["source"]["ref"] = "中".repeat(MAX_REF_CHARS).into();
        v["name"]["zh-CN"] = "名".repeat(MAX_NAME_CHARS).into();
        let policy: Policy = serde_json::from_value(v.clone()).expect("parses");
        policy.validate(Lang::Zh).expect("at the limits");
    }

    /// A review date cites a document as every rule does: one the profile
    /// lists, with a bounded `ref`.
    #[test]
    fn a_review_date_citing_an_unlisted_document_is_refused_at_its_path() {
        let base = serde_json::to_value(super::super::built_ins()[0]).expect("serializes");
        assert!(base["reviewedThrough"].is_object(), "the built-in has one");
        for (field, value, path) in [
            ("doc", "nowhere", "policy.reviewedThrough.source.doc"),
            ("ref", "", "policy.reviewedThrough.source.ref"),
        ] {
            let mut v = base.clone();
            v["reviewedThrough"]["source"][field] = value.into();
            let policy: Policy = serde_json::from_value(v).expect("still parses");
            let err = policy.validate(Lang::En).expect_err(path);
            assert_eq!(err.path.as_deref(), Some(path));
        }
        let mut v = base;
        v.as_object_mut().map(|o| o.remove("reviewedThrough"));
        let policy: Policy = serde_json::from_value(v).expect("parses");
        policy
            .validate(Lang::En)
            .expect("a review date is optional");
    }

    /// Each rule's check, declared beside the rule, reports at the value it
    /// judges, or at `rules` for the lists the membership checks share.
    #[test]
    fn an_unusable_rule_value_is_reported_at_its_path_in_both_languages() {
        let base = serde_json::to_value(super::super::built_ins()[0]).expect("serializes");
        let cases = [
            (
                "relations",
                serde_json::json!([]),
                "policy.versions[0].rules",
                "relation and scheme lists must not be empty",
            ),
            (
                "memberSchemes",
                serde_json::json!([]),
                "policy.versions[0].rules",
                "relation and scheme lists must not be empty",
            ),
            (
                "networksPerMember",
                0.into(),
                "policy.versions[0].rules.networksPerMember.value",
                "networksPerMember must be at least 1",
            ),
            (
                "ownAccountOrder",
                serde_json::json!([]),
                "policy.versions[0].rules.ownAccountOrder.value",
                "ownAccountOrder must not be empty",
            ),
            (
                "premiumModeDeadline",
                "02-30".into(),
                "policy.versions[0].rules.premiumModeDeadline.value",
                "the deadline must be MM-DD",
            ),
        ];
        for (key, value, path, en) in cases {
            let mut v = base.clone();
            let source = v["versions"][0]["rules"]["relations"]["source"].clone();
            v["versions"][0]["rules"][key] = serde_json::json!({"value": value, "source": source});
            let policy: Policy = serde_json::from_value(v).expect("still parses");
            let err = policy.validate(Lang::En).expect_err(key);
            assert_eq!(
                (err.path.as_deref(), err.message.as_str()),
                (Some(path), en)
            );
            let zh = policy.validate(Lang::Zh).expect_err(key).message;
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key}: {zh}"
            );
        }
    }
}
