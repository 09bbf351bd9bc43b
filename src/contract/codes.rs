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

use super::date::Date;
use super::finding::{Finding, Lang, Severity};
use super::labels::scheme as scheme_words;
use super::money::Yuan;
use super::person::{RegionCode, Scheme, Status};
use super::profile::{Area, ExpenseKind, Mode, Names};
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

/// An area as seen from `home`: the profile's own region, or the
/// founder's under the national frame (which has none).
fn area(area: Area, home: &RegionCode, lang: Lang) -> String {
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
        message: say!(lang, "组建人须在{}参保，当前参保地为 {}", self::area(area, home, lang), region;
            "the founder must be insured in {}, not {}", self::area(area, home, lang), region),
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
        message: say!(lang, "共济成员须在{}参保，当前参保地为 {}", self::area(area, home, lang), region;
            "a member must be insured in {}, not {}", self::area(area, home, lang), region),
        hint: say!(lang, "成员在{}参保后可加入", self::area(area, home, lang);
            "the member may join once insured in {}", self::area(area, home, lang)),
    }
    /// The member may join, but is insured outside the city and claims at
    /// the window rather than at the point of sale. Rule
    /// `windowClaimOutsideLocal` (Ruian 问7).
    MemberWindowClaim { region: &'a RegionCode } => {
        severity: Warning,
        title: ("外地成员须窗口报销", "member claims at the window"),
        message: say!(lang, "成员在本地以外参保（{}），使用共济资金须由授权人持票据到医保窗口报销，不能在定点机构直接结算", region;
            "the member is insured outside the local area ({}): family-fund bills are claimed at the insurance office window, not settled at the point of sale", region),
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
    /// The day judged is after the day through which the profile's sources
    /// were reviewed (`reviewedThrough`): the answer applies the rules as
    /// those sources state them, and a change since, national or local, may
    /// be missing. None on or before that day, nor for a profile that
    /// records no review date.
    ReviewedThrough { reviewed_through: Date, as_of: Date } => {
        severity: Info,
        title: ("依据资料的审阅截止日", "sources reviewed through"),
        message: say!(lang, "本答复依据的政策资料审阅至 {}；{} 适用的规定可能已有变化（包括全国性调整）", reviewed_through, as_of;
            "the sources of this answer were reviewed through {}; the rules in force on {} may have changed since, nationally or locally", reviewed_through, as_of),
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
