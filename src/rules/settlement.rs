//! How a bill splits between the member's own accounts, the family fund (or
//! the funds of the several funders he is bound to) and cash. One
//! function, [`settle`], used for a single preview and for every step of a
//! projection, so the two can never disagree.

use super::eligibility;
use super::fund::FundState;
use super::membership;
use super::quota;
use super::Context;
use crate::contract::finding::Source;
use crate::contract::money::Yuan;
use crate::contract::person::{Member, Scheme};
use crate::contract::profile::{ExpenseKind, FunderDraw, Mode, Pot, Rules, Shortfall, Use};
use crate::contract::{Expense, FacilityLevel, FacilityType, Flags, Split};
use crate::contract::{Finding, Verdict};

/// The member's own balances, spent as bills are paid.
#[derive(Clone, Copy, Debug, Default)]
pub struct OwnAccounts {
    pub current: Yuan,
    pub historical: Yuan,
}

impl OwnAccounts {
    /// The member's own balances as the request gives them, less what the
    /// quotas he has set earmark (跨省共济), with a note when an employee's
    /// are missing and taken as zero; `at` is the member's path.
    pub fn of(ctx: &Context, member: &Member, at: &str, notes: &mut Vec<Finding>) -> OwnAccounts {
        let p = &member.person;
        if p.scheme == Scheme::Employee
            && (p.current_balance.is_none() || p.historical_balance.is_none())
        {
            notes
                .push(Finding::of(ctx.lang, Verdict::OwnBalanceUnknown).at(format!("{at}.person")));
        }
        let given = (
            p.current_balance.unwrap_or(Yuan::ZERO),
            p.historical_balance.unwrap_or(Yuan::ZERO),
        );
        let (current, historical) =
            quota::net_of_earmarks(ctx, p, given, &format!("{at}.person"), notes);
        OwnAccounts {
            current,
            historical,
        }
    }
}

/// The outcome of one bill.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub allowed: bool,
    pub split: Split,
    /// What each fund paid, in the order given; they add up to
    /// `split.family`.
    pub paid: Vec<Yuan>,
    /// Each fund's balance after the bill, in the order given.
    pub after: Vec<Yuan>,
    /// The funds' balances after the bill, together.
    pub fund_after: Yuan,
    pub findings: Vec<Finding>,
    pub flags: Flags,
}

/// What holds a fund's share of a bill where it stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Limit {
    /// Its balance: all of it may be used.
    Balance,
    /// The member's cumulative cap there (`perMemberCap`).
    Cap,
    /// The balance its funder must keep (`funderKeeps`).
    Keep,
    /// The most one payment may take for the member (`perPaymentCap`).
    PerPayment,
}

/// Which funds pay this bill, in the order they pay, and how much each
/// may give.
struct Draw {
    /// (fund index, what it may give, what limits that).
    payers: Vec<(usize, Yuan, Limit)>,
    /// Funds the region's draw rule keeps off this bill though they could
    /// give something.
    held_back: Vec<usize>,
}

impl Draw {
    fn available(&self) -> Yuan {
        self.payers
            .iter()
            .fold(Yuan::ZERO, |sum, &(_, give, _)| sum.plus(give))
    }

    /// The funds' shares of `family`, earliest payer first; `family` never
    /// exceeds [`Draw::available`], so the shares add up to it.
    fn share(&self, family: Yuan, funds: usize) -> Vec<Yuan> {
        let mut paid = vec![Yuan::ZERO; funds];
        let mut left = family;
        for &(i, give, _) in &self.payers {
            let pay = left.min(give);
            paid[i] = pay;
            left = left.minus(pay);
        }
        paid
    }
}

/// One bill and where its expense sits in the request (`expense` or
/// `expenses[3].expense`), as each step meets it.
#[derive(Clone, Copy)]
struct Bill<'a> {
    ctx: &'a Context<'a>,
    member: &'a Member,
    expense: &'a Expense,
    expense_at: &'a str,
    /// Drawn on the member's 共济额度 (跨省共济) rather than a network's fund.
    on_quotas: bool,
    /// The rules that judge quotas ([`quota::rules`]).
    quotas: &'a Rules,
}

