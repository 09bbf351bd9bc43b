//! Who may be bound: the founder's conditions and each member's, one rule
//! at a time, each finding citing the rule it applies.

use super::Context;
use crate::contract::person::{Insured, Member, RegionCode, Scheme, Status};
use crate::contract::profile::Area;
use crate::contract::{Finding, FindingCode, Lang, Severity};

/// Is `region` inside `area` as seen from `home`: the profile's own
/// region, or the founder's under the national frame (which has none).
pub fn in_area(area: Area, region: &RegionCode, home: &RegionCode) -> bool {
    match area {
        Area::Local => region.within(home),
        Area::Province => region.same_province(home),
        Area::Anywhere => true,
    }
}

fn area_label(area: Area, home: &RegionCode, lang: Lang) -> String {
    match area {
        Area::Local => {
            say!(lang, "本统筹区（{}）", home.area_prefix(); "the local pooling area ({})", home.area_prefix())
        }
        Area::Province => {
            say!(lang, "本省（{}）", &home.as_str()[..2]; "the province ({})", &home.as_str()[..2])
        }
        Area::Anywhere => say!(lang, "全国"; "anywhere in the country"),
    }
}

fn scheme_label(scheme: Scheme, lang: Lang) -> &'static str {
    match scheme {
        Scheme::Employee => lang.pick("职工医保", "employee insurance"),
        Scheme::Resident => lang.pick("城乡居民医保", "resident insurance"),
    }
}

/// The founder's findings: scheme, where insured, account status, balance.
pub fn founder(ctx: &Context, founder: &Insured) -> Vec<Finding> {
    let home = ctx.policy.region.as_ref().unwrap_or(&founder.region);
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let mut out = Vec::new();
    if !r.founder_schemes.value.contains(&founder.scheme) {
        out.push(
            Finding::new(
                FindingCode::FounderNotEmployee,
                Severity::Error,
                say!(lang, "组建人须为职工医保参保人，当前为{}", scheme_label(founder.scheme, lang);
                    "the founder must be in employee insurance, not {}", scheme_label(founder.scheme, lang)),
            )
            .hint(say!(lang, "由家中参加职工医保的成员组建"; "let a family member in employee insurance found the network"))
            .at("founder.scheme")
            .cite(&r.founder_schemes.source),
        );
    }
    if !in_area(r.founder_area.value, &founder.region, home) {
        let area = area_label(r.founder_area.value, home, lang);
        out.push(
            Finding::new(
                FindingCode::FounderNotLocal,
                Severity::Error,
                say!(lang, "组建人须在{}参保，当前参保地为 {}", area, founder.region;
                    "the founder must be insured in {}, not {}", area, founder.region),
            )
            .hint(say!(lang, "请在组建人参保地的政策下办理"; "apply under the policy of the founder's own insurance area"))
            .at("founder.region")
            .cite(&r.founder_area.source),
        );
    }
    if r.founder_must_be_active.value && founder.status != Status::Active {
        let (zh, en) = match founder.status {
            Status::Transferred => (
                "医保关系已转出，家庭共济关系随之终止",
                "insurance transferred out: the network ends with it",
            ),
            _ => (
                "职工医保账户不能正常使用（暂停或欠费）",
                "the employee account is not usable (suspended or in arrears)",
            ),
        };
        out.push(
            Finding::new(FindingCode::FounderAccountNotActive, Severity::Error, lang.pick(zh, en).to_owned())
                .hint(say!(lang, "账户恢复正常后可组建"; "found the network once the account is usable again"))
                .at("founder.status")
                .cite(&r.founder_must_be_active.source),
        );
    }
    let min = r.founder_min_historical.value;
    if !min.is_zero() {
        match founder.historical_balance {
            None => out.push(
                Finding::new(
                    FindingCode::FounderBalanceUnknown,
                    Severity::Error,
                    say!(lang, "需填写组建人的历年账户余额，才能判断是否达到 {} 元", min;
                        "the founder's historical balance is needed to check the {} yuan threshold", min),
                )
                .at("founder.historicalBalance")
                .cite(&r.founder_min_historical.source),
            ),
            Some(balance) if balance < min => out.push(
                Finding::new(
                    FindingCode::FounderBalanceTooLow,
                    Severity::Error,
                    say!(lang, "组建人历年账户余额 {} 元，未达到 {} 元", balance, min;
                        "the founder's historical balance {} yuan is below {} yuan", balance, min),
                )
                .hint(say!(lang, "历年账户达到 {} 元后可申请", min; "apply once the historical balance reaches {} yuan", min))
                .at("founder.historicalBalance")
                .cite(&r.founder_min_historical.source),
            ),
            Some(_) => {}
        }
    }
    out
}

