//! The stable codes of the contract: what a front-end switches on. Each
//! variant says what it means, the profile rule it comes from and the
//! sources that rule cites (every finding also carries the exact citation
//! of the profile that decided it). Serialized as `SCREAMING_SNAKE` names,
//! which never change once published.

use serde::Serialize;

/// A rule's verdict on one request.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    ts_rs::TS,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingCode {
    /// The founder is not in the employee scheme (职工医保): only an
    /// employee has a personal account to share. Rule `founderSchemes`
    /// (Shanghai Q7, Suzhou Q3, Ruian 受理条件).
    FounderNotEmployee,
    /// The founder is insured outside the area the profile requires. Rule
    /// `founderArea` (Shanghai Q7: 本市; Suzhou Q3).
    FounderNotLocal,
    /// The founder's insurance or account is suspended or transferred.
    /// Rule `founderMustBeActive` (Shanghai Q7: 账户状态正常).
    FounderAccountNotActive,
    /// The profile needs a minimum 历年 balance and the request gives none.
    /// Rule `founderMinHistorical`.
    FounderBalanceUnknown,
    /// The founder's 历年 balance is below the profile's minimum. Rule
    /// `founderMinHistorical` (Shanghai Q7: 大于 0; Ruian: ≥ 2000).
    FounderBalanceTooLow,
    /// The profile does not admit this relation on this date. Rule
    /// `relations` (Shanghai Q8, Suzhou Q5, Guangdong 近亲属范围, Ruian 问2).
    RelationNotAdmitted,
    /// The member's scheme is not one the profile admits. Rule
    /// `memberSchemes` (Shanghai Q8, Suzhou Q12, Ruian 问6).
    MemberSchemeNotAdmitted,
    /// The member is insured outside the area the profile requires. Rule
    /// `memberArea` (Shanghai Q8: 本市; Suzhou Q12 and Ruian 问6: 省内).
    MemberOutsideArea,
    /// The member may join, but is insured outside the city and claims at
    /// the window rather than at the point of sale. Rule
    /// `windowClaimOutsideLocal` (Ruian 问7).
    MemberWindowClaim,
    /// The member's own insurance is suspended or transferred. Rule
    /// `memberMustBeActive` (Ruian: 被授权人应正常参保缴费).
    MemberNotActive,
    /// A cap was given for a member under a profile without per-member caps;
    /// it is ignored. Rule `perMemberCap` (Dongying 问(四) has caps).
    CapNotInPolicy,
    /// The birth dates in the ID numbers contradict the declared relation
    /// (a parent younger than the founder). A warning, never a refusal:
    /// the birth date is GB 11643's, the relation the founder's word.
    RelationAgeImplausible,
    /// A second spouse: a person has one spouse in law (婚姻法, one
    /// marriage at a time), so a family lists at most one. Rule
    /// `relations` (every region's 配偶, singular). Refused at the second
    /// spouse's `members[i].relation`; the first stands.
    SecondSpouse,
    /// A third parent: a founder has two parents (父母). Rule `relations`
    /// (Shanghai Q8, Suzhou Q5, Dongying, Guangdong, Ruian 问2: 本人的父母).
    /// Refused at the third parent's `members[i].relation`.
    ThirdParent,
    /// A third parent of the spouse (配偶的父母, two at most). Rule
    /// `relations` where it admits them (Dongying, Ruian 问2). Refused at
    /// the third one's `members[i].relation`.
    ThirdSpouseParent,
    /// The founder already founded another network. Rule
    /// `networksPerMember` (Shanghai Q9: 一个账户只能建立一个家庭共济关系).
    FounderHasNetwork,
    /// The founder is a member elsewhere. Rule
    /// `founderMayBeMemberElsewhere` (Shanghai Q9, Dongying 问(六)3).
    FounderIsMemberElsewhere,
    /// The founder listed himself as a member.
    FounderListedAsMember,
    /// The same person (id or ID number) is listed twice.
    PersonListedTwice,
    /// The member founded a network of his own. Rule
    /// `memberMayBeFounderElsewhere` (Shanghai Q22, Dongying 问(六)2).
    MemberIsFounderElsewhere,
    /// The member is already in as many networks as the profile allows,
    /// or a settlement names more funders for him than it allows (the fund
    /// then pays nothing). Rule `networksPerMember` (Shanghai Q9, Dongying
    /// 问(六)1).
    MemberInOtherNetwork,
    /// The member may hold this second authorizer, whose fund is used in
    /// turn, never together with the first. Rule `networksPerMember`
    /// (Ruian: 依次使用两个授权人).
    MemberSecondAuthorizer,
    /// The founder is a member of this member's network: two people cannot
    /// fund each other. Rule `memberMayBeFounderElsewhere`.
    BindingCycle,
    /// More members than the profile allows. Rule `maxMembers` (Dongying:
    /// 最多绑定 7 名近亲属).
    TooManyMembers,
    /// A mode the profile does not offer was asked for: a warning, that
    /// mode alone is refused and the network stands with those offered.
    /// Rule `modes` (Ruian: payment only).
    ModeNotOffered,
    /// The founder has chosen no mode yet, so members cannot use the fund.
    /// Rule `founderChoosesModes` (Shanghai Q10).
    ModesNotChosen,
    /// Past the yearly deadline for switching a school-batch premium to
    /// 共济缴费. Rule `premiumModeDeadline` (Shanghai Q13: 12-19 17:30).
    PremiumModeDeadline,
    /// The family fund may not pay this kind of cost. Rule `uses`
    /// (Shanghai Q10, Suzhou Q10, Ruian 问4).
    KindNotCovered,
    /// The use needs a mode the founder has not chosen. Rules `uses` and
    /// `founderChoosesModes` (Shanghai Q10).
    ModeNotChosen,
    /// The region has no choice of modes, so the `modes` given do not limit
    /// this use. Rule `founderChoosesModes` (Suzhou Q10, Guangdong, Dongying,
    /// Ruian: false).
    ModesIgnored,
    /// A resident member at a facility the profile excludes. Rule
    /// `residentFacilities` (Ruian 问4: 一、二级, never retail pharmacies).
    FacilityNotAllowed,
    /// The profile limits resident members by facility level and none was
    /// given. Rule `residentFacilities` (Ruian 问4).
    FacilityLevelMissing,
    /// A use paid in full only (premiums, insurance) meets a fund that is
    /// short. Rule `uses` with `fullPaymentOnly` (Suzhou Q10).
    FullPaymentShort,
    /// The member's own account cannot pay the whole bill: the first swipe
    /// is declined and a retry is paid from the owner's account. Rule
    /// `shortfall` (Dongying 问(三)).
    DeclinedThenRetry,
    /// The owner's cumulative cap for this member is reached. Rule
    /// `perMemberCap` (Dongying 问(四)).
    CapReached,
    /// The fund is spent; the rest is cash and the network goes on. Rule
    /// `fund` (Shanghai Q18, Suzhou Q14).
    FundExhausted,
    /// The member's own balances were not given and are taken as zero.
    OwnBalanceUnknown,
    /// Pharmacy costs paid from the fund do not count toward the
    /// deductible. Rule `pharmacyCountsTowardDeductible` (Shanghai Q17).
    NotTowardDeductible,
    /// Fund-paid costs are outside relief schemes. Rule
    /// `fundInReliefSchemes` (Shanghai Q19).
    OutsideReliefSchemes,
    /// Step: the member's own current-year account pays. Rule
    /// `ownAccountOrder` (Shanghai Q10, Suzhou Q9).
    StepOwnCurrent,
    /// Step: the member's own historical account pays. Rule
    /// `ownAccountOrder`.
    StepOwnHistorical,
    /// Step: the family fund pays. Rule `shortfall`, or the use's own rule
    /// for full-payment uses.
    StepFamily,
    /// Step: what is left is paid in cash. Rule `uses`.
    StepCash,
    /// The viewer is in neither role of the network and sees no one. Rule
    /// `memberSees` (Shanghai Q21, Dongying 问(八)).
    ViewerNotInNetwork,
    /// A member with several funders: the region draws one funder per bill
    /// (or only one at all), so the rest of this bill is cash although
    /// another funder still has money. Rule `funderDraw` (Ruian 发布会:
    /// 依次使用…不能同时使用).
    FundersNotCombined,
}