/// Settles one bill, in six numbered steps. `at` is the request path of
/// the member (`member`, `members[2]`), `expense_at` of the expense;
/// `funds` are the funders' funds the member is bound to (one, mostly).
///
/// The split always adds up to `expense.amount`, no part is negative, no
/// fund pays more than its balance nor the member's remaining cap there,
/// and the funds' parts add up to the family part.
pub fn settle(
    ctx: &Context,
    member: &Member,
    at: &str,
    own: OwnAccounts,
    funds: &[FundState],
    expense: &Expense,
    expense_at: &str,
) -> Outcome {
    let bill = Bill {
        ctx,
        member,
        expense,
        expense_at,
        on_quotas: funds.iter().any(|f| f.quota_at.is_some()),
        quotas: quota::rules(ctx),
    };
    let on_quotas = funds.iter().any(|f| f.quota_at.is_some());
    let mut findings = if on_quotas {
        // 跨省共济: the quota rules judge the holder, one person may hold
        // several funders' quotas (一人可与多人互建共济关系).
        let mut findings = quota::holder(ctx, member, at);
        quota::not_running(ctx, funds, &mut findings);
        findings
    } else {
        let mut findings = eligibility::member(ctx, None, member, at);
        // The same limit checkNetwork applies to the networks a member
        // joins, counting only the funders he is bound to on the day judged.
        let ids: Vec<&str> = (funds.iter())
            .filter(|f| f.bound_by_day(ctx.as_of))
            .filter_map(|f| f.id)
            .collect();
        if ids.len() > 1 {
            findings.extend(membership::over_the_funder_limit(
                ctx,
                &ids,
                ids.len(),
                format!("{at}.person.id"),
            ));
        }
        outside_binding_dates(ctx, funds, &mut findings);
        per_payment_caps_ignored(ctx, funds, &mut findings);
        findings
    };
    let (use_, usable) = bill.may_the_fund_pay(funds, &mut findings);
    let allowed = !findings.iter().any(Finding::is_error);
    let draw = bill.what_the_funds_may_give(funds, &usable, allowed);
    let available = draw.available();
    // Full-payment uses (premiums, insurance) are paid by the fund alone.
    let full_payment = use_.is_some_and(|u| u.full_payment_only);
    let own_first = bill.own_account_first();
    let mut split = match own_first {
        true => bill.own_accounts_first(own, full_payment),
        false => Split::default(),
    };
    bill.then_the_family_fund(&mut split, available, allowed, use_, &mut findings);
    if !own_first {
        bill.then_own_accounts(&mut split, own, full_payment);
    }
    let paid = draw.share(split.family, funds.len());
    let after: Vec<Yuan> = funds
        .iter()
        .zip(&paid)
        .map(|(f, &p)| f.balance.minus(p))
        .collect();
    let fund_after = after.iter().fold(Yuan::ZERO, |sum, &a| sum.plus(a));
    bill.explain_each_step(
        &split,
        Paid {
            funds,
            draw: &draw,
            paid: &paid,
            after: &after,
            fund_after,
        },
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
        paid,
        after,
        fund_after,
        findings,
        flags,
    }
}

/// A fund whose binding is dated after the day judged does not hold yet,
/// and one whose binding ended before it has lapsed: one finding for each,
/// an error when no fund holds on that day.
fn outside_binding_dates(ctx: &Context, funds: &[FundState], findings: &mut Vec<Finding>) {
    let none_bound = !funds.iter().any(|f| f.bound_by_day(ctx.as_of));
    let (as_of, lang) = (ctx.as_of, ctx.lang);
    for fund in funds {
        if let Some(bound_on) = fund.bound_on.filter(|&day| day > as_of) {
            let verdict = Verdict::BoundAfterAsOf {
                funder: fund.id,
                bound_on,
                as_of,
                none_bound,
            };
            findings.push(Finding::of(lang, verdict).at(fund.bound_on_at()));
        } else if let Some(ends_on) = fund.ends_on.filter(|&day| day < as_of) {
            let verdict = Verdict::BindingEnded {
                funder: fund.id,
                ends_on,
                as_of,
                none_bound,
            };
            findings.push(Finding::of(lang, verdict).at(fund.ends_on_at()));
        }
    }
}

/// A per-payment cap given where the region lets no funder set one is
/// ignored: one warning for each, citing the rule where the profile has it.
fn per_payment_caps_ignored(ctx: &Context, funds: &[FundState], findings: &mut Vec<Finding>) {
    let rule = ctx.version.rules.per_payment_cap.as_ref();
    if rule.is_some_and(|r| r.value) {
        return;
    }
    for fund in funds.iter().filter(|f| f.per_payment_cap.is_some()) {
        let finding =
            Finding::of(ctx.lang, Verdict::PerPaymentCapNotInPolicy).at(fund.per_payment_cap_at());
        findings.push(match rule {
            Some(rule) => finding.cite(&rule.source),
            None => finding,
        });
    }
}

