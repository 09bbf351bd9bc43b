//! The stable codes of the contract: what a front-end switches on.
//! Serialized as `SCREAMING_SNAKE` names, which never change once
//! published.
//!
//! Every finding code is declared once, in the table below: what it means,
//! the profile rule it comes from and the sources that rule cites (every
//! finding also carries the exact citation of the profile that decided
//! it), its severity, its title, and its message and hint in both
//! languages. A check passes only the arguments:
//! `Finding::of(lang, Verdict::TooManyMembers { max, listed }).at("members").cite(source)`.
//!
//! # Adding a finding
//!
//! Three source files, besides the scenario that shows it:
//! 1. this file: an entry in the table (doc, arguments, severity, title,
//!    message, hint);
//! 2. the rule that finds it (`src/rules/…`): `Finding::of(lang,
//!    Verdict::NewCode { .. })`, with its path and citation;
//! 3. `src/host/contract.d.ts`, regenerated with
//!    `GONGJI_BLESS=1 cargo test --test typescript` (the code joins the
//!    `FindingCode` union).
//!
//! For example (a simplified form of the table's `BoundAfterAsOf`), a
//! warning when a funder's `boundOn` is after the day judged: the entry,
//! in the table,
//!
//! ```text
//! /// A funder's `boundOn` is after `asOf`: on the day judged the member
//! /// is not bound to him yet.
//! BoundAfterAsOf { bound_on: Date } => {
//!     severity: Warning,
//!     title: ("绑定日期晚于结算日", "bound after the day judged"),
//!     message: say!(lang, "绑定日期 {} 晚于 asOf", bound_on; "bound on {}, after asOf", bound_on),
//!     hint: say!(lang, "请核对绑定日期"; "check the binding date"),
//! }
//! ```
//!
//! and, in `src/rules/preview_settlement.rs`, for each fund state:
//!
//! ```text
//! if let Some(bound_on) = fund.bound_on.filter(|&d| d > req.as_of) {
//!     let verdict = Verdict::BoundAfterAsOf { bound_on };
//!     notes.push(Finding::of(req.lang, verdict).at(format!("{}.boundOn", fund.at())));
//! }
//! ```
//!
//! The title reaches `relationOptions`' labels (`labels.findings`) by
//! itself: the table has no entry without one.

use serde::Serialize;

use super::area_names::AREA_NAMES;
use super::clock::{ClockTime, LocalDateTime};

use super::date::Date;
use super::finding::{Finding, Lang, Severity};
use super::labels::{scheme as scheme_words, status as status_words};
use super::money::Yuan;
use super::person::{RegionCode, Scheme, Status};
use super::profile::{Area, Change, ExpenseKind, Mode, Names, Rules};
use super::relation::Relation;

/// Declares every finding code: the [`FindingCode`] enum, its titles
/// ([`FindingCode::title`]) and the [`Verdict`] a check passes to
/// [`Finding::of`], worded by the entry's `message` and `hint`.
///
/// An entry is the code's doc, its name with the arguments a check passes
/// (`{ field: Type, .. }`, or none), then `severity` (an expression over
/// the arguments: `Error`, `Warning` or `Info`), `title` (zh-CN, en),
/// `message` and optionally `hint` (expressions over the arguments and
/// `lang`, mostly `say!`).
macro_rules! findings {
    ($lang:ident, $a:lifetime; $(
        $(#[$doc:meta])*
        $code:ident $({ $($field:ident : $ty:ty),* $(,)? })? => {
            severity: $severity:expr,
            title: ($title_zh:literal, $title_en:literal),
            message: $message:expr,
            $(hint: $hint:expr,)?
        }
    )*) => {
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
            $($(#[$doc])* $code,)*
        }

        /// A finding before it is worded: its code and the arguments its
        /// message needs. [`Finding::of`] words it in a language.
        #[derive(Clone, Debug)]
        pub enum Verdict<$a> {
            $($(#[$doc])* $code $({ $($field: $ty),* })?,)*
        }

        impl FindingCode {
            /// A short title (`STEP_FAMILY` → 家庭共济资金支付), zh-CN and en.
            pub fn title(self) -> (&'static str, &'static str) {
                match self {
                    $(FindingCode::$code => ($title_zh, $title_en),)*
                }
            }
        }

        impl Verdict<'_> {
            /// The code of this verdict.
            pub fn code(&self) -> FindingCode {
                match self {
                    $(Verdict::$code { .. } => FindingCode::$code,)*
                }
            }

            /// The finding, worded in `lang`, without path or source.
            fn word(self, $lang: Lang) -> Finding {
                use Severity::{Error, Info, Warning};
                match self {
                    $(Verdict::$code $({ $($field),* })? => {
                        #[allow(unused_mut)]
                        let mut finding = Finding::new(FindingCode::$code, $severity, $message);
                        $(finding.hint = Some($hint);)?
                        finding
                    })*
                }
            }
        }
    };
}

impl Finding {
    /// The finding a check found, worded in the request's language; the
    /// check adds where it is (`at`) and the clause it rests on (`cite`).
    pub fn of(lang: Lang, verdict: Verdict) -> Finding {
        verdict.word(lang)
    }
}

/// Names joined as a list in `lang` (`a、b`, `a, b`).
fn listed<'a>(names: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    names
        .into_iter()
        .collect::<Vec<_>>()
        .join(lang.pick("、", ", "))
}

fn scheme(value: Scheme, lang: Lang) -> &'static str {
    let (zh, en) = scheme_words(value);
    lang.pick(zh, en)
}

fn status(value: Status, lang: Lang) -> &'static str {
    let (zh, en) = status_words(value);
    lang.pick(zh, en)
}

/// The Chinese name of the GB/T 2260 code `code` (`area_names.rs`).
fn name_of(code: &str) -> Option<&'static str> {
    let code: u32 = code.parse().ok()?;
    let at = AREA_NAMES.binary_search_by_key(&code, |&(c, _)| c).ok()?;
    Some(AREA_NAMES[at].1)
}

/// A code in words: the province, city and county it lies in, as far as
/// the table names them (江苏省苏州市, 浙江省温州市瑞安市; a
/// municipality once: 上海市). The table holds the provinces and the
/// built-in profiles' areas, so a person's place is mostly her province,
/// and her code says the rest. `exact`: only where the code's own level is
/// named, so that an area is never widened to the one around it.
fn place(code: &RegionCode, exact: bool) -> Option<String> {
    let s = code.as_str();
    let levels = [
        format!("{}0000", &s[..2]),
        format!("{}00", &s[..4]),
        s.to_owned(),
    ];
    let mut names: Vec<&str> = Vec::new();
    for (i, level) in levels.iter().enumerate() {
        let repeated = i > 0 && *level == levels[i - 1];
        match name_of(level) {
            Some(name) if !repeated && names.last() != Some(&name) => names.push(name),
            None if exact && *level == s => return None,
            _ => {}
        }
    }
    (!names.is_empty()).then(|| names.concat())
}

/// A place in words with its code, for a citizen and an analyst alike
/// (上海市（31）, 上海市 (31)); only the code where the table has no name.
fn named(name: Option<String>, code: &str, lang: Lang) -> Option<String> {
    name.map(|name| say!(lang, "{}（{}）", name, code; "{} ({})", name, code))
}

/// Where a person is insured: the places around the code, and the code.
fn region(code: &RegionCode, lang: Lang) -> String {
    named(place(code, false), code.as_str(), lang).unwrap_or_else(|| code.to_string())
}

/// An area as seen from `home`: the profile's own region, or the
/// founder's under the national frame (which has none); named where the
/// table has its name (上海市（31）), else said as before (本统筹区（31）).
fn area(area: Area, home: &RegionCode, lang: Lang) -> String {
    match area {
        Area::Local => {
            let prefix = home.area_prefix();
            named(place(home, true), prefix, lang).unwrap_or_else(
                || say!(lang, "本统筹区（{}）", prefix; "the local pooling area ({})", prefix),
            )
        }
        Area::Province => {
            let prefix = &home.as_str()[..2];
            let province = RegionCode::parse(&format!("{prefix}0000"));
            named(province.and_then(|p| place(&p, true)), prefix, lang)
                .unwrap_or_else(|| say!(lang, "本省（{}）", prefix; "the province ({})", prefix))
        }
        Area::Anywhere => say!(lang, "全国"; "anywhere in the country"),
        Area::FounderCity => {
            say!(lang, "组建人所在地市（统筹区）"; "the founder's own city (pooling area)")
        }
    }
}