/// Why a request could not be judged at all.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    ts_rs::TS,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// The text is not JSON (or a JS value could not be read at all).
    /// Carries no path.
    InvalidJson,
    /// A required field is absent; the path names it.
    MissingField,
    /// A field the contract does not have (often a misspelling); the
    /// message lists the fields there are.
    UnknownField,
    /// A value of the wrong JSON type (a number where an amount string is
    /// expected, an object where a list is).
    WrongType,
    /// A name the contract does not know (a scheme, kind, mode, language).
    UnknownValue,
    /// A value out of range, or a field given twice.
    InvalidValue,
    /// An amount that is not a plain decimal string (`"12.50"`).
    AmountNotANumber,
    /// A negative amount: balances, bills and caps are never negative.
    AmountNegative,
    /// An amount with three or more decimals: money is exact to the fen.
    AmountTooPrecise,
    /// An amount over 100,000,000.00 yuan: a typing error.
    AmountTooLarge,
    /// Not a real `YYYY-MM-DD` day between 1900 and 2199.
    InvalidDate,
    /// Not a six-digit 行政区划代码 (GB/T 2260).
    InvalidRegion,
    /// An ID number failing GB 11643 (length, birth date, check
    /// character). The number itself is never echoed.
    InvalidIdNumber,
    /// A facility level other than 1, 2 or 3.
    InvalidFacilityLevel,
    /// Neither a relation name nor a two-digit GB/T 4761 code.
    UnknownRelation,
    /// A GB/T 4761 code no family-aid policy binds, or a group code that
    /// does not say which side.
    RelationCodeNotBindable,
    /// An empty person id.
    EmptyString,
    /// A person or network id over 64 bytes.
    StringTooLong,
    /// A person id that holds an ID number: ids are echoed in answers, ID
    /// numbers never are.
    IdNumberAsPersonId,
    /// A policy id no built-in profile has.
    UnknownPolicy,
    /// A custom profile that parses but does not hold together (versions
    /// out of order, a citation of an unlisted document, ...).
    InvalidPolicy,
    /// A profile's `extend` names no built-in and no profile given in the
    /// same request; the path is that `extend`.
    ExtendUnknown,
    /// A profile's `extend` leads back to itself (`a` extends `b` extends
    /// `a`); the path is the `extend` that closes the loop.
    ExtendCycle,
    /// No version of the profile is in force on `asOf`: gongji does not
    /// guess rules before a policy began.
    DateNotCovered,
    /// More members, bindings or expenses than one request may list.
    LimitExceeded,
    /// A request over 1 MiB of JSON. Carries no path.
    RequestTooLarge,
    /// A projection lists one member id twice.
    DuplicateMember,
    /// A projected expense names no listed member.
    UnknownMember,
    /// A settlement request names one funder id twice, or a projection
    /// binds a member to one funder twice.
    DuplicateFunder,
    /// A projection's binding names no listed funder.
    UnknownFunder,
    /// A call name the contract does not have. Carries no path.
    UnknownCall,
    /// A bug in gongji: reported, never expected. Carries no path.
    Internal,
    /// A call before `init()` finished loading the engine. Carries no path.
    NotInitialized,
    /// `init({ engine })` names an engine other than `"wasm"` or `"js"`;
    /// the path is `engine`. Thrown by the npm entries only.
    InvalidEngine,
    /// `init({ engine: "wasm" })` where WebAssembly cannot run (switched
    /// off, refused by a Content-Security-Policy, or absent from a
    /// mini-program runtime); the path is `engine`. Without the option the
    /// JS build answers. Thrown by the npm entries only.
    EngineUnavailable,
    /// The mini-program runtime could not load the wasm from the path given
    /// to `init({ path })` (or Alipay was given none); the path is `path`.
    /// Thrown by the mini-program entry only.
    InitFailed,
}

impl FindingCode {
    /// The stable name (`"KIND_NOT_COVERED"`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl ErrorCode {
    /// The stable name (`"INVALID_DATE"`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl PartialEq<&str> for FindingCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Display for FindingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn a_code_serializes_as_the_name_it_prints() {
        for code in FindingCode::VARIANTS {
            let json = serde_json::to_string(code).expect("serializes");
            assert_eq!(json, format!("\"{code}\""));
        }
        for code in ErrorCode::VARIANTS {
            let json = serde_json::to_string(code).expect("serializes");
            assert_eq!(json, format!("\"{code}\""));
            assert_eq!(code.as_str().parse::<ErrorCode>().ok(), Some(*code));
        }
    }
}