/// What the funds paid of a bill, for step 5.
#[derive(Clone, Copy)]
struct Paid<'a> {
    funds: &'a [FundState<'a>],
    draw: &'a Draw,
    paid: &'a [Yuan],
    after: &'a [Yuan],
    fund_after: Yuan,
}

impl<'a> Bill<'a> {
    /// 1. May the family fund pay this kind of bill at all, here, now? The
    ///    use the policy admits for it, if any, and which funds' chosen
    ///    modes let them pay it.
    fn may_the_fund_pay(
        self,
        funds: &[FundState],
        findings: &mut Vec<Finding>,
    ) -> (Option<&'a Use>, Vec<bool>) {
        let Bill {
            ctx,
            expense,
            expense_at,
            ..
        } = self;
        let (use_, uses_source) = self.the_use();
        // Without quota rules, QUOTA_NOT_IN_FORCE has refused the bill.
        let no_quota_rules = self.on_quotas && self.quotas.quota_uses.is_none();
        let usable = match use_ {
            None if no_quota_rules => vec![true; funds.len()],
            None => {
                let kind = expense.kind;
                let verdict = if self.on_quotas {
                    Verdict::QuotaKindNotCovered { kind }
                } else {
                    Verdict::KindNotCovered { kind }
                };
                findings.push(
                    Finding::of(ctx.lang, verdict)
                        .at(format!("{expense_at}.kind"))
                        .cite(uses_source),
                );
                vec![true; funds.len()]
            }
            Some(u) => self.which_modes_pay(u.mode, funds, findings),
        };
        if let Some(u) = use_ {
            self.at_which_facility(u, findings);
        }
        (use_, usable)
    }

    /// The use admitted for this bill's kind, if any, and the rule that
    /// lists the uses: `quotaUses` on quotas, `uses` on a network's fund.
    fn the_use(self) -> (Option<&'a Use>, &'a Source) {
        let (r, q) = (&self.ctx.version.rules, self.quotas);
        match (self.on_quotas, q.quota_uses.as_ref()) {
            (true, Some(uses)) => (q.quota_use_for(self.expense.kind), &uses.source),
            (true, None) => (None, &r.uses.source),
            (false, _) => (r.use_for(self.expense.kind), &r.uses.source),
        }
    }

    /// How several funds are drawn, and the rule that says so: `quotaDraw`
    /// on quotas (by the day each was set, where a profile is silent),
    /// `funderDraw` on networks' funds.
    fn the_draw(self) -> (FunderDraw, &'a Source) {
        let r = &self.ctx.version.rules;
        match (self.on_quotas, self.quotas.quota_draw.as_ref()) {
            (true, Some(rule)) => (rule.value, &rule.source),
            _ => r.funder_draw(),
        }
    }

    /// Where the founder chooses modes, only a chosen one pays (Shanghai
    /// Q10); elsewhere there is nothing to choose, and a `modes` given is
    /// ignored rather than refusing a use. Of several funders, one who has
    /// not chosen the mode is passed over (a warning) unless none has (an
    /// error). Which funds may pay.
    fn which_modes_pay(
        self,
        mode: Mode,
        funds: &[FundState],
        findings: &mut Vec<Finding>,
    ) -> Vec<bool> {
        let (r, lang) = (&self.ctx.version.rules, self.ctx.lang);
        let mut usable = vec![true; funds.len()];
        // A fund not bound yet pays nothing whatever its modes.
        let bound: Vec<usize> = (0..funds.len())
            .filter(|&i| funds[i].bound_by_day(self.ctx.as_of))
            .collect();
        let refusing: Vec<usize> = (bound.iter().copied())
            .filter(|&i| funds[i].modes.is_some_and(|chosen| !chosen.contains(&mode)))
            .collect();
        let none_pays = refusing.len() == bound.len();
        for &i in &refusing {
            let verdict = if r.founder_chooses_modes.value {
                usable[i] = false;
                Verdict::ModeNotChosen {
                    funder: funds[i].id,
                    mode,
                    none_pays,
                }
            } else {
                Verdict::ModesIgnored {
                    kind: self.expense.kind,
                }
            };
            findings.push(
                Finding::of(lang, verdict)
                    .at(format!("{}.modes", funds[i].at()))
                    .cite(&r.founder_chooses_modes.source),
            );
        }
        usable
    }