findings! { lang, 'a;
    /// The founder is not in the employee scheme (职工医保): only an
    /// employee has a personal account to share. Rule `founderSchemes`
    /// (Shanghai Q7, Suzhou Q3, Ruian 受理条件).
    FounderNotEmployee { scheme: Scheme } => {
        severity: Error,
        title: ("组建人不是职工医保参保人", "founder not in employee insurance"),
        message: say!(lang, "组建人须为职工医保参保人，当前为{}", self::scheme(scheme, lang);
            "the founder must be in employee insurance, not {}", self::scheme(scheme, lang)),
        hint: say!(lang, "由家中参加职工医保的成员组建"; "let a family member in employee insurance found the network"),
    }
    /// The founder is insured outside the area the profile requires. Rule
    /// `founderArea` (Shanghai Q7: 本市; Suzhou Q3).
    FounderNotLocal { area: Area, home: &'a RegionCode, region: &'a RegionCode } => {
        severity: Error,
        title: ("组建人不在本地参保", "founder insured elsewhere"),
        message: say!(lang, "组建人须在{}参保，当前参保地为{}", self::area(area, home, lang), self::region(region, lang);
            "the founder must be insured in {}, not {}", self::area(area, home, lang), self::region(region, lang)),
        hint: say!(lang, "请在组建人参保地的政策下办理"; "apply under the policy of the founder's own insurance area"),
    }
    /// The founder's insurance or account is suspended or transferred.
    /// Rule `founderMustBeActive` (Shanghai Q7: 账户状态正常).
    FounderAccountNotActive { status: Status } => {
        severity: Error,
        title: ("组建人账户不能正常使用", "founder's account not usable"),
        message: match status {
            Status::Transferred => lang.pick(
                "医保关系已转出，家庭共济关系随之终止",
                "insurance transferred out: the network ends with it",
            ),
            _ => lang.pick(
                "职工医保账户不能正常使用（暂停或欠费）",
                "the employee account is not usable (suspended or in arrears)",
            ),
        }
        .to_owned(),
        hint: say!(lang, "账户恢复正常后可组建"; "found the network once the account is usable again"),
    }
    /// The profile needs a minimum 历年 balance and the request gives none.
    /// Rule `founderMinHistorical`.
    FounderBalanceUnknown { min: Yuan } => {
        severity: Error,
        title: ("缺少组建人历年账户余额", "founder's balance missing"),
        message: say!(lang, "需填写组建人的历年账户余额，才能判断是否达到 {} 元", min;
            "the founder's historical balance is needed to check the {} yuan threshold", min),
    }
    /// The founder's 历年 balance is below the profile's minimum. Rule
    /// `founderMinHistorical` (Shanghai Q7: 大于 0; Ruian: ≥ 2000).
    FounderBalanceTooLow { balance: Yuan, min: Yuan } => {
        severity: Error,
        title: ("组建人历年账户余额不足", "founder's balance too low"),
        message: say!(lang, "组建人历年账户余额 {} 元，未达到 {} 元", balance, min;
            "the founder's historical balance {} yuan is below {} yuan", balance, min),
        hint: say!(lang, "历年账户达到 {} 元后可申请", min; "apply once the historical balance reaches {} yuan", min),
    }
    /// The profile does not admit this relation on this date. Rule
    /// `relations` (Shanghai Q8, Suzhou Q5, Guangdong 近亲属范围, Ruian 问2).
    RelationNotAdmitted { policy: &'a Names, valid_from: Date, relation: Relation, admitted: &'a [Relation] } => {
        severity: Error,
        title: ("本地政策不含此亲属关系", "relation not admitted here"),
        message: say!(lang, "{}（{} 起施行版本）不允许绑定{}", policy.zh, valid_from, relation.label(lang);
            "{} (version from {}) does not admit a {}", policy.en, valid_from, relation.label(lang)),
        hint: say!(lang, "可绑定：{}", listed(admitted.iter().map(|r| r.label(lang)), lang);
            "admitted: {}", listed(admitted.iter().map(|r| r.label(lang)), lang)),
    }
    /// The member's scheme is not one the profile admits. Rule
    /// `memberSchemes` (Shanghai Q8, Suzhou Q12, Ruian 问6).
    MemberSchemeNotAdmitted { scheme: Scheme } => {
        severity: Error,
        title: ("成员险种不符合", "member's scheme not admitted"),
        message: say!(lang, "共济成员不能是{}参保人", self::scheme(scheme, lang);
            "a member cannot be in {}", self::scheme(scheme, lang)),
    }
    /// The member is insured outside the area the profile requires. Rule
    /// `memberArea` (Shanghai Q8: 本市; Suzhou Q12 and Ruian 问6: 省内).
    MemberOutsideArea { area: Area, home: &'a RegionCode, region: &'a RegionCode } => {
        severity: Error,
        title: ("成员参保地不符合", "member insured outside the area"),
        message: say!(lang, "共济成员须在{}参保，当前参保地为{}", self::area(area, home, lang), self::region(region, lang);
            "a member must be insured in {}, not {}", self::area(area, home, lang), self::region(region, lang)),
        hint: say!(lang, "成员在{}参保后可加入", self::area(area, home, lang);
            "the member may join once insured in {}", self::area(area, home, lang)),
    }
    /// The member may join, but is insured outside the city and claims at
    /// the window rather than at the point of sale. Rule
    /// `windowClaimOutsideLocal` (Ruian 问7).
    MemberWindowClaim { region: &'a RegionCode } => {
        severity: Warning,
        title: ("外地成员须窗口报销", "member claims at the window"),
        message: say!(lang, "成员在{}参保，不在本地：使用共济资金须由授权人持票据到医保窗口报销，不能在定点机构直接结算", self::region(region, lang);
            "the member is insured in {}, outside the local area: family-fund bills are claimed at the insurance office window, not settled at the point of sale", self::region(region, lang)),
    }
    /// The member's own insurance is suspended or transferred. Rule
    /// `memberMustBeActive` (Ruian: 被授权人应正常参保缴费).
    MemberNotActive => {
        severity: Error,
        title: ("成员未正常参保", "member not insured"),
        message: say!(lang, "共济成员须正常参保缴费"; "a member must be insured and paid up"),
        hint: say!(lang, "恢复正常参保后可加入"; "the member may join once insured again"),
    }
    /// A cap was given for a member under a profile without per-member caps;
    /// it is ignored. Rule `perMemberCap` (Dongying 问(四) has caps).
    CapNotInPolicy => {
        severity: Warning,
        title: ("本地不设成员限额", "no per-member cap here"),
        message: say!(lang, "本政策没有单个成员的使用限额，填写的限额不生效"; "this policy has no per-member cap; the cap given is ignored"),
    }
    /// The birth dates in the ID numbers contradict the declared relation
    /// (a parent younger than the founder). A warning, never a refusal:
    /// the birth date is GB 11643's, the relation the founder's word.
    RelationAgeImplausible { member_born: Date, founder_born: Date, relation: Relation } => {
        severity: Warning,
        title: ("年龄与亲属关系不符", "ages do not fit the relation"),
        message: say!(lang, "身份证显示该成员出生于 {}，组建人出生于 {}，与“{}”关系不符", member_born, founder_born, relation.label(lang);
            "the ID numbers say the member was born {} and the founder {}: implausible for a {}", member_born, founder_born, relation.label(lang)),
        hint: say!(lang, "请核对亲属关系或身份证号码"; "check the relation or the ID number"),
    }
    /// A second spouse: a person has one spouse in law (婚姻法, one
    /// marriage at a time), so a family lists at most one. Rule
    /// `relations` (every region's 配偶, singular). Refused at the second
    /// spouse's `members[i].relation`; the first stands.
    SecondSpouse => {
        severity: Error,
        title: ("配偶只能有一位", "only one spouse"),
        message: lang.pick("已列出一位配偶：一个家庭只能有一位配偶", "a spouse is already listed: a family has one spouse").to_owned(),
        hint: say!(lang, "请改为其他亲属关系，或删除此成员"; "choose another relation, or remove this member"),
    }
    /// A third parent: a founder has two parents (父母). Rule `relations`
    /// (Shanghai Q8, Suzhou Q5, Dongying, Guangdong, Ruian 问2: 本人的父母).
    /// Refused at the third parent's `members[i].relation`.
    ThirdParent => {
        severity: Error,
        title: ("父母最多两位", "at most two parents"),
        message: lang.pick("已列出两位父母：父母最多两位", "two parents are already listed: a person has two parents").to_owned(),
        hint: say!(lang, "请改为其他亲属关系，或删除此成员"; "choose another relation, or remove this member"),
    }
    /// A third parent of the spouse (配偶的父母, two at most). Rule
    /// `relations` where it admits them (Dongying, Ruian 问2). Refused at
    /// the third one's `members[i].relation`.
    ThirdSpouseParent => {
        severity: Error,
        title: ("配偶的父母最多两位", "at most two of the spouse's parents"),
        message: lang.pick("已列出配偶的两位父母：配偶的父母最多两位", "two of the spouse's parents are already listed: the spouse has two").to_owned(),
        hint: say!(lang, "请改为其他亲属关系，或删除此成员"; "choose another relation, or remove this member"),
    }
    /// The founder already founded another network. Rule
    /// `networksPerMember` (Shanghai Q9: 一个账户只能建立一个家庭共济关系).
    FounderHasNetwork { network: &'a str } => {
        severity: Error,
        title: ("组建人已有共济网", "founder already has a network"),
        message: say!(lang, "组建人已组建家庭共济网 {}，一个账户只能建立一个家庭共济关系", network;
            "the founder already has network {}: one account backs one network", network),
        hint: say!(lang, "在原共济网中增加成员，或撤销原共济网后再组建"; "add members to the existing network, or dissolve it first"),
    }
    /// The founder is a member elsewhere. Rule
    /// `founderMayBeMemberElsewhere` (Shanghai Q9, Dongying 问(六)3).
    FounderIsMemberElsewhere { network: &'a str } => {
        severity: Error,
        title: ("组建人已是别处的成员", "founder is a member elsewhere"),
        message: say!(lang, "组建人已作为成员加入家庭共济网 {}，不能再组建", network;
            "the founder is a member of network {} and cannot found another", network),
        hint: say!(lang, "退出原家庭共济网后可组建"; "leave that network first, then found this one"),
    }
    /// The founder listed himself as a member.
    FounderListedAsMember => {
        severity: Error,
        title: ("组建人不能是自己的成员", "founder listed as a member"),
        message: say!(lang, "组建人不能把自己列为共济成员"; "the founder cannot be his own member"),
        hint: say!(lang, "删除该成员"; "remove this member"),
    }
    /// The same person (id or ID number) is listed twice.
    PersonListedTwice { first: usize } => {
        severity: Error,
        title: ("同一人列了两次", "same person listed twice"),
        message: say!(lang, "与第 {} 位成员是同一人（id 或身份证号相同）", first + 1;
            "the same person as member {} (same id or ID number)", first + 1),
        hint: say!(lang, "删除重复的成员"; "remove the duplicate"),
    }
    /// The member founded a network of his own. Rule
    /// `memberMayBeFounderElsewhere` (Shanghai Q22, Dongying 问(六)2).
    MemberIsFounderElsewhere { network: &'a str } => {
        severity: Error,
        title: ("成员已组建自己的共济网", "member founds another network"),
        message: say!(lang, "该成员已是家庭共济网 {} 的组建人，不能再被绑定", network;
            "this person founds network {} and cannot be bound as a member", network),
        hint: say!(lang, "其撤销自己的共济网后可加入"; "the person may join after dissolving his own network"),
    }
    /// The member is already in as many networks as the profile allows,
    /// or a settlement names more funders for him than it allows (the fund
    /// then pays nothing). Rule `networksPerMember` (Shanghai Q9, Dongying
    /// 问(六)1).
    MemberInOtherNetwork { networks: &'a [&'a str], limit: usize } => {
        severity: Error,
        title: ("成员已在其他共济网", "member in another network"),
        message: say!(lang, "该成员已加入家庭共济网 {}，同一时间最多加入 {} 个", listed(networks.iter().copied(), lang), limit;
            "this person is already in network {}; at most {} at a time", listed(networks.iter().copied(), lang), limit),
        hint: say!(lang, "解绑后可加入：先退出原家庭共济网"; "the person may join after leaving (being unbound from) that network"),
    }
    /// The member may hold this second funder, whose fund is used in
    /// turn, never together with the first. Rule `networksPerMember`
    /// (Ruian: 依次使用两个授权人).
    MemberSecondAuthorizer { network: &'a str } => {
        severity: Info,
        title: ("成员的第二位授权人", "member's second authorizer"),
        message: say!(lang, "该成员已有授权人（共济网 {}），可再绑定本授权人；两个授权人的资金依次使用，一笔费用不能同时使用两者", network;
            "this person already has an authorizer (network {}); binding a second is allowed, and the two funds are used in turn, never both on one bill", network),
    }
    /// The founder is a member of this member's network: two people cannot
    /// fund each other. Rule `memberMayBeFounderElsewhere`.
    BindingCycle { network: &'a str } => {
        severity: Error,
        title: ("两人不能互相共济", "two people cannot fund each other"),
        message: say!(lang, "组建人已是该成员所建共济网 {} 的成员，两人不能互相共济", network;
            "the founder is a member of network {} founded by this person: two people cannot fund each other", network),
        hint: say!(lang, "先解除其中一方的绑定"; "unbind one of the two first"),
    }
    /// More members than the profile allows. Rule `maxMembers` (Dongying:
    /// 最多绑定 7 名近亲属).
    TooManyMembers { max: usize, listed: usize } => {
        severity: Error,
        title: ("成员人数超过上限", "too many members"),
        message: say!(lang, "最多绑定 {} 名近亲属，当前 {} 名", max, listed;
            "at most {} relatives may be bound; {} listed", max, listed),
        hint: say!(lang, "解除 {} 名成员的绑定", listed - max; "unbind {} member(s)", listed - max),
    }
    /// A mode the profile does not offer was asked for: a warning, that
    /// mode alone is refused and the network stands with those offered.
    /// Rule `modes` (Ruian: payment only).
    ModeNotOffered { mode: Mode, offered: &'a [Mode] } => {
        severity: Warning,
        title: ("本地不提供此共济方式", "mode not offered here"),
        message: say!(lang, "本政策不提供“{}”方式，只提供：{}", mode.label(lang), listed(offered.iter().map(|m| m.label(lang)), lang);
            "this policy does not offer the {} mode, only: {}", mode.label(lang), listed(offered.iter().map(|m| m.label(lang)), lang)),
    }
    /// The founder has chosen no mode yet, so members cannot use the fund.
    /// Rule `founderChoosesModes` (Shanghai Q10).
    ModesNotChosen => {
        severity: Warning,
        title: ("尚未选择共济方式", "no mode chosen yet"),
        message: say!(lang, "组网后组建人须选择共济支付和/或共济缴费，成员方可使用";
            "after founding, the founder must choose payment and/or premium mode before members can use the fund"),
    }
    /// Past the yearly deadline for switching a school-batch premium to
    /// 共济缴费. Rule `premiumModeDeadline` (Shanghai Q13: 12-19 17:30).
    PremiumModeDeadline { passed: bool, year: u16, month: u8, day: u8 } => {
        severity: if passed { Warning } else { Info },
        title: ("共济缴费的选择截止日", "premium-mode deadline"),
        message: if passed {
            say!(lang, "已过 {} 年 {} 月 {} 日 17:30：学校集中参保的孩子本年度无法再以共济缴费方式缴纳居保费", year, month, day;
                "past {}-{:02}-{:02} 17:30: a child insured through the school batch can no longer have this year's premium paid by the fund", year, month, day)
        } else {
            say!(lang, "学校集中参保的孩子，须在 {} 年 {} 月 {} 日 17:30 前选定共济缴费", year, month, day;
                "for a child insured through the school batch, choose premium mode by {}-{:02}-{:02} 17:30", year, month, day)
        },
    }
    /// The family fund may not pay this kind of cost. Rule `uses`
    /// (Shanghai Q10, Suzhou Q10, Ruian 问4).
    KindNotCovered { kind: ExpenseKind } => {
        severity: Error,
        title: ("此类费用不能用共济资金", "the fund cannot pay this kind"),
        message: say!(lang, "家庭共济资金不能用于{}", kind.label(lang); "the family fund cannot pay {}", kind.label(lang)),
        hint: say!(lang, "此项费用由本人账户或现金支付"; "pay this from the member's own account or in cash"),
    }
    /// The use needs a mode the founder has not chosen. Rules `uses` and
    /// `founderChoosesModes` (Shanghai Q10).
    ModeNotChosen { funder: Option<&'a str>, mode: Mode, none_pays: bool } => {
        // Of several funders, one who has not chosen the mode is passed
        // over unless none has.
        severity: if funder.is_none() || none_pays { Error } else { Warning },
        title: ("未选择所需的共济方式", "the needed mode is not chosen"),
        message: match funder {
            None => say!(lang, "组建人尚未选择“{}”方式，成员不能以此使用共济资金", mode.label(lang);
                "the founder has not chosen the {} mode, so the fund cannot pay this", mode.label(lang)),
            Some(id) => say!(lang, "授权人 {} 尚未选择“{}”方式，不能以其资金支付此项费用", id, mode.label(lang);
                "funder {} has not chosen the {} mode, so his fund cannot pay this", id, mode.label(lang)),
        },
        hint: say!(lang, "组建人选择“{}”后可用", mode.label(lang); "usable once the founder chooses the {} mode", mode.label(lang)),
    }
    /// The region has no choice of modes, so the `modes` given do not limit
    /// this use. Rule `founderChoosesModes` (Suzhou Q10, Guangdong, Dongying,
    /// Ruian: false).
    ModesIgnored { kind: ExpenseKind } => {
        severity: Info,
        title: ("本地不区分共济方式", "modes make no difference here"),
        message: say!(lang, "本地无需选择共济方式，所填方式不影响{}的使用", kind.label(lang);
            "there is no choice of modes here: the modes given do not limit {}", kind.label(lang)),
    }
    /// A funder's (or a projection binding's) `boundOn` is after `asOf`: on
    /// the day judged the member is not bound to him yet, so his fund
    /// neither pays nor counts towards the funder limit. No rule: a
    /// binding holds from the day it is made. An error when no fund the
    /// member draws on is bound yet, a warning when another pays instead.
    BoundAfterAsOf { funder: Option<&'a str>, bound_on: Date, as_of: Date, none_bound: bool } => {
        severity: if none_bound { Error } else { Warning },
        title: ("绑定日期晚于结算日", "bound after the day judged"),
        message: match funder {
            Some(id) => say!(lang, "授权人 {} 的绑定日期 {} 晚于结算日 {}，当日尚未绑定，其资金不能支付", id, bound_on, as_of;
                "funder {} bound this member on {}, after {}: not bound yet on that day, so his fund cannot pay", id, bound_on, as_of),
            None => say!(lang, "成员的绑定日期 {} 晚于结算日 {}，当日尚未绑定，共济资金不能支付", bound_on, as_of;
                "the member was bound on {}, after {}: not bound yet on that day, so the family fund cannot pay", bound_on, as_of),
        },
        hint: say!(lang, "自 {} 起可用；请核对绑定日期或结算日", bound_on; "usable from {}; check the binding date or the day judged", bound_on),
    }
    /// A funder's (or a projection binding's) `endsOn` is before `asOf`:
    /// the binding lapsed at 00:00 the day after its end (结束时间的次日零时,
    /// Ningbo; Shaanxi's form records 结束日期 without saying), so his fund
    /// neither pays nor counts towards the funder limit. No rule: the
    /// contract's reading of an end date. An error when no fund the member
    /// draws on holds on the day judged, a warning when another pays.
    BindingEnded { funder: Option<&'a str>, ends_on: Date, as_of: Date, none_bound: bool } => {
        severity: if none_bound { Error } else { Warning },
        title: ("绑定已到结束日期", "the binding has ended"),
        message: match funder {
            Some(id) => say!(lang, "授权人 {} 的绑定于 {} 结束，结算日 {} 已失效，其资金不能支付", id, ends_on, as_of;
                "funder {}'s binding ended on {}; on {} it has lapsed, so his fund cannot pay", id, ends_on, as_of),
            None => say!(lang, "成员的绑定于 {} 结束，结算日 {} 已失效，共济资金不能支付", ends_on, as_of;
                "the member's binding ended on {}; on {} it has lapsed, so the family fund cannot pay", ends_on, as_of),
        },
        hint: say!(lang, "绑定在结束日期的次日零时失效；如需继续使用，请重新绑定或延长结束日期"; "a binding lapses at 00:00 the day after its end date; bind again or extend the end date to go on"),
    }
    /// The day judged is after the day through which the profile's sources
    /// were reviewed (`reviewedThrough`): the answer applies the rules as
    /// those sources state them, and a change since, national or local, may
    /// be missing. None on or before that day, nor for a profile that
    /// records no review date.
    /// `changes` are the national changes dated after the review day and
    /// on or before the day judged (the national frame's `changes`).
    ReviewedThrough { reviewed_through: Date, as_of: Date, changes: &'a [Change] } => {
        severity: Info,
        title: ("依据资料的审阅截止日", "sources reviewed through"),
        message: say!(lang, "本答复依据的政策资料审阅至 {}；{} 适用的规定可能已有变化（包括全国性调整）{}", reviewed_through, as_of, Change::since(changes, lang);
            "the sources of this answer were reviewed through {}; the rules in force on {} may have changed since, nationally or locally{}", reviewed_through, as_of, Change::since(changes, lang)),
        hint: say!(lang, "请向当地医保部门核实现行规定"; "check the rules in force with the local medical insurance office"),
    }
    /// A resident member at a facility the profile excludes. Rule
    /// `residentFacilities` (Ruian 问4: 一、二级, never retail pharmacies).
    /// `level` is the institution's; `None` for a retail pharmacy.
    FacilityNotAllowed { level: Option<u8>, max_level: u8 } => {
        severity: Error,
        title: ("此机构不能使用共济资金", "facility not allowed"),
        message: match level {
            None => say!(lang, "城乡居民参保的成员不能在定点零售药店使用共济资金"; "a resident-insured member cannot use the fund at a retail pharmacy"),
            Some(level) => say!(lang, "城乡居民参保的成员不能在 {} 级医疗机构使用共济资金（限 {} 级及以下）", level, max_level;
                "a resident-insured member cannot use the fund at a level {} institution (level {} or lower only)", level, max_level),
        },
        hint: match level {
            None => say!(lang, "到一级或二级定点医疗机构就医购药"; "use a level 1 or 2 designated institution"),
            Some(_) => say!(lang, "到一级或二级定点医疗机构就医"; "use a level 1 or 2 designated institution"),
        },
    }
    /// The profile limits resident members by facility level and none was
    /// given. Rule `residentFacilities` (Ruian 问4).
    FacilityLevelMissing => {
        severity: Error,
        title: ("需要填写机构等级", "facility level needed"),
        message: say!(lang, "城乡居民参保的成员仅限在一、二级医疗机构使用共济资金，请填写机构等级";
            "resident-insured members may use the fund only at level 1-2 institutions: give the facility level"),
    }
    /// A use paid in full only (premiums, insurance) meets a fund that is
    /// short. Rule `uses` with `fullPaymentOnly` (Suzhou Q10).
    FullPaymentShort { kind: ExpenseKind, available: Yuan, amount: Yuan, must_exceed: bool } => {
        severity: Error,
        title: ("共济资金不足以全额支付", "fund short of the full amount"),
        message: if must_exceed {
            say!(lang, "{}只能由共济资金全额缴纳，且结余须大于缴费金额：可用 {} 元不大于 {} 元", kind.label(lang), available, amount;
                "{} can only be paid by the fund in full, and the fund must hold more than the amount: {} yuan available is not more than {} yuan", kind.label(lang), available, amount)
        } else {
            say!(lang, "{}只能由共济资金全额缴纳，可用 {} 元不足 {} 元", kind.label(lang), available, amount;
                "{} can only be paid by the fund in full; {} yuan available is less than {} yuan", kind.label(lang), available, amount)
        },
        hint: say!(lang, "以现金缴纳"; "pay it in cash"),
    }
    /// The member's own account cannot pay the whole bill: the first swipe
    /// is declined and a retry is paid from the funder's account. Rule
    /// `shortfall` (Dongying 问(三)).
    DeclinedThenRetry => {
        severity: Warning,
        title: ("首次刷卡不成功，再次刷卡", "declined, then retried"),
        message: say!(lang, "本人账户余额不足以支付全部费用，首次刷卡将失败；5 分钟内再次刷卡，由户主账户支付";
            "the member's own account cannot pay the whole bill, so the first swipe is declined; a second swipe within 5 minutes is paid from the owner's account"),
    }
    /// The funder's cumulative cap for this member is reached. Rule
    /// `perMemberCap` (Dongying 问(四)).
    CapReached { cap: Yuan } => {
        severity: Info,
        title: ("已达到该成员的限额", "member's cap reached"),
        message: say!(lang, "已达到户主设定的累计限额 {} 元", cap; "the owner's cumulative cap of {} yuan is reached", cap),
    }
    /// The fund is spent; the rest is cash and the network goes on. Rule
    /// `fund` (Shanghai Q18, Suzhou Q14).
    FundExhausted => {
        severity: Info,
        title: ("共济资金已用完", "family fund spent"),
        message: say!(lang, "家庭共济资金已用完，其余由现金支付；共济关系继续有效";
            "the family fund is spent; the rest is cash and the network goes on"),
    }
    /// The member's own balances were not given and are taken as zero.
    OwnBalanceUnknown => {
        severity: Info,
        title: ("未填写成员本人余额", "member's own balances missing"),
        message: say!(lang, "未提供成员本人的当年或历年账户余额，按 0 元计算"; "the member's own current or historical balance is not given and is taken as zero"),
    }
    /// Pharmacy costs paid from the fund do not count toward the
    /// deductible. Rule `pharmacyCountsTowardDeductible` (Shanghai Q17).
    NotTowardDeductible => {
        severity: Info,
        title: ("不计入起付线", "not toward the deductible"),
        message: say!(lang, "定点药店以共济资金支付的费用不计入门急诊自负段或起付线";
            "pharmacy costs paid from the fund do not count toward the outpatient deductible"),
    }
    /// Fund-paid costs are outside relief schemes. Rule
    /// `fundInReliefSchemes` (Shanghai Q19).
    OutsideReliefSchemes => {
        severity: Info,
        title: ("不纳入减负、救助", "outside relief schemes"),
        message: say!(lang, "共济支付的费用不纳入减负、居民大病保险、医疗救助等范围";
            "costs paid from the fund are outside relief schemes, critical-illness insurance and medical assistance"),
    }
    /// Step: the member's own current-year account pays. Rule
    /// `ownAccountOrder` (Shanghai Q10, Suzhou Q9).
    StepOwnCurrent { paid: Yuan } => {
        severity: Info,
        title: ("本人当年账户支付", "own current-year account pays"),
        message: say!(lang, "本人当年账户支付 {} 元", paid; "own current-year account pays {} yuan", paid),
    }
    /// Step: the member's own historical account pays. Rule
    /// `ownAccountOrder`.
    StepOwnHistorical { paid: Yuan } => {
        severity: Info,
        title: ("本人历年账户支付", "own historical account pays"),
        message: say!(lang, "本人历年账户支付 {} 元", paid; "own historical account pays {} yuan", paid),
    }
    /// Step: the family fund pays. Rule `shortfall`, or the use's own rule
    /// for full-payment uses.
    StepFamily { funder: Option<&'a str>, paid: Yuan, left: Yuan } => {
        severity: Info,
        title: ("家庭共济资金支付", "family fund pays"),
        message: match funder {
            None => say!(lang, "家庭共济资金支付 {} 元，余 {} 元", paid, left;
                "family fund pays {} yuan, {} yuan left", paid, left),
            Some(id) => say!(lang, "授权人 {} 的共济资金支付 {} 元，余 {} 元", id, paid, left;
                "funder {}'s fund pays {} yuan, {} yuan left", id, paid, left),
        },
    }
    /// Step: what is left is paid in cash. Rule `uses`.
    StepCash { paid: Yuan } => {
        severity: Info,
        title: ("个人现金支付", "cash pays"),
        message: say!(lang, "现金支付 {} 元", paid; "cash pays {} yuan", paid),
    }
    /// The viewer is in neither role of the network and sees no one. Rule
    /// `memberSees` (Shanghai Q21, Dongying 问(八)).
    ViewerNotInNetwork => {
        severity: Error,
        title: ("不在该共济网中", "not in this network"),
        message: say!(lang, "查看人不在该家庭共济网中，不能查看任何成员"; "the viewer is not in this network and may see no one"),
    }
    /// A member with several funders: the region draws one funder per bill
    /// (or only one at all), so the rest of this bill is cash although
    /// another funder still has money. Rule `funderDraw` (Ruian 发布会:
    /// 依次使用…不能同时使用). `only_one`: the region uses only the earliest
    /// funder at all; `others` are those left out.
    FundersNotCombined { only_one: bool, others: &'a [&'a str] } => {
        severity: Info,
        title: ("一笔费用只用一位授权人的资金", "one funder per bill"),
        message: if only_one {
            say!(lang, "本地只使用最早绑定的一位授权人的资金，{} 的资金不用于此项费用", listed(others.iter().copied(), lang);
                "only the earliest funder's fund is used here; {}'s fund does not pay this", listed(others.iter().copied(), lang))
        } else {
            say!(lang, "一笔费用只能使用一位授权人的资金，不能同时使用：{} 的资金留待以后的费用", listed(others.iter().copied(), lang);
                "one bill is paid from one funder only, never two together: {}'s fund is left for later bills", listed(others.iter().copied(), lang))
        },
    }
    // 医保钱包 transfers (`checkTransfer`), the 2025 NHSA guide as the
    // national profile cites it.
    /// The version in force has no (or not all) wallet-transfer rules: a
    /// region's own profile that states none, or a day before the national
    /// profile's transfer version. Rules `transfersPerDay` and the other
    /// `transfer*` rules (医保钱包使用指南).
    TransfersNotInPolicy { policy: &'a Names, valid_from: Date, missing: &'a [&'a str] } => {
        severity: Error,
        title: ("本政策没有医保钱包转账规则", "no wallet-transfer rules here"),
        message: if missing.len() == Rules::TRANSFER_KEYS.len() {
            say!(lang, "{}（{} 起施行版本）没有医保钱包转账规则", policy.zh, valid_from;
                "{} (version from {}) has no wallet-transfer rules", policy.en, valid_from)
        } else {
            say!(lang, "{}（{} 起施行版本）的医保钱包转账规则不全，缺少 {}", policy.zh, valid_from, listed(missing.iter().copied(), lang);
                "{} (version from {}) lacks wallet-transfer rules: {}", policy.en, valid_from, listed(missing.iter().copied(), lang))
        },
        hint: say!(lang, "按全国框架（national）或扩展它的地方政策判断"; "judge it under the national frame (national) or a profile extending it"),
    }
    /// The giver is not in a scheme that may transfer (职工医保, with a
    /// personal account). Rule `transferGiverSchemes` (如果参保人参加职工医保).
    TransferGiverNotEmployee { scheme: Scheme } => {
        severity: Error,
        title: ("转账人不是职工医保参保人", "giver not in employee insurance"),
        message: say!(lang, "医保钱包转账须由职工医保参保人转出，当前为{}", self::scheme(scheme, lang);
            "a wallet transfer is sent by a member of employee insurance, not {}", self::scheme(scheme, lang)),
    }
    /// The giver's insurance or account is suspended or transferred. Rule
    /// `transferGiverSchemes` (an account that cannot be used cannot send).
    TransferGiverNotActive { status: Status } => {
        severity: Error,
        title: ("转账人账户不能正常使用", "giver's account not usable"),
        message: say!(lang, "转账人的医保状态为“{}”，个人账户不能转出", self::status(status, lang);
            "the giver's insurance is {}: the personal account cannot send", self::status(status, lang)),
    }
    /// The giver's personal account holds less than the amount. Rule
    /// `transferGiverSchemes` (个人账户上有富余资金).
    TransferBalanceShort { balance: Yuan, amount: Yuan } => {
        severity: Error,
        title: ("个人账户余额不足", "balance short of the amount"),
        message: say!(lang, "个人账户余额 {} 元，不足转账金额 {} 元", balance, amount;
            "the personal account holds {} yuan, less than the {} yuan to send", balance, amount),
        hint: say!(lang, "最多可转 {} 元", balance; "at most {} yuan can be sent", balance),
    }
    /// The recipient's relation is not one a transfer may go to. Rule
    /// `transferRelations` (近亲属之间(含跨省)).
    TransferRelationNotAdmitted { relation: Relation, admitted: &'a [Relation] } => {
        severity: Error,
        title: ("此亲属不能接收转账", "relation cannot receive transfers"),
        message: say!(lang, "医保钱包只能转给近亲属，{}不在其列", relation.label(lang);
            "wallet transfers go to close relatives only, and a {} is not one", relation.label(lang)),
        hint: say!(lang, "可转给：{}", listed(admitted.iter().map(|r| r.label(lang)), lang);
            "may receive: {}", listed(admitted.iter().map(|r| r.label(lang)), lang)),
    }
    /// The recipient's scheme is not admitted. Rule
    /// `transferRecipientSchemes` (只要家人在当地参加基本医保).
    TransferRecipientSchemeNotAdmitted { scheme: Scheme } => {
        severity: Error,
        title: ("收款人险种不符合", "recipient's scheme not admitted"),
        message: say!(lang, "收款人不能是{}参保人", self::scheme(scheme, lang);
            "the recipient cannot be in {}", self::scheme(scheme, lang)),
    }
    /// The recipient is not insured (suspended or transferred out). Rule
    /// `transferRecipientSchemes` (参加基本医保).
    TransferRecipientNotActive { status: Status } => {
        severity: Error,
        title: ("收款人未正常参保", "recipient not insured"),
        message: say!(lang, "收款人须参加基本医保，当前状态为“{}”", self::status(status, lang);
            "the recipient must be insured; his insurance is {}", self::status(status, lang)),
    }
    /// The recipient is insured outside the area the profile admits. Rule
    /// `transferRecipientArea` (national: anywhere, 含跨省).
    TransferRecipientOutsideArea { area: Area, home: &'a RegionCode, region: &'a RegionCode } => {
        severity: Error,
        title: ("收款人参保地不符合", "recipient insured outside the area"),
        message: say!(lang, "收款人须在{}参保，当前参保地为 {}", self::area(area, home, lang), region;
            "the recipient must be insured in {}, not {}", self::area(area, home, lang), region),
    }
    /// The recipient has not opened a 医保钱包: the transfer would fail.
    /// Rule `transferNeedsWallet` (若被转账人医保钱包账户未开立,转账会失败).
    TransferRecipientNoWallet => {
        severity: Error,
        title: ("收款人未开通医保钱包", "recipient has no wallet"),
        message: say!(lang, "收款人的医保钱包尚未开通，转账会失败"; "the recipient has not opened a medical-insurance wallet: the transfer would fail"),
        hint: say!(lang, "请收款人先开通医保钱包"; "ask the recipient to open a wallet first"),
    }
    /// The wallet has made the day's transfers. Rule `transfersPerDay`
    /// (单日限额三笔转账).
    TransferCountReached { per_day: u8, made: usize } => {
        severity: Error,
        title: ("当日转账笔数已满", "the day's transfers are made"),
        message: say!(lang, "每个医保钱包每日最多转账 {} 笔，今日已转 {} 笔", per_day, made;
            "a wallet makes at most {} transfers a day; {} made today", per_day, made),
        hint: say!(lang, "次日再转"; "transfer again the next day"),
    }
    /// The amount is over the limit of one transfer. Rules `transferLimit`
    /// and `transferLimitScope: perTransfer` (每笔转账金额不超过2000元).
    TransferOverLimit { amount: Yuan, limit: Yuan } => {
        severity: Error,
        title: ("超过单笔转账限额", "over the limit of a transfer"),
        message: say!(lang, "每笔转账不超过 {} 元，本笔 {} 元", limit, amount;
            "a transfer moves at most {} yuan; this one {} yuan", limit, amount),
        hint: say!(lang, "分笔转账，每笔不超过 {} 元", limit; "split it into transfers of at most {} yuan", limit),
    }
    /// The day's transfers with this one are over the limit. Rules
    /// `transferLimit` and `transferLimitScope: perDay` (a profile's
    /// reading: 总额不超2000元).
    TransferOverDayLimit { amount: Yuan, earlier: Yuan, limit: Yuan } => {
        severity: Error,
        title: ("超过当日转账总额", "over the day's transfer limit"),
        message: say!(lang, "每日转账合计不超过 {} 元：今日已转 {} 元，本笔 {} 元", limit, earlier, amount;
            "the day's transfers together move at most {} yuan: {} yuan sent today, {} yuan now", limit, earlier, amount),
    }
    /// The attempt falls in the hours without transfers. Rule
    /// `transferClosedHours` (每日22:00-次日6:00不能进行转账).
    TransferClosedHours { at: ClockTime, from: ClockTime, until: ClockTime } => {
        severity: Error,
        title: ("此时段不能转账", "no transfers at this hour"),
        message: if from > until {
            say!(lang, "每日 {} 至次日 {} 不能转账，当前时间 {}", from, until, at;
                "no transfers from {} to {} the next morning; it is {}", from, until, at)
        } else {
            say!(lang, "每日 {} 至 {} 不能转账，当前时间 {}", from, until, at;
                "no transfers from {} to {}; it is {}", from, until, at)
        },
        hint: say!(lang, "{} 后再转", until; "transfer from {}", until),
    }
    /// An earlier transfer is still unaccepted, and blocks this one. Rule
    /// `pendingTransferBlocks` (被共济人未接收转账的,共济人无法再次转账).
    TransferPendingBlocks { pending_at: LocalDateTime, same_recipient: bool } => {
        severity: Error,
        title: ("有未接收的转账", "a transfer is still unaccepted"),
        message: if same_recipient {
            say!(lang, "{} 转给此人的转账尚未接收，不能再次转给此人", pending_at.time;
                "the transfer of {} to this person is not accepted yet: no new transfer to him", pending_at.time)
        } else {
            say!(lang, "{} 的转账尚未被接收，接收或退回前不能再次转账", pending_at.time;
                "the transfer made at {} is not accepted yet: no new transfer until it is accepted or returned", pending_at.time)
        },
        hint: say!(lang, "请收款人先接收上一笔转账"; "ask the recipient to accept the earlier transfer first"),
    }
    /// The transfer may be made; if the recipient does not accept it, it
    /// comes back at (or by) this time. Rule `transferReturn`
    /// (次日6:00退回转账人账户内).
    TransferReturnsIfUnaccepted { time: LocalDateTime, by: bool } => {
        severity: Info,
        title: ("未接收的转账退回时间", "when an unaccepted transfer returns"),
        message: if by {
            say!(lang, "收款人未接收的，转出金额将在 {} {} 前退回转账人账户", time.date, time.time;
                "if not accepted, the amount returns to the giver's account by {} on {}", time.time, time.date)
        } else {
            say!(lang, "收款人未接收的，转出金额将在 {} {} 退回转账人账户", time.date, time.time;
                "if not accepted, the amount returns to the giver's account at {} on {}", time.time, time.date)
        },
    }
    // Shanxi and Hunan (the kinds of rule their texts added).
    /// The funder's account must keep a balance that his relatives may not
    /// use, and that is what stopped the fund; the rest of the bill is
    /// cash. Rule `funderKeeps` (Shanxi 规程: 仅1000元以上的部分可供被授权人
    /// 使用).
    FunderKeepsBalance { keep: Yuan, balance: Yuan } => {
        severity: Info,
        title: ("授权人账户须保留的余额不能使用", "the funder's kept balance is not for use"),
        message: say!(lang, "授权人账户余额 {} 元，仅 {} 元以上的部分可供成员使用", balance, keep;
            "the funder's balance is {} yuan; only the part above {} yuan may be used by members", balance, keep),
        hint: say!(lang, "其余由个人现金支付"; "the rest is paid in cash"),
    }
    /// The most one payment may take for this member, as his funder set
    /// it, is what stopped the fund; the rest of the bill is cash. Rule
    /// `perPaymentCap` (Shanxi 规程: 单次支付的最高额度).
    PerPaymentCapReached { cap: Yuan } => {
        severity: Info,
        title: ("已达到单次支付限额", "per-payment cap reached"),
        message: say!(lang, "授权人为该成员设定的单次支付最高额度为 {} 元", cap;
            "the funder lets one payment take at most {} yuan for this member", cap),
        hint: say!(lang, "授权人可随时变更单次支付的最高额度"; "the funder may change the per-payment cap at any time"),
    }
    /// A per-payment cap was given, but the region lets no funder set one:
    /// it is ignored. Rule `perPaymentCap`.
    PerPaymentCapNotInPolicy => {
        severity: Warning,
        title: ("本地不设单次支付限额", "no per-payment cap here"),
        message: say!(lang, "本政策没有授权人设定的单次支付限额，填写的限额不生效";
            "this policy has no per-payment cap set by the funder; the cap given is ignored"),
    }
    /// More different relatives than the region allows over all time, the
    /// bindings ended included and a relative bound again counted once.
    /// Rule `maxMembersEver` (Hunan: 累计最多可绑定20名近亲属).
    TooManyMembersEver { max: u32, counted: usize } => {
        severity: Error,
        title: ("累计绑定人数超过上限", "too many relatives over time"),
        message: say!(lang, "累计最多可绑定 {} 名近亲属（同一人只算一次），连同本次共 {} 名", max, counted;
            "at most {} different relatives may be bound over time (one person counted once); with these, {}", max, counted),
        hint: say!(lang, "已解除的绑定也计入累计人数"; "bindings that have ended count too"),
    }
    // 跨省共济: the 共济额度 (quota) a funder sets through the 医保钱包
    // (national notice reported 2026-01-09, rules `quota…`).
    /// A quota is stated but the version in force has no 跨省共济 quota
    /// (rule `quotaRelations` absent): before the national notice of
    /// 2026-01-09 a relative could not be helped this way.
    QuotaNotInForce { valid_from: Date } => {
        severity: Error,
        title: ("尚无跨省共济额度", "no cross-province quota yet"),
        message: say!(lang, "所适用的政策版本（{} 起施行）没有通过医保钱包设定共济额度的规定：跨省共济自 2026-01-09 国家医保局、财政部通知起施行", valid_from;
            "the version in force (from {}) has no quota set through the medical insurance wallet: cross-province sharing applies from the national notice of 2026-01-09", valid_from),
        hint: say!(lang, "2026-01-09 起可通过医保钱包设定共济额度"; "from 2026-01-09 a funder may set a quota through the medical insurance wallet"),
    }
    /// The relative is helped through the quota this funder set in the
    /// 医保钱包 (跨省共济), not through the local network; `network_too`:
    /// he could also be bound to the local network. Rule `quotaArea`.
    QuotaRoute { funder: &'a str, network_too: bool } => {
        severity: Info,
        title: ("通过共济额度跨省共济", "helped through a cross-province quota"),
        message: if network_too {
            say!(lang, "按 {} 通过医保钱包设定的共济额度共济（跨省共济，全国参保均可）；此人也在本省参保，也可加入本地家庭共济网", funder;
                "helped through the quota {} set in the medical insurance wallet (cross-province sharing, insured anywhere); insured in the province, this person could also join the local network", funder)
        } else {
            say!(lang, "按 {} 通过医保钱包设定的共济额度共济：跨省共济不限参保省份，本地家庭共济网则不能绑定外省参保人", funder;
                "helped through the quota {} set in the medical insurance wallet: cross-province sharing reaches any province, while the local network cannot bind a person insured in another province", funder)
        },
    }
    /// A relative insured in another province cannot join the local
    /// network, but on this date the funder may set a 共济额度 for him
    /// through the 医保钱包 (跨省共济). Rules `memberArea` and `quotaArea`.
    CrossProvinceRoute => {
        severity: Warning,
        title: ("可改用跨省共济额度", "the cross-province quota is open"),
        message: say!(lang, "此人不能加入本地家庭共济网，但可由共济人通过医保钱包为其设定共济额度（跨省共济）";
            "this person cannot join the local network, but the funder may set a quota for him through the medical insurance wallet (cross-province sharing)"),
        hint: say!(lang, "在医保钱包中为其设定共济额度（members[].quotas）"; "set a quota for him in the medical insurance wallet (members[].quotas)"),
    }
    /// A quota larger than what the funder may still earmark: his account
    /// less the quotas he has already set. Rule `quotaEarmarked` (在共济额度
    /// 内，共济人不能再使用该额度的个人账户资金).
    QuotaOverSpendable { amount: Yuan, spendable: Yuan } => {
        severity: Error,
        title: ("共济额度超过共济人可用余额", "quota over the funder's spendable balance"),
        message: say!(lang, "共济额度 {} 元超过共济人可用余额 {} 元（个人账户余额减去已设定的共济额度）", amount, spendable;
            "a quota of {} yuan is over the funder's spendable {} yuan (his account less the quotas already set)", amount, spendable),
        hint: say!(lang, "共济额度最多设为 {} 元", spendable; "set the quota at {} yuan at most", spendable),
    }
    /// A quota over the profile's cap on one quota. Rule `quotaCap`.
    QuotaOverCap { amount: Yuan, cap: Yuan } => {
        severity: Error,
        title: ("共济额度超过上限", "quota over its cap"),
        message: say!(lang, "共济额度 {} 元超过上限 {} 元", amount, cap; "a quota of {} yuan is over the cap of {} yuan", amount, cap),
    }
    /// Part of the person's own account is earmarked for quotas he set for
    /// relatives: he cannot spend it. Rule `quotaEarmarked`.
    QuotaEarmarked { earmarked: Yuan, spendable: Yuan } => {
        severity: Info,
        title: ("个人账户中已设定共济额度的部分不能使用", "earmarked quotas cannot be spent"),
        message: say!(lang, "个人账户中有 {} 元已设定为亲属的共济额度，本人不能再使用；本人可用 {} 元", earmarked, spendable;
            "{} yuan of the account is earmarked as quotas for relatives and cannot be spent by the account holder; {} yuan is spendable", earmarked, spendable),
    }
    /// The quota may not pay this kind of cost. Rule `quotaUses`.
    QuotaKindNotCovered { kind: ExpenseKind } => {
        severity: Error,
        title: ("此类费用不能用共济额度", "a quota cannot pay this kind"),
        message: say!(lang, "共济额度不能用于{}", kind.label(lang); "a quota cannot pay {}", kind.label(lang)),
        hint: say!(lang, "此项费用由本人账户或现金支付"; "pay this from the own account or in cash"),
    }
    /// A quota set after the day judged pays nothing yet.
    QuotaNotSetYet { funder: &'a str, set_on: Date } => {
        severity: Warning,
        title: ("共济额度尚未设定", "quota not set yet"),
        message: say!(lang, "{} 的共济额度 {} 才设定，当日尚不能使用", funder, set_on;
            "{}'s quota is set on {} and pays nothing before", funder, set_on),
    }
    /// The relation ended (by either side, or because the relative's
    /// insurance moved or ended): the quota pays nothing from that day and
    /// its unused part goes back to the funder. Rule
    /// `quotaEndsWithInsurance` (关系解除后未使用额度返还共济人账户).
    QuotaEnded { funder: &'a str, on: Date, returned: Yuan } => {
        severity: Info,
        title: ("共济关系解除，未用额度返还", "relation ended, unused quota returned"),
        message: say!(lang, "与 {} 的共济关系于 {} 解除，未使用的 {} 元额度当日返还共济人账户", funder, on, returned;
            "the relation with {} ended on {}: the unused {} yuan of the quota went back to the funder's account that day", funder, on, returned),
    }
    /// Step: a funder's quota pays. Rule `quotaAfterOwnAccount`, or the
    /// use's own rule for full-payment uses.
    StepQuota { funder: &'a str, paid: Yuan, left: Yuan } => {
        severity: Info,
        title: ("共济额度支付", "quota pays"),
        message: say!(lang, "{} 设定的共济额度支付 {} 元，余 {} 元", funder, paid, left;
            "the quota {} set pays {} yuan, {} yuan left", funder, paid, left),
    }
    /// Every quota the relative holds is spent (or not running): the rest
    /// is cash. Rule `quotaEarmarked`.
    QuotaSpent => {
        severity: Info,
        title: ("共济额度已用完", "quota spent"),
        message: say!(lang, "共济额度已用完，其余由现金支付"; "the quota is spent; the rest is cash"),
    }
}

