//! Who may be bound: the founder's conditions and each member's, one rule
//! at a time, each finding citing the rule it applies.

use super::Context;
use crate::contract::person::{Insured, Member, RegionCode, Status};
use crate::contract::profile::Area;
use crate::contract::{Finding, Verdict};

/// Is `region` inside `area` as seen from `home`: the profile's own
/// region, or the founder's under the national frame (which has none).
/// `founder`: the founder's region, where known; without it the founder's
/// city cannot be judged and only the province is.
pub fn in_area(
    area: Area,
    region: &RegionCode,
    home: &RegionCode,
    founder: Option<&RegionCode>,
) -> bool {
    match area {
        Area::Local => region.within(home),
        Area::Province => region.same_province(home),
        Area::Anywhere => true,
        Area::FounderCity => {
            region.same_province(home) && founder.is_none_or(|f| region.same_city(f))
        }
    }
}

/// The founder's findings: scheme, where insured, account status, balance.
pub fn founder(ctx: &Context, founder: &Insured) -> Vec<Finding> {
    let home = ctx.policy.region.as_ref().unwrap_or(&founder.region);
    let (r, lang) = (&ctx.version.rules, ctx.lang);
    let mut out = Vec::new();
    if !r.founder_schemes.value.contains(&founder.scheme) {
        let scheme = founder.scheme;
        out.push(
            Finding::of(lang, Verdict::FounderNotEmployee { scheme })
                .at("founder.scheme")
                .cite(&r.founder_schemes.source),
        );
    }
    let area = r.founder_area.value;
    if !in_area(area, &founder.region, home, None) {
        let region = &founder.region;
        out.push(
            Finding::of(lang, Verdict::FounderNotLocal { area, home, region })
                .at("founder.region")
                .cite(&r.founder_area.source),
        );
    }
    let status = founder.status_on(ctx.as_of);
    if r.founder_must_be_active.value && status != Status::Active {
        out.push(
            Finding::of(lang, Verdict::FounderAccountNotActive { status })
                .at("founder.status")
                .cite(&r.founder_must_be_active.source),
        );
    }
    let min = r.founder_min_historical.value;
    let verdict = match founder.historical_balance {
        _ if min.is_zero() => None,
        None => Some(Verdict::FounderBalanceUnknown { min }),
        Some(balance) if balance < min => Some(Verdict::FounderBalanceTooLow { balance, min }),
        Some(_) => None,
    };
    if let Some(verdict) = verdict {
        out.push(
            Finding::of(lang, verdict)
                .at("founder.historicalBalance")
                .cite(&r.founder_min_historical.source),
        );
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
        let verdict = Verdict::RelationNotAdmitted {
            policy: &ctx.policy.name,
            valid_from: ctx.version.valid_from,
            relation: member.relation,
            admitted: &r.relations.value,
        };
        out.push(
            Finding::of(lang, verdict)
                .at(format!("{at}.relation"))
                .cite(&r.relations.source),
        );
    }
    if !r.member_schemes.value.contains(&person.scheme) {
        let scheme = person.scheme;
        out.push(
            Finding::of(lang, Verdict::MemberSchemeNotAdmitted { scheme })
                .at(format!("{at}.person.scheme"))
                .cite(&r.member_schemes.source),
        );
    }
    let (area, region) = (r.member_area.value, &person.region);
    let founder_region = founder.map(|f| &f.region);
    if let Some(home) = home.filter(|h| !in_area(area, region, h, founder_region)) {
        out.push(
            Finding::of(lang, Verdict::MemberOutsideArea { area, home, region })
                .at(format!("{at}.person.region"))
                .cite(&r.member_area.source),
        );
    } else if r.window_claim_outside_local.value && !ctx.policy.is_local(region) {
        out.push(
            Finding::of(lang, Verdict::MemberWindowClaim { region })
                .at(format!("{at}.person.region"))
                .cite(&r.window_claim_outside_local.source),
        );
    }
    if r.member_must_be_active.value && person.status_on(ctx.as_of) != Status::Active {
        out.push(
            Finding::of(lang, Verdict::MemberNotActive)
                .at(format!("{at}.person.status"))
                .cite(&r.member_must_be_active.source),
        );
    }
    if member.cap.is_some() && !r.per_member_cap.value {
        out.push(
            Finding::of(lang, Verdict::CapNotInPolicy)
                .at(format!("{at}.cap"))
                .cite(&r.per_member_cap.source),
        );
    }
    if let (Some(f), Some(m)) = (
        founder.and_then(|f| f.id_number.as_ref()),
        person.id_number.as_ref(),
    ) {
        let (founder_born, member_born) = (f.birth_date(), m.birth_date());
        let g = member.relation.generation();
        if (g > 0 && member_born >= founder_born) || (g < 0 && member_born <= founder_born) {
            let verdict = Verdict::RelationAgeImplausible {
                member_born,
                founder_born,
                relation: member.relation,
            };
            out.push(Finding::of(lang, verdict).at(format!("{at}.relation")));
        }
    }
    out
}