    /// Ruian 问4 limits Ruian's own 城乡居民 (我市城乡居民…参保人员) by
    /// facility; a relative insured elsewhere in the province (问6) is
    /// paid by window claim instead (问7), so the limit is not his.
    fn at_which_facility(self, use_: &Use, findings: &mut Vec<Finding>) {
        let Bill {
            ctx,
            member,
            expense,
            expense_at,
            ..
        } = self;
        let r = &ctx.version.rules;
        let local_resident =
            member.person.scheme == Scheme::Resident && ctx.policy.is_local(&member.person.region);
        let Some(limit) = r.resident_facilities.as_ref() else {
            return;
        };
        if !local_resident || use_.mode != Mode::Payment {
            return;
        }
        let max_level = limit.value.max_level;
        let at_pharmacy = expense.facility_type == Some(FacilityType::Pharmacy)
            || expense.kind == ExpenseKind::Pharmacy;
        let (verdict, field) = match expense.facility_level {
            _ if at_pharmacy && !limit.value.pharmacy => (
                Verdict::FacilityNotAllowed {
                    level: None,
                    max_level,
                },
                "facilityType",
            ),
            _ if at_pharmacy => return,
            None => (Verdict::FacilityLevelMissing, "facilityLevel"),
            Some(FacilityLevel(level)) if level > max_level => (
                Verdict::FacilityNotAllowed {
                    level: Some(level),
                    max_level,
                },
                "facilityLevel",
            ),
            Some(_) => return,
        };
        findings.push(
            Finding::of(ctx.lang, verdict)
                .at(format!("{expense_at}.{field}"))
                .cite(&limit.source),
        );
    }

    /// 2. Which funds pay, in what order, and how much each may give this
    ///    member: its balance, or what his cap there leaves (`true` when
    ///    the cap is what limits him); nothing when step 1 refused. With
    ///    several funds, the region's `funderDraw` rule orders them and
    ///    says whether one bill may draw on more than one.
    fn what_the_funds_may_give(self, funds: &[FundState], usable: &[bool], allowed: bool) -> Draw {
        let (rule, _) = self.the_draw();
        // The order they pay in: each time the first, in the request's
        // order, of those left with the largest balance, the lowest rank
        // (unranked last) or the earliest binding (undated last). A
        // handful of funds: no sort needed.
        let registered = |i: usize| (funds[i].bound_on.is_none(), funds[i].bound_on);
        let ranked = |i: usize| (funds[i].rank.is_none(), funds[i].rank);
        let first = |&a: &usize, &b: &usize| {
            match rule {
                FunderDraw::LargestBalance => funds[b].balance.cmp(&funds[a].balance),
                FunderDraw::Rank => ranked(a)
                    .cmp(&ranked(b))
                    .then(registered(a).cmp(&registered(b))),
                _ => registered(a).cmp(&registered(b)),
            }
            .then(a.cmp(&b))
        };
        // A fund not bound on the day judged is not drawn on at all.
        let mut left: Vec<usize> = (0..funds.len())
            .filter(|&i| funds[i].bound_by_day(self.ctx.as_of))
            .collect();
        let mut order = Vec::with_capacity(left.len());
        while let Some(next) = left.iter().copied().min_by(first) {
            order.push(next);
            left.retain(|&i| i != next);
        }
        let may_give = |i: usize| {
            let (give, limit) = self.what_one_fund_may_give(&funds[i]);
            let give = if !allowed || !usable[i] {
                Yuan::ZERO
            } else {
                give
            };
            (i, give, limit)
        };
        let all: Vec<(usize, Yuan, Limit)> = order.into_iter().map(may_give).collect();
        let payers = match rule {
            FunderDraw::RegistrationOrder | FunderDraw::LargestBalance | FunderDraw::Rank => {
                all.clone()
            }
            // Ruian: 依次使用…不能同时使用. One bill, one funder: the
            // earliest with money for the member, or the earliest at all.
            FunderDraw::InTurn => all
                .iter()
                .find(|&&(_, give, _)| !give.is_zero())
                .or(all.first())
                .into_iter()
                .copied()
                .collect(),
            FunderDraw::OnlyOne => all.iter().take(1).copied().collect(),
        };
        let held_back = all
            .iter()
            .filter(|&&(i, give, _)| !give.is_zero() && !payers.iter().any(|p| p.0 == i))
            .map(|&(i, _, _)| i)
            .collect();
        Draw { payers, held_back }
    }