/// Declares every error code: the [`ErrorCode`] enum and its wording
/// ([`ErrorCode::describe`]). An entry is the code's doc, its name, and
/// what it means in zh-CN and en: the whole message for a field's own
/// check (an amount, a date, an ID number), a summary for the others.
macro_rules! errors {
    ($(
        $(#[$doc:meta])*
        $code:ident => ($zh:literal, $en:literal),
    )*) => {
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
            $($(#[$doc])* $code,)*
        }

        impl ErrorCode {
            /// What the code means, in zh-CN and en: the whole message for a
            /// field's own check, a summary for the others.
            pub fn describe(self) -> (&'static str, &'static str) {
                match self {
                    $(ErrorCode::$code => ($zh, $en),)*
                }
            }
        }
    };
}

errors! {
    /// The text is not JSON (or a JS value could not be read at all).
    /// Carries no path.
    InvalidJson => ("请求不是合法的 JSON", "the request is not valid JSON"),
    /// A required field is absent; the path names it.
    MissingField => ("缺少必填字段", "a required field is missing"),
    /// A field the contract does not have (often a misspelling); the
    /// message lists the fields there are.
    UnknownField => ("无法识别的字段", "unknown field"),
    /// A value of the wrong JSON type (a number where an amount string is
    /// expected, an object where a list is).
    WrongType => ("类型不对", "wrong type"),
    /// A name the contract does not know (a scheme, kind, mode, language).
    UnknownValue => ("取值无法识别", "unknown value"),
    /// A value out of range, or a field given twice.
    InvalidValue => ("取值无效", "has an invalid value"),
    /// An amount that is not a plain decimal string (`"12.50"`).
    AmountNotANumber => ("金额须为数字字符串，如 \"12.50\"", "an amount must be a plain number string like \"12.50\""),
    /// A negative amount: balances, bills and caps are never negative.
    AmountNegative => ("金额不能为负数", "an amount cannot be negative"),
    /// An amount with three or more decimals: money is exact to the fen.
    AmountTooPrecise => ("金额最多保留两位小数（精确到分）", "an amount has at most two decimals (fen)"),
    /// An amount over 100,000,000.00 yuan: a typing error.
    AmountTooLarge => ("金额超过上限 100000000.00 元", "an amount cannot exceed 100000000.00 yuan"),
    /// Not a real `YYYY-MM-DD` day between 1900 and 2199.
    InvalidDate => ("日期须为真实存在的 YYYY-MM-DD（1900–2199 年）", "a date must be a real YYYY-MM-DD day (years 1900-2199)"),
    /// Not a six-digit 行政区划代码 (GB/T 2260).
    InvalidRegion => ("参保地须为 6 位行政区划代码，如 \"310000\"", "a region must be a six-digit division code like \"310000\""),
    /// An ID number failing GB 11643 (length, birth date, check
    /// character). The number itself is never echoed.
    InvalidIdNumber => ("身份证号码无效：须为 18 位，出生日期真实，校验码符合 GB 11643", "invalid ID number: 18 characters, a real birth date and a GB 11643 check character are required"),
    /// A facility level other than 1, 2 or 3.
    InvalidFacilityLevel => ("医疗机构等级须为 1、2 或 3", "facilityLevel must be 1, 2 or 3"),
    /// Neither a relation name nor a two-digit GB/T 4761 code.
    UnknownRelation => ("亲属关系无法识别：请用 spouse、parent、child 等名称或 GB/T 4761 两位代码", "unknown relation: use a name like spouse, parent, child or a GB/T 4761 two-digit code"),
    /// A GB/T 4761 code no family-aid policy binds, or a group code that
    /// does not say which side.
    RelationCodeNotBindable => ("该 GB/T 4761 代码不是任何共济政策可绑定的亲属（或为不分父系母系的汇总代码）", "this GB/T 4761 code names no relative a family-aid policy can bind (or is a group code that does not say which side)"),
    /// An empty person id.
    EmptyString => ("不能为空字符串", "must not be an empty string"),
    /// A person or network id over 64 bytes.
    StringTooLong => ("字符串过长（最多 64 个字符）", "the string is too long (64 characters at most)"),
    /// A person id that holds an ID number: ids are echoed in answers, ID
    /// numbers never are.
    IdNumberAsPersonId => ("id 是调用方自定的标识，会出现在结果中，不能含身份证号码；身份证号码请填 idNumber（结果中只显示脱敏号码）", "an id is the caller's own key and is echoed in answers, so it must not contain an ID number; put the ID number in idNumber (answers show it masked)"),
    /// A policy id no built-in profile has.
    UnknownPolicy => ("没有这个内置政策", "no such built-in policy"),
    /// A custom profile that parses but does not hold together (versions
    /// out of order, a citation of an unlisted document, ...).
    InvalidPolicy => ("自定义政策无效", "the custom policy is invalid"),
    /// A profile's `extend` names no built-in and no profile given in the
    /// same request; the path is that `extend`.
    ExtendUnknown => ("extend 指向的政策不存在", "extend names no known policy"),
    /// A profile's `extend` leads back to itself (`a` extends `b` extends
    /// `a`); the path is the `extend` that closes the loop.
    ExtendCycle => ("extend 形成循环", "extend leads back to the profile itself"),
    /// No version of the profile is in force on `asOf`: gongji does not
    /// guess rules before a policy began.
    DateNotCovered => ("该日期不在政策任何版本的有效期内", "no version of the policy is in force on that date"),
    /// More members, bindings or expenses than one request may list.
    LimitExceeded => ("列表超过上限", "a list is over its limit"),
    /// A request over 1 MiB of JSON. Carries no path.
    RequestTooLarge => ("请求过大", "the request is too large"),
    /// A projection lists one member id twice.
    DuplicateMember => ("成员 id 重复", "member id listed twice"),
    /// A projected expense names no listed member.
    UnknownMember => ("费用所属成员不在 members 列表中", "the expense names no member in the members list"),
    /// A settlement request names one funder id twice, or a projection
    /// binds a member to one funder twice.
    DuplicateFunder => ("授权人重复", "funder listed twice"),
    /// A projection's binding names no listed funder.
    UnknownFunder => ("授权人不在 funders 列表中", "the binding names no funder in the funders list"),
    /// A call name the contract does not have. Carries no path.
    UnknownCall => ("未知调用", "unknown call"),
    /// A bug in gongji: reported, never expected. Carries no path.
    Internal => ("gongji 内部错误", "internal error in gongji"),
    /// A call before `init()` finished loading the engine. Carries no path.
    NotInitialized => ("请先调用 await init()", "call await init() first"),
    /// `init({ engine })` names an engine other than `"wasm"` or `"js"`;
    /// the path is `engine`. Thrown by the npm entries only.
    InvalidEngine => ("engine 只能是 \"wasm\" 或 \"js\"", "engine must be \"wasm\" or \"js\""),
    /// A quota's `used` is more than its `amount`.
    QuotaUsedOverAmount => ("共济额度已使用金额不能大于额度", "a quota's used amount cannot exceed its amount"),
    /// A quota's `endedOn` is before its `setOn`.
    QuotaEndsBeforeSet => ("共济关系解除日期不能早于额度设定日期", "a quota cannot end before it is set"),
    /// The quotas a person has set (`earmarked`) hold more, unused, than
    /// his own account.
    EarmarkedOverBalance => ("已设定的共济额度超过个人账户余额", "the quotas set exceed the account's balance"),
    /// `init({ engine: "wasm" })` where WebAssembly cannot run (switched
    /// off, refused by a Content-Security-Policy, or absent from a
    /// mini-program runtime); the path is `engine`. Without the option the
    /// JS build answers. In a mini-program without WebAssembly, also
    /// `init()` given no JS build (the path is `js`), and the web entry's
    /// `init()` (the path is `engine`: import `gongji/miniprogram`).
    /// Thrown by the npm entries only.
    EngineUnavailable => ("此环境无法运行 WebAssembly", "WebAssembly cannot run here"),
    /// The mini-program runtime could not load the wasm from the path given
    /// to `init({ path })` (or Alipay was given none); the path is `path`.
    /// Or `init({ js })` did not give the JS build; the path is `js`.
    /// Thrown by the mini-program entry only.
    InitFailed => ("无法加载 gongji.wasm", "gongji.wasm cannot be loaded"),
    // 医保钱包 transfers (`checkTransfer`).
    /// Not a real `HH:MM` time of day (`00:00` to `23:59`).
    InvalidTime => ("时刻须为 HH:MM（00:00–23:59）", "a time must be HH:MM (00:00-23:59)"),
    /// Not a real `YYYY-MM-DDTHH:MM` local date and time (a transfer at
    /// `25:00`, a day that does not exist).
    InvalidDateTime => ("时间须为真实存在的 YYYY-MM-DDTHH:MM（如 2026-03-01T09:30）", "a date-time must be a real YYYY-MM-DDTHH:MM (like 2026-03-01T09:30)"),
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

    fn code(text: &str) -> RegionCode {
        RegionCode::parse(text).expect("a region code")
    }

    #[test]
    fn an_area_is_named_at_its_own_level_or_said_as_before() {
        let zh = Lang::Zh;
        assert_eq!(area(Area::Local, &code("310000"), zh), "上海市（31）");
        assert_eq!(
            area(Area::Local, &code("320500"), zh),
            "江苏省苏州市（3205）"
        );
        assert_eq!(
            area(Area::Local, &code("330381"), zh),
            "浙江省温州市瑞安市（330381）"
        );
        assert_eq!(area(Area::Province, &code("330381"), zh), "浙江省（33）");
        assert_eq!(
            area(Area::Local, &code("320500"), Lang::En),
            "江苏省苏州市 (3205)"
        );
        // A district the table does not name is not widened to its city.
        assert_eq!(area(Area::Local, &code("310104"), zh), "本统筹区（310104）");
        assert_eq!(area(Area::Province, &code("990000"), zh), "本省（99）");
    }

    #[test]
    fn a_persons_region_is_named_as_far_as_the_table_goes() {
        let zh = Lang::Zh;
        assert_eq!(region(&code("310104"), zh), "上海市（310104）");
        assert_eq!(region(&code("320583"), zh), "江苏省苏州市（320583）");
        assert_eq!(region(&code("419001"), zh), "河南省（419001）");
        assert_eq!(region(&code("990101"), zh), "990101");
    }
}