/// One member's own findings (relation, scheme, area, status, plausibility
/// against the founder's ID), with paths under `at` (e.g. `members[0]`).
pub fn member(ctx: &Context, founder: Option<&Insured>, member: &Member, at: &str) -> Vec<Finding> {
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    // Without a region of its own (the national frame) a profile sees
    // areas from the founder's; without a founder either, none is judged.
    let home = ctx.policy.region.as_ref().or(founder.map(|f| &f.region));
    let person = &member.person;
    let mut out = Vec::new();
    if !r.relations.value.contains(&member.relation) {
        let admitted: Vec<&str> = r.relations.value.iter().map(|x| x.label(lang)).collect();
        out.push(
            Finding::new(
                FindingCode::RelationNotAdmitted,
                Severity::Error,
                say!(lang, "{}（{} 起施行版本）不允许绑定{}", ctx.policy.name.zh, ctx.version.valid_from, member.relation.label(lang);
                    "{} (version from {}) does not admit a {}", ctx.policy.name.en, ctx.version.valid_from, member.relation.label(lang)),
            )
            .hint(say!(lang, "可绑定：{}", admitted.join("、"); "admitted: {}", admitted.join(", ")))
            .at(format!("{at}.relation"))
            .cite(&r.relations.source),
        );
    }
    if !r.member_schemes.value.contains(&person.scheme) {
        out.push(
            Finding::new(
                FindingCode::MemberSchemeNotAdmitted,
                Severity::Error,
                say!(lang, "共济成员不能是{}参保人", scheme_label(person.scheme, lang);
                    "a member cannot be in {}", scheme_label(person.scheme, lang)),
            )
            .at(format!("{at}.person.scheme"))
            .cite(&r.member_schemes.source),
        );
    }
    if let Some(home) = home.filter(|h| !in_area(r.member_area.value, &person.region, h)) {
        let area = area_label(r.member_area.value, home, lang);
        out.push(
            Finding::new(
                FindingCode::MemberOutsideArea,
                Severity::Error,
                say!(lang, "共济成员须在{}参保，当前参保地为 {}", area, person.region;
                    "a member must be insured in {}, not {}", area, person.region),
            )
            .hint(say!(lang, "成员在{}参保后可加入", area; "the member may join once insured in {}", area))
            .at(format!("{at}.person.region"))
            .cite(&r.member_area.source),
        );
    } else if r.window_claim_outside_local.value && !ctx.policy.is_local(&person.region) {
        out.push(
            Finding::new(
                FindingCode::MemberWindowClaim,
                Severity::Warning,
                say!(lang, "成员在本地以外参保（{}），使用共济资金须由授权人持票据到医保窗口报销，不能在定点机构直接结算", person.region;
                    "the member is insured outside the local area ({}): family-fund bills are claimed at the insurance office window, not settled at the point of sale", person.region),
            )
            .at(format!("{at}.person.region"))
            .cite(&r.window_claim_outside_local.source),
        );
    }
    if r.member_must_be_active.value && person.status != Status::Active {
        out.push(
            Finding::new(
                FindingCode::MemberNotActive,
                Severity::Error,
                say!(lang, "共济成员须正常参保缴费"; "a member must be insured and paid up"),
            )
            .hint(say!(lang, "恢复正常参保后可加入"; "the member may join once insured again"))
            .at(format!("{at}.person.status"))
            .cite(&r.member_must_be_active.source),
        );
    }
    if member.cap.is_some() && !r.per_member_cap.value {
        out.push(
            Finding::new(
                FindingCode::CapNotInPolicy,
                Severity::Warning,
                say!(lang, "本政策没有单个成员的使用限额，填写的限额不生效"; "this policy has no per-member cap; the cap given is ignored"),
            )
            .at(format!("{at}.cap"))
            .cite(&r.per_member_cap.source),
        );
    }
    if let (Some(f), Some(m)) = (
        founder.and_then(|f| f.id_number.as_ref()),
        person.id_number.as_ref(),
    ) {
        let (fb, mb, g) = (f.birth_date(), m.birth_date(), member.relation.generation());
        if (g > 0 && mb >= fb) || (g < 0 && mb <= fb) {
            out.push(
                Finding::new(
                    FindingCode::RelationAgeImplausible,
                    Severity::Warning,
                    say!(lang, "身份证显示该成员出生于 {}，组建人出生于 {}，与“{}”关系不符", mb, fb, member.relation.label(lang);
                        "the ID numbers say the member was born {} and the founder {}: implausible for a {}", mb, fb, member.relation.label(lang)),
                )
                .hint(say!(lang, "请核对亲属关系或身份证号码"; "check the relation or the ID number"))
                .at(format!("{at}.relation")),
            );
        }
    }
    out
}
