//! How a bill splits between the member's own accounts, the family fund and
//! cash. One function, [`settle`], used for a single preview and for every
//! step of a projection, so the two can never disagree.

use super::eligibility;
use super::Context;
use crate::contract::money::Yuan;
use crate::contract::person::{Member, Scheme};
use crate::contract::profile::{ExpenseKind, Mode, Pot, Shortfall, Use};
use crate::contract::{Expense, FacilityLevel, FacilityType, Flags, Split};
use crate::contract::{Finding, FindingCode, Severity};

/// The member's own balances, spent as bills are paid.
#[derive(Clone, Copy, Debug, Default)]
pub struct OwnAccounts {
    pub current: Yuan,
    pub historical: Yuan,
}

/// The family fund as this bill meets it.
#[derive(Clone, Copy, Debug)]
pub struct FundState<'a> {
    pub balance: Yuan,
    /// Drawn by this member so far (against his cap).
    pub used_by_member: Yuan,
    /// The modes chosen; `None`: every mode the region offers.
    pub modes: Option<&'a [Mode]>,
}

/// The outcome of one bill.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub allowed: bool,
    pub split: Split,
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    pub flags: Flags,
}

/// One bill and where it sits in the request (`member` or `members[2]`,
/// `expense` or `expenses[3].expense`), as each step meets it.
#[derive(Clone, Copy)]
struct Bill<'a> {
    ctx: &'a Context<'a>,
    member: &'a Member,
    at: &'a str,
    expense: &'a Expense,
    expense_at: &'a str,
}

/// Settles one bill, in six numbered steps. `at` is the request path of
/// the member (`member`, `members[2]`), `expense_at` of the expense.
///
/// The split always adds up to `expense.amount`, no part is negative, the
/// family part never exceeds the fund balance nor the member's remaining
/// cap.
pub fn settle(
    ctx: &Context,
    member: &Member,
    at: &str,
    own: OwnAccounts,
    fund: FundState,
    expense: &Expense,
    expense_at: &str,
) -> Outcome {
    let bill = Bill {
        ctx,
        member,
        at,
        expense,
        expense_at,
    };
    let mut findings = eligibility::member(ctx, None, member, at);
    let use_ = bill.may_the_fund_pay(fund.modes, &mut findings);
    let allowed = !findings.iter().any(Finding::is_error);
    let (available, capped) = bill.what_the_fund_may_give(fund, allowed);
    // Full-payment uses (premiums, insurance) are paid by the fund alone.
    let full_payment = use_.is_some_and(|u| u.full_payment_only);
    let mut split = bill.own_accounts_first(own, full_payment);
    bill.then_the_family_fund(&mut split, available, allowed, use_, &mut findings);
    let fund_after = fund.balance.minus(split.family);
    bill.explain_each_step(
        &split,
        fund_after,
        available,
        capped,
        allowed,
        use_,
        &mut findings,
    );
    let flags = bill.side_effects(&split, &mut findings);
    Outcome {
        // Any error refuses the fund, also one found while paying (a
        // full-payment use the fund cannot cover).
        allowed: !findings.iter().any(Finding::is_error),
        split,
        fund_after,
        findings,
        flags,
    }
}