    /// What one fund may give this member, and what limits it: its
    /// balance, less what its funder must keep (`funderKeeps`), within what
    /// the member's cap there leaves (`perMemberCap`) and the most one
    /// payment may take (`perPaymentCap`).
    fn what_one_fund_may_give(self, fund: &FundState) -> (Yuan, Limit) {
        let r = &self.ctx.version.rules;
        let (mut give, mut limit) = (fund.balance, Limit::Balance);
        if let Some(keep) = r.funder_keeps.as_ref().filter(|k| !k.value.is_zero()) {
            give = give.minus(keep.value);
            limit = Limit::Keep;
        }
        if let (true, Some(cap)) = (r.per_member_cap.value, fund.cap) {
            let left = cap.amount.minus(fund.used_by_member);
            if left < give {
                (give, limit) = (left, Limit::Cap);
            }
        }
        let per_payment = r.per_payment_cap.as_ref().is_some_and(|rule| rule.value);
        if let (true, Some(most)) = (per_payment, fund.per_payment_cap) {
            if most < give {
                (give, limit) = (most, Limit::PerPayment);
            }
        }
        (give, limit)
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

    /// Whether the member's own accounts pay before the funds: always on a
    /// network's fund; on quotas as `quotaAfterOwnAccount` says (absent:
    /// own account first, as the local texts that speak of it say).
    fn own_account_first(self) -> bool {
        let rule = self.quotas.quota_after_own_account.as_ref();
        !self.on_quotas || rule.is_none_or(|rule| rule.value)
    }

    /// 3b. Where quotas pay before the own account: the own accounts pay
    ///     what the quotas left, in the policy's order, before cash.
    fn then_own_accounts(self, split: &mut Split, own: OwnAccounts, full_payment: bool) {
        if !self.own_pays(full_payment) {
            return;
        }
        for pot in &self.ctx.version.rules.own_account_order.value {
            let (slot, balance) = match pot {
                Pot::Current => (&mut split.own_current, own.current),
                Pot::Historical => (&mut split.own_historical, own.historical),
            };
            let pay = split.cash.min(balance);
            *slot = slot.plus(pay);
            split.cash = split.cash.minus(pay);
        }
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
                let verdict = Verdict::FullPaymentShort {
                    kind: expense.kind,
                    available,
                    amount,
                    must_exceed,
                };
                findings.push(
                    Finding::of(lang, verdict)
                        .at(format!("{expense_at}.amount"))
                        .cite(use_.map_or(self.the_use().1, |u| &u.source)),
                );
            }
        } else if !left.is_zero()
            && r.shortfall.value == Shortfall::DeclineThenRetry
            && own_pays
            && !self.on_quotas
        {
            // The first swipe is declined: nothing is taken from the member's
            // own account, and the retry is paid from the family fund.
            split.own_current = Yuan::ZERO;
            split.own_historical = Yuan::ZERO;
            left = amount;
            findings.push(Finding::of(lang, Verdict::DeclinedThenRetry).cite(&r.shortfall.source));
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

    /// 5. Explain each step, and why the funds stopped where they did.
    fn explain_each_step(
        self,
        split: &Split,
        paid: Paid,
        allowed: bool,
        use_: Option<&Use>,
        findings: &mut Vec<Finding>,
    ) {
        let (r, lang) = (&self.ctx.version.rules, self.ctx.lang);
        let full_payment = use_.is_some_and(|u| u.full_payment_only);
        let own_source = &r.own_account_order.source;
        let quota_order = self.quotas.quota_after_own_account.as_ref();
        let family_source = match (full_payment, quota_order) {
            (true, _) => use_.map_or(self.the_use().1, |u| &u.source),
            (false, Some(rule)) if self.on_quotas => &rule.source,
            (false, _) => &r.shortfall.source,
        };
        if !split.own_current.is_zero() {
            let verdict = Verdict::StepOwnCurrent {
                paid: split.own_current,
            };
            findings.push(Finding::of(lang, verdict).cite(own_source));
        }
        if !split.own_historical.is_zero() {
            let verdict = Verdict::StepOwnHistorical {
                paid: split.own_historical,
            };
            findings.push(Finding::of(lang, verdict).cite(own_source));
        }
        for (i, fund) in paid.funds.iter().enumerate() {
            if paid.paid[i].is_zero() {
                continue;
            }
            let (funder, paid, left) = (fund.id, paid.paid[i], paid.after[i]);
            let verdict = match funder {
                Some(funder) if self.on_quotas => Verdict::StepQuota { funder, paid, left },
                _ => Verdict::StepFamily { funder, paid, left },
            };
            let step = Finding::of(lang, verdict).cite(family_source);
            // The single fund is the request's only one: no path.
            findings.push(match fund.id {
                None => step,
                Some(_) => step.at(fund.at()),
            });
        }
        if !split.cash.is_zero() {
            let verdict = Verdict::StepCash { paid: split.cash };
            findings.push(Finding::of(lang, verdict).cite(self.the_use().1));
        }
        if allowed && !split.cash.is_zero() {
            self.why_the_funds_stopped(split, &paid, full_payment, findings);
        }
    }

    /// Why a bill the funds may pay still left cash: another funder held
    /// back by the region's draw rule, the member's cap, or funds spent.
    fn why_the_funds_stopped(
        self,
        split: &Split,
        paid: &Paid,
        full_payment: bool,
        findings: &mut Vec<Finding>,
    ) {
        let (r, lang) = (&self.ctx.version.rules, self.ctx.lang);
        let Draw { payers, held_back } = paid.draw;
        if !held_back.is_empty() {
            let (draw, source) = self.the_draw();
            let others: Vec<&str> = held_back.iter().filter_map(|&i| paid.funds[i].id).collect();
            let verdict = Verdict::FundersNotCombined {
                only_one: draw == FunderDraw::OnlyOne,
                others: &others,
            };
            findings.push(
                Finding::of(lang, verdict)
                    .at(paid.funds[held_back[0]].at())
                    .cite(source),
            );
        }
        if full_payment {
            return;
        }
        // A limit stopped the funds when every payer was held to it and gave
        // all it allowed; the first payer's limit is named.
        let gave_all = split.family == paid.draw.available();
        let held_by = |limit: Limit| {
            let all = !payers.is_empty() && payers.iter().all(|&(_, _, l)| l == limit);
            payers.first().filter(|_| all && gave_all).map(|p| p.0)
        };
        if let Some(cap) = held_by(Limit::Cap).and_then(|i| paid.funds[i].cap) {
            findings.push(
                Finding::of(lang, Verdict::CapReached { cap: cap.amount })
                    .at(cap.at.to_string())
                    .cite(&r.per_member_cap.source),
            );
        } else if let Some(finding) = self.kept_or_per_payment(paid.funds, held_by) {
            findings.push(finding);
        } else if paid.fund_after.is_zero() && self.on_quotas {
            let source = r
                .quota_earmarked
                .as_ref()
                .map_or(&r.fund.source, |q| &q.source);
            findings.push(Finding::of(lang, Verdict::QuotaSpent).cite(source));
        } else if paid.fund_after.is_zero() {
            findings.push(Finding::of(lang, Verdict::FundExhausted).cite(&r.fund.source));
        }
    }

    /// Why the funds stopped short of their balance, where a funder's kept
    /// balance (`funderKeeps`) or a per-payment cap (`perPaymentCap`) held
    /// every payer: the first payer's is named.
    fn kept_or_per_payment(
        self,
        funds: &[FundState],
        held_by: impl Fn(Limit) -> Option<usize>,
    ) -> Option<Finding> {
        let (r, lang) = (&self.ctx.version.rules, self.ctx.lang);
        if let (Some(i), Some(keep)) = (held_by(Limit::Keep), r.funder_keeps.as_ref()) {
            let fund = &funds[i];
            let verdict = Verdict::FunderKeepsBalance {
                keep: keep.value,
                balance: fund.balance,
            };
            return Some(Finding::of(lang, verdict).at(fund.at()).cite(&keep.source));
        }
        let (i, rule) = (held_by(Limit::PerPayment)?, r.per_payment_cap.as_ref()?);
        let fund = &funds[i];
        let cap = fund.per_payment_cap?;
        let verdict = Verdict::PerPaymentCapReached { cap };
        Some(
            Finding::of(lang, verdict)
                .at(fund.per_payment_cap_at())
                .cite(&rule.source),
        )
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
                Finding::of(lang, Verdict::NotTowardDeductible)
                    .cite(&r.pharmacy_counts_toward_deductible.source),
            );
        }
        let in_relief_schemes = !family_paid || r.fund_in_relief_schemes.value;
        if !in_relief_schemes {
            findings.push(
                Finding::of(lang, Verdict::OutsideReliefSchemes)
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