impl<'a> Bill<'a> {
    /// 1. May the family fund pay this kind of bill at all, here, now? The
    ///    use the policy admits for it, if any.
    fn may_the_fund_pay(
        self,
        modes: Option<&[Mode]>,
        findings: &mut Vec<Finding>,
    ) -> Option<&'a Use> {
        let Bill {
            ctx,
            member,
            expense,
            expense_at,
            ..
        } = self;
        let (r, lang) = (&ctx.version.rules, ctx.lang);
        let use_ = r.use_for(expense.kind);
        match use_ {
            None => findings.push(
                Finding::new(
                    FindingCode::KindNotCovered,
                    Severity::Error,
                    say!(lang, "家庭共济资金不能用于{}", expense.kind.label(lang); "the family fund cannot pay {}", expense.kind.label(lang)),
                )
                .hint(say!(lang, "此项费用由本人账户或现金支付"; "pay this from the member's own account or in cash"))
                .at(format!("{expense_at}.kind"))
                .cite(&r.uses.source),
            ),
            // Where the founder chooses modes, only a chosen one pays
            // (Shanghai Q10); elsewhere there is nothing to choose, and a
            // `modes` given is ignored rather than refusing a use.
            Some(u) if modes.is_some_and(|chosen| !chosen.contains(&u.mode)) => {
                if r.founder_chooses_modes.value {
                    let mode = u.mode.label(lang);
                    findings.push(
                        Finding::new(
                            FindingCode::ModeNotChosen,
                            Severity::Error,
                            say!(lang, "组建人尚未选择“{}”方式，成员不能以此使用共济资金", mode;
                                "the founder has not chosen the {} mode, so the fund cannot pay this", mode),
                        )
                        .hint(say!(lang, "组建人选择“{}”后可用", mode; "usable once the founder chooses the {} mode", mode))
                        .at("fund.modes")
                        .cite(&r.founder_chooses_modes.source),
                    );
                } else {
                    findings.push(
                        Finding::new(
                            FindingCode::ModesIgnored,
                            Severity::Info,
                            say!(lang, "本地无需选择共济方式，所填方式不影响{}的使用", expense.kind.label(lang);
                                "there is no choice of modes here: the modes given do not limit {}", expense.kind.label(lang)),
                        )
                        .at("fund.modes")
                        .cite(&r.founder_chooses_modes.source),
                    );
                }
            }
            Some(_) => {}
        }
        // Ruian 问4 limits Ruian's own 城乡居民 (我市城乡居民…参保人员) by
        // facility; a relative insured elsewhere in the province (问6) is
        // paid by window claim instead (问7), so the limit is not his.
        let local_resident =
            member.person.scheme == Scheme::Resident && ctx.policy.is_local(&member.person.region);
        if let (Some(limit), true, Some(u)) = (&r.resident_facilities, local_resident, use_) {
            if u.mode == Mode::Payment {
                let at_pharmacy = expense.facility_type == Some(FacilityType::Pharmacy)
                    || expense.kind == ExpenseKind::Pharmacy;
                if at_pharmacy && !limit.value.pharmacy {
                    findings.push(
                        Finding::new(
                            FindingCode::FacilityNotAllowed,
                            Severity::Error,
                            say!(lang, "城乡居民参保的成员不能在定点零售药店使用共济资金"; "a resident-insured member cannot use the fund at a retail pharmacy"),
                        )
                        .hint(say!(lang, "到一级或二级定点医疗机构就医购药"; "use a level 1 or 2 designated institution"))
                        .at(format!("{expense_at}.facilityType"))
                        .cite(&limit.source),
                    );
                } else if !at_pharmacy {
                    match expense.facility_level {
                        None => findings.push(
                            Finding::new(
                                FindingCode::FacilityLevelMissing,
                                Severity::Error,
                                say!(lang, "城乡居民参保的成员仅限在一、二级医疗机构使用共济资金，请填写机构等级";
                                    "resident-insured members may use the fund only at level 1-2 institutions: give the facility level"),
                            )
                            .at(format!("{expense_at}.facilityLevel"))
                            .cite(&limit.source),
                        ),
                        Some(FacilityLevel(level)) if level > limit.value.max_level => findings.push(
                            Finding::new(
                                FindingCode::FacilityNotAllowed,
                                Severity::Error,
                                say!(lang, "城乡居民参保的成员不能在 {} 级医疗机构使用共济资金（限 {} 级及以下）", level, limit.value.max_level;
                                    "a resident-insured member cannot use the fund at a level {} institution (level {} or lower only)", level, limit.value.max_level),
                            )
                            .hint(say!(lang, "到一级或二级定点医疗机构就医"; "use a level 1 or 2 designated institution"))
                            .at(format!("{expense_at}.facilityLevel"))
                            .cite(&limit.source),
                        ),
                        Some(_) => {}
                    }
                }
            }
        }
        use_
    }

    /// 2. How much may the fund give this member: the balance, or what his
    ///    cap leaves (`true` when the cap is what limits him); nothing when
    ///    step 1 refused.
    fn what_the_fund_may_give(self, fund: FundState, allowed: bool) -> (Yuan, bool) {
        let (r, member) = (&self.ctx.version.rules, self.member);
        let mut available = fund.balance;
        let mut capped = false;
        if let (true, Some(cap)) = (r.per_member_cap.value, member.cap) {
            let left = cap.minus(fund.used_by_member);
            if left < available {
                available = left;
                capped = true;
            }
        }
        if !allowed {
            available = Yuan::ZERO;
        }
        (available, capped)
    }

    /// 3. Own accounts first, in the policy's order (employees only; a
    ///    resident has no personal account). Non-therapeutic costs are
    ///    never paid from a personal account (Ruian Q4 says so of the
    ///    account itself); full-payment uses are paid by the fund alone.
    fn own_accounts_first(self, own: OwnAccounts, full_payment: bool) -> Split {
        let Bill { ctx, expense, .. } = self;
        let r = &ctx.version.rules;
        let mut split = Split::default();
        if !self.own_pays(full_payment) {
            return split;
        }
        let mut left = expense.amount;
        for pot in &r.own_account_order.value {
            let (slot, balance) = match pot {
                Pot::Current => (&mut split.own_current, own.current),
                Pot::Historical => (&mut split.own_historical, own.historical),
            };
            let pay = left.min(balance);
            *slot = slot.plus(pay);
            left = left.minus(pay);
        }
        split
    }

    /// Whether the member's own accounts pay first (step 3).
    fn own_pays(self, full_payment: bool) -> bool {
        self.member.person.scheme == Scheme::Employee
            && self.expense.kind != ExpenseKind::Cosmetic
            && !full_payment
    }

    /// 4. The family fund, by the policy's shortfall rule; what is left is
    ///    cash.
    fn then_the_family_fund(
        self,
        split: &mut Split,
        available: Yuan,
        allowed: bool,
        use_: Option<&Use>,
        findings: &mut Vec<Finding>,
    ) {
        let Bill {
            ctx,
            expense,
            expense_at,
            ..
        } = self;
        let (r, lang, amount) = (&ctx.version.rules, ctx.lang, expense.amount);
        let full_payment = use_.is_some_and(|u| u.full_payment_only);
        let own_pays = self.own_pays(full_payment);
        let mut left = amount.minus(split.own_current).minus(split.own_historical);
        if full_payment {
            let must_exceed = use_.is_some_and(|u| u.fund_must_exceed);
            if available > amount || (available == amount && !must_exceed) {
                split.family = amount;
                left = Yuan::ZERO;
            } else if allowed {
                let kind = expense.kind.label(lang);
                let message = if must_exceed {
                    say!(lang, "{}只能由共济资金全额缴纳，且结余须大于缴费金额：可用 {} 元不大于 {} 元", kind, available, amount;
                        "{} can only be paid by the fund in full, and the fund must hold more than the amount: {} yuan available is not more than {} yuan", kind, available, amount)
                } else {
                    say!(lang, "{}只能由共济资金全额缴纳，可用 {} 元不足 {} 元", kind, available, amount;
                        "{} can only be paid by the fund in full; {} yuan available is less than {} yuan", kind, available, amount)
                };
                findings.push(
                    Finding::new(FindingCode::FullPaymentShort, Severity::Error, message)
                        .hint(say!(lang, "以现金缴纳"; "pay it in cash"))
                        .at(format!("{expense_at}.amount"))
                        .cite(use_.map_or(&r.uses.source, |u| &u.source)),
                );
            }
        } else if !left.is_zero() && r.shortfall.value == Shortfall::DeclineThenRetry && own_pays {
            // The first swipe is declined: nothing is taken from the member's
            // own account, and the retry is paid from the family fund.
            split.own_current = Yuan::ZERO;
            split.own_historical = Yuan::ZERO;
            left = amount;
            findings.push(
                Finding::new(
                    FindingCode::DeclinedThenRetry,
                    Severity::Warning,
                    say!(lang, "本人账户余额不足以支付全部费用，首次刷卡将失败；5 分钟内再次刷卡，由户主账户支付";
                        "the member's own account cannot pay the whole bill, so the first swipe is declined; a second swipe within 5 minutes is paid from the owner's account"),
                )
                .cite(&r.shortfall.source),
            );
            let pay = left.min(available);
            split.family = pay;
            left = left.minus(pay);
        } else {
            let pay = left.min(available);
            split.family = pay;
            left = left.minus(pay);
        }
        split.cash = left;
    }

    /// 5. Explain each step, and why the fund stopped where it did.
    #[allow(clippy::too_many_arguments)]
    fn explain_each_step(
        self,
        split: &Split,
        fund_after: Yuan,
        available: Yuan,
        capped: bool,
        allowed: bool,
        use_: Option<&Use>,
        findings: &mut Vec<Finding>,
    ) {
        let Bill {
            ctx, member, at, ..
        } = self;
        let (r, lang) = (&ctx.version.rules, ctx.lang);
        let full_payment = use_.is_some_and(|u| u.full_payment_only);
        let own_source = &r.own_account_order.source;
        let family_source = if full_payment {
            use_.map_or(&r.uses.source, |u| &u.source)
        } else {
            &r.shortfall.source
        };
        let mut step = |code, text: String, source| {
            findings.push(Finding::new(code, Severity::Info, text).cite(source))
        };
        if !split.own_current.is_zero() {
            let text = say!(lang, "本人当年账户支付 {} 元", split.own_current; "own current-year account pays {} yuan", split.own_current);
            step(FindingCode::StepOwnCurrent, text, own_source);
        }
        if !split.own_historical.is_zero() {
            let text = say!(lang, "本人历年账户支付 {} 元", split.own_historical; "own historical account pays {} yuan", split.own_historical);
            step(FindingCode::StepOwnHistorical, text, own_source);
        }
        if !split.family.is_zero() {
            let text = say!(lang, "家庭共济资金支付 {} 元，余 {} 元", split.family, fund_after;
                "family fund pays {} yuan, {} yuan left", split.family, fund_after);
            step(FindingCode::StepFamily, text, family_source);
        }
        if !split.cash.is_zero() {
            let text = say!(lang, "现金支付 {} 元", split.cash; "cash pays {} yuan", split.cash);
            step(FindingCode::StepCash, text, &r.uses.source);
        }
        if allowed && !split.cash.is_zero() && !full_payment {
            if capped && split.family == available {
                findings.push(
                    Finding::new(
                        FindingCode::CapReached,
                        Severity::Info,
                        say!(lang, "已达到户主设定的累计限额 {} 元", member.cap.unwrap_or_default();
                            "the owner's cumulative cap of {} yuan is reached", member.cap.unwrap_or_default()),
                    )
                    .at(format!("{at}.cap"))
                    .cite(&r.per_member_cap.source),
                );
            } else if fund_after.is_zero() {
                findings.push(
                    Finding::new(
                        FindingCode::FundExhausted,
                        Severity::Info,
                        say!(lang, "家庭共济资金已用完，其余由现金支付；共济关系继续有效";
                            "the family fund is spent; the rest is cash and the network goes on"),
                    )
                    .cite(&r.fund.source),
                );
            }
        }
    }

    /// 6. Side effects of the family-paid part: deductible, relief schemes,
    ///    window claims.
    fn side_effects(self, split: &Split, findings: &mut Vec<Finding>) -> Flags {
        let Bill {
            ctx,
            member,
            expense,
            ..
        } = self;
        let (r, lang) = (&ctx.version.rules, ctx.lang);
        let family_paid = !split.family.is_zero();
        let at_pharmacy = expense.kind == ExpenseKind::Pharmacy
            || expense.facility_type == Some(FacilityType::Pharmacy);
        let counts_toward_deductible =
            !(family_paid && at_pharmacy && !r.pharmacy_counts_toward_deductible.value);
        if !counts_toward_deductible {
            findings.push(
                Finding::new(
                    FindingCode::NotTowardDeductible,
                    Severity::Info,
                    say!(lang, "定点药店以共济资金支付的费用不计入门急诊自负段或起付线";
                        "pharmacy costs paid from the fund do not count toward the outpatient deductible"),
                )
                .cite(&r.pharmacy_counts_toward_deductible.source),
            );
        }
        let in_relief_schemes = !family_paid || r.fund_in_relief_schemes.value;
        if !in_relief_schemes {
            findings.push(
                Finding::new(
                    FindingCode::OutsideReliefSchemes,
                    Severity::Info,
                    say!(lang, "共济支付的费用不纳入减负、居民大病保险、医疗救助等范围";
                        "costs paid from the fund are outside relief schemes, critical-illness insurance and medical assistance"),
                )
                .cite(&r.fund_in_relief_schemes.source),
            );
        }
        let window_claim = family_paid
            && r.window_claim_outside_local.value
            && !ctx.policy.is_local(&member.person.region);
        Flags {
            counts_toward_deductible,
            in_relief_schemes,
            window_claim,
        }
    }
}
