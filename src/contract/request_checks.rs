//! What a request must hold beyond the types of its fields, checked before
//! any profile is loaded: lists within their limits, exactly one of `fund`
//! and `funders`, each id listed once, and expenses and bindings that name
//! listed people. A request that fails here cannot be judged at all.

use super::codes::ErrorCode;
use super::date::Date;
use super::error::ContractError;
use super::finding::Lang;
use super::money::Yuan;
use super::person::{unused_on, Insured, Member};
use super::request::{
    Funder, NetworkRequest, ProjectionRequest, SettlementRequest, ViewRequest, MAX_BINDINGS,
    MAX_EXISTING, MAX_EXPENSES, MAX_FUNDERS, MAX_MEMBERS,
};

/// At most `max` entries in the list at `path`.
///
/// # Errors
/// `LIMIT_EXCEEDED` at `path`.
pub fn limit(count: usize, max: usize, path: &str, lang: Lang) -> Result<(), ContractError> {
    if count > max {
        return Err(ContractError::new(
            ErrorCode::LimitExceeded,
            Some(path.to_owned()),
            say!(lang, "{} 最多 {} 项，当前 {} 项", path, max, count; "{} takes at most {} entries, not {}", path, max, count),
        ));
    }
    Ok(())
}

fn refuse<T>(code: ErrorCode, at: String, message: String) -> Result<T, ContractError> {
    Err(ContractError::new(code, Some(at), message))
}

impl NetworkRequest {
    /// # Errors
    /// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`] members or [`MAX_EXISTING`]
    /// known bindings.
    pub fn check(&self) -> Result<(), ContractError> {
        limit(self.members.len(), MAX_MEMBERS, "members", self.lang)?;
        limit(self.existing.len(), MAX_EXISTING, "existing", self.lang)?;
        person_quotas(&self.founder, "founder", self.as_of, self.lang)?;
        for (i, m) in self.members.iter().enumerate() {
            member_quotas(m, &format!("members[{i}]"), self.as_of, self.lang)?;
        }
        Ok(())
    }
}

impl ViewRequest {
    /// # Errors
    /// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`] members.
    pub fn check(&self) -> Result<(), ContractError> {
        limit(self.members.len(), MAX_MEMBERS, "members", self.lang)
    }
}

impl SettlementRequest {
    /// # Errors
    /// Those of a bad `fund`/`funders` pair: `MISSING_FIELD` for neither,
    /// `INVALID_VALUE` for both or an empty list, `LIMIT_EXCEEDED` over
    /// [`MAX_FUNDERS`], `DUPLICATE_FUNDER` for an id listed twice; those
    /// of a funder's dates and rank (`INVALID_VALUE`, as
    /// [`binding_fields`]).
    ///
    /// Those of the quotas (`member.quotas`, `member.person.earmarked`):
    /// see [`member_quotas`]; `INVALID_VALUE` at `member.quotas` for quotas
    /// beside `fund` or `funders`. Without either, the member must hold
    /// quotas.
    pub fn check(&self) -> Result<(), ContractError> {
        member_quotas(&self.member, "member", self.as_of, self.lang)?;
        let on_quotas = !self.member.quotas.is_empty();
        quotas_or_funds(
            on_quotas,
            self.fund.is_some() || self.funders.is_some(),
            "member.quotas",
            self.lang,
        )?;
        if on_quotas && self.fund.is_none() && self.funders.is_none() {
            return Ok(());
        }
        fund_or_funders(self.fund.is_some(), self.funders.as_deref(), self.lang)
    }
}

/// Quotas are one arrangement and a network's fund another: a request
/// settles on one of them.
///
/// # Errors
/// `INVALID_VALUE` at `at` for both.
fn quotas_or_funds(quotas: bool, funds: bool, at: &str, lang: Lang) -> Result<(), ContractError> {
    if quotas && funds {
        return refuse(
            ErrorCode::InvalidValue,
            at.to_owned(),
            say!(lang, "共济额度（跨省共济）与 fund/funders（家庭共济网）只能给出其一"; "give quotas (跨省共济) or fund/funders (a network), not both"),
        );
    }
    Ok(())
}

/// One quota's own dates and amounts, at `at` (`member.quotas[0]`).
///
/// # Errors
/// `QUOTA_USED_OVER_AMOUNT` at `.used`, `QUOTA_ENDS_BEFORE_SET` at
/// `.endedOn`.
fn quota_holds(
    (amount, used, set_on, ended_on): (Yuan, Option<Yuan>, Date, Option<Date>),
    at: &str,
    lang: Lang,
) -> Result<(), ContractError> {
    if used.is_some_and(|used| used > amount) {
        return refuse(
            ErrorCode::QuotaUsedOverAmount,
            format!("{at}.used"),
            say!(lang, "{}.used 大于额度 {} 元", at, amount; "{}.used is more than the quota's {} yuan", at, amount),
        );
    }
    if ended_on.is_some_and(|ended_on| ended_on < set_on) {
        return refuse(
            ErrorCode::QuotaEndsBeforeSet,
            format!("{at}.endedOn"),
            say!(lang, "{}.endedOn 早于设定日期 {}", at, set_on; "{}.endedOn is before the quota was set on {}", at, set_on),
        );
    }
    Ok(())
}

/// The quotas a person has set (`earmarked`), at `at` (`founder`,
/// `member.person`): each sound, and together, unused on `as_of`, no more
/// than his own account.
///
/// # Errors
/// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`], those of [`quota_holds`],
/// `EARMARKED_OVER_BALANCE` at `.earmarked`.
fn person_quotas(person: &Insured, at: &str, as_of: Date, lang: Lang) -> Result<(), ContractError> {
    let list = &person.earmarked;
    limit(list.len(), MAX_MEMBERS, &format!("{at}.earmarked"), lang)?;
    let mut unused = Yuan::ZERO;
    for (j, e) in list.iter().enumerate() {
        let quota = (e.amount, e.used, e.set_on, e.ended_on);
        quota_holds(quota, &format!("{at}.earmarked[{j}]"), lang)?;
        unused = unused.plus(unused_on(e.amount, e.used, e.set_on, e.ended_on, as_of));
    }
    let own = (person.current_balance.unwrap_or(Yuan::ZERO))
        .plus(person.historical_balance.unwrap_or(Yuan::ZERO));
    if unused > own {
        return refuse(
            ErrorCode::EarmarkedOverBalance,
            format!("{at}.earmarked"),
            say!(lang, "已设定的共济额度未用部分 {} 元超过个人账户余额 {} 元", unused, own;
                "the quotas set hold {} yuan unused, more than the account's {} yuan", unused, own),
        );
    }
    Ok(())
}

/// A member's quotas and the quotas he has set, at `at` (`members[1]`).
///
/// # Errors
/// `LIMIT_EXCEEDED` over [`MAX_FUNDERS`] quotas, those of
/// [`quota_holds`] and [`person_quotas`].
pub fn member_quotas(
    member: &Member,
    at: &str,
    as_of: Date,
    lang: Lang,
) -> Result<(), ContractError> {
    limit(
        member.quotas.len(),
        MAX_FUNDERS,
        &format!("{at}.quotas"),
        lang,
    )?;
    for (j, q) in member.quotas.iter().enumerate() {
        let quota = (q.amount, q.used, q.set_on, q.ended_on);
        quota_holds(quota, &format!("{at}.quotas[{j}]"), lang)?;
    }
    person_quotas(&member.person, &format!("{at}.person"), as_of, lang)
}

/// Where a projection's expenses and bindings point.
pub struct ProjectionIndex {
    /// The member (index in `members`) of each expense.
    pub expense_members: Vec<usize>,
    /// The member and the fund (index in `funders`, 0 for a single
    /// `fund`) of each binding.
    pub bindings: Vec<(usize, usize)>,
}

impl ProjectionRequest {
    /// Checks the lists and finds whom each expense and binding names.
    ///
    /// # Errors
    /// `LIMIT_EXCEEDED` over [`MAX_MEMBERS`] members or [`MAX_EXPENSES`]
    /// expenses; `DUPLICATE_MEMBER` for a member id listed twice;
    /// `UNKNOWN_MEMBER` for an expense naming no listed member; those of a
    /// bad `fund`/`funders` pair (as [`SettlementRequest::check`]); for
    /// `bindings`, `LIMIT_EXCEEDED` over [`MAX_BINDINGS`], `UNKNOWN_MEMBER`,
    /// `UNKNOWN_FUNDER`, `MISSING_FIELD` for a binding without `funderId`
    /// among several funders, `DUPLICATE_FUNDER` for a member bound to one
    /// funder twice; `INVALID_VALUE` for a binding's or a funder's end
    /// before its start, a rank below 1 or a rank given twice (per member).
    pub fn check(&self) -> Result<ProjectionIndex, ContractError> {
        let lang = self.lang;
        limit(self.members.len(), MAX_MEMBERS, "members", lang)?;
        limit(self.expenses.len(), MAX_EXPENSES, "expenses", lang)?;
        for (i, m) in self.members.iter().enumerate() {
            if self.members[..i].iter().any(|o| o.person.id == m.person.id) {
                return refuse(
                    ErrorCode::DuplicateMember,
                    format!("members[{i}].person.id"),
                    say!(lang, "成员 id 重复"; "member id listed twice"),
                );
            }
        }
        let mut expense_members = Vec::with_capacity(self.expenses.len());
        for (i, e) in self.expenses.iter().enumerate() {
            let Some(m) = self.member(&e.member_id) else {
                return refuse(
                    ErrorCode::UnknownMember,
                    format!("expenses[{i}].memberId"),
                    say!(lang, "费用所属成员不在 members 列表中"; "the expense names no member in the members list"),
                );
            };
            expense_members.push(m);
        }
        let mut day = self.as_of;
        for (i, e) in self.expenses.iter().enumerate() {
            match e.on {
                Some(on) if on < day => {
                    return refuse(
                        ErrorCode::InvalidValue,
                        format!("expenses[{i}].on"),
                        say!(lang, "费用日期 {} 早于 asOf 或前一笔费用（{}）：费用按结算顺序排列", on, day;
                            "the bill's day {} is before asOf or the bill before it ({}): bills are listed in settlement order", on, day),
                    );
                }
                Some(on) => day = on,
                None => {}
            }
        }
        let on_quotas = self.members.iter().any(|m| !m.quotas.is_empty());
        for (m, member) in self.members.iter().enumerate() {
            member_quotas(member, &format!("members[{m}]"), self.as_of, lang)?;
        }
        let funds = self.fund.is_some() || self.funders.is_some();
        quotas_or_funds(on_quotas, funds, "members", lang)?;
        if !on_quotas || funds {
            fund_or_funders(self.fund.is_some(), self.funders.as_deref(), lang)?;
        }
        Ok(ProjectionIndex {
            expense_members,
            bindings: self.find_bindings()?,
        })
    }

    fn member(&self, id: &super::person::PersonId) -> Option<usize> {
        self.members.iter().position(|m| &m.person.id == id)
    }

    /// The member and the fund of each binding.
    ///
    /// # Errors
    /// `LIMIT_EXCEEDED` over [`MAX_BINDINGS`]; `UNKNOWN_MEMBER`,
    /// `UNKNOWN_FUNDER`, `MISSING_FIELD` for a binding without `funderId`
    /// among several funders, `DUPLICATE_FUNDER` for a member bound to one
    /// funder twice.
    fn find_bindings(&self) -> Result<Vec<(usize, usize)>, ContractError> {
        let lang = self.lang;
        limit(self.bindings.len(), MAX_BINDINGS, "bindings", lang)?;
        let funders = self.funders.as_deref().unwrap_or_default();
        let mut found: Vec<(usize, usize)> = Vec::with_capacity(self.bindings.len());
        for (k, b) in self.bindings.iter().enumerate() {
            let Some(m) = self.member(&b.member_id) else {
                return refuse(
                    ErrorCode::UnknownMember,
                    format!("bindings[{k}].memberId"),
                    say!(lang, "绑定所属成员不在 members 列表中"; "the binding names no member in the members list"),
                );
            };
            let f = match &b.funder_id {
                None if funders.len() <= 1 => 0,
                None => {
                    return refuse(
                        ErrorCode::MissingField,
                        format!("bindings[{k}].funderId"),
                        say!(lang, "缺少必填字段 bindings[{}].funderId（有多位授权人时必填）", k; "missing required field bindings[{}].funderId (required with several funders)", k),
                    );
                }
                Some(id) => match funders.iter().position(|f| &f.id == id) {
                    Some(f) => f,
                    None => {
                        return refuse(
                            ErrorCode::UnknownFunder,
                            format!("bindings[{k}].funderId"),
                            say!(lang, "绑定所指授权人不在 funders 列表中"; "the binding names no funder in the funders list"),
                        );
                    }
                },
            };
            if found.contains(&(m, f)) {
                return refuse(
                    ErrorCode::DuplicateFunder,
                    format!("bindings[{k}]"),
                    say!(lang, "同一成员与同一授权人的绑定重复"; "the member is bound to this funder twice"),
                );
            }
            let starts = b.bound_on.or(funders.get(f).and_then(|f| f.bound_on));
            binding_fields(&format!("bindings[{k}]"), starts, b.ends_on, b.rank, lang)?;
            let same_rank = |j: usize| {
                let other = &self.bindings[j];
                found[j].0 == m && b.rank.is_some() && other.rank == b.rank
            };
            if let Some(j) = (0..k).find(|&j| same_rank(j)) {
                return rank_twice(
                    &format!("bindings[{k}].rank"),
                    b.rank,
                    &format!("bindings[{j}]"),
                    lang,
                );
            }
            found.push((m, f));
        }
        Ok(found)
    }
}

/// Exactly one of `fund` and `funders`; funders at most [`MAX_FUNDERS`],
/// each id once.
///
/// # Errors
/// `MISSING_FIELD` (at `fund`, as before `funders` existed) for neither,
/// `INVALID_VALUE` for both or an empty list, `LIMIT_EXCEEDED`,
/// `DUPLICATE_FUNDER`.
fn fund_or_funders(
    fund: bool,
    funders: Option<&[Funder]>,
    lang: Lang,
) -> Result<(), ContractError> {
    let invalid = |message| refuse(ErrorCode::InvalidValue, "funders".into(), message);
    match (fund, funders) {
        (false, None) => refuse(
            ErrorCode::MissingField,
            "fund".into(),
            say!(lang, "缺少必填字段 {}", "fund"; "missing required field {}", "fund"),
        ),
        (true, Some(_)) => invalid(
            say!(lang, "fund 与 funders 只能给出其一"; "give either fund or funders, not both"),
        ),
        (false, Some([])) => invalid(
            say!(lang, "funders 至少列出一位授权人"; "funders must name at least one funder"),
        ),
        (false, Some(list)) => {
            limit(list.len(), MAX_FUNDERS, "funders", lang)?;
            for (i, funder) in list.iter().enumerate() {
                if list[..i].iter().any(|f| f.id == funder.id) {
                    return refuse(
                        ErrorCode::DuplicateFunder,
                        format!("funders[{i}].id"),
                        say!(lang, "授权人 id 重复"; "funder id listed twice"),
                    );
                }
                let at = format!("funders[{i}]");
                binding_fields(&at, funder.bound_on, funder.ends_on, funder.rank, lang)?;
                let same_rank = |f: &Funder| funder.rank.is_some() && f.rank == funder.rank;
                if let Some(j) = list[..i].iter().position(same_rank) {
                    return rank_twice(
                        &format!("{at}.rank"),
                        funder.rank,
                        &format!("funders[{j}]"),
                        lang,
                    );
                }
            }
            Ok(())
        }
        (true, None) => Ok(()),
    }
}

impl super::request::TransferRequest {
    /// The attempt falls on `asOf`; the earlier transfers are of that day
    /// and not after the attempt; a transfer moves something.
    ///
    /// # Errors
    /// `LIMIT_EXCEEDED` over [`super::request::MAX_EARLIER_TRANSFERS`]
    /// earlier transfers; `INVALID_VALUE` at `transfer.at` for a day other
    /// than `asOf`, at `transfer.amount` for 0.00, at `earlier[i].at` for
    /// another day or a later time.
    pub fn check(&self) -> Result<(), ContractError> {
        let lang = self.lang;
        let max = super::request::MAX_EARLIER_TRANSFERS;
        limit(self.earlier.len(), max, "earlier", lang)?;
        let at = self.transfer.at;
        if at.date != self.as_of {
            return refuse(
                ErrorCode::InvalidValue,
                "transfer.at".into(),
                say!(lang, "transfer.at（{}）须在 asOf（{}）当天", at, self.as_of;
                    "transfer.at ({}) must fall on asOf ({})", at, self.as_of),
            );
        }
        if self.transfer.amount.is_zero() {
            return refuse(
                ErrorCode::InvalidValue,
                "transfer.amount".into(),
                say!(lang, "transfer.amount：转账金额须大于 0"; "transfer.amount: a transfer must move more than 0"),
            );
        }
        for (i, earlier) in self.earlier.iter().enumerate() {
            if earlier.at.date != at.date || earlier.at > at {
                return refuse(
                    ErrorCode::InvalidValue,
                    format!("earlier[{i}].at"),
                    say!(lang, "earlier[{}].at（{}）须是 {} 当天、不晚于 transfer.at 的转账", i, earlier.at, at.date;
                        "earlier[{}].at ({}) must be on {}, not after transfer.at", i, earlier.at, at.date),
                );
            }
        }
        Ok(())
    }
}

/// A binding's own fields (a funder's entry, or a projection's binding at
/// `at`): its end never before its start (`starts`, its own `boundOn` or
/// the funder's), its rank at least 1.
///
/// # Errors
/// `INVALID_VALUE` at `{at}.endsOn` or `{at}.rank`.
fn binding_fields(
    at: &str,
    starts: Option<Date>,
    ends_on: Option<Date>,
    rank: Option<u32>,
    lang: Lang,
) -> Result<(), ContractError> {
    if let (Some(starts), Some(ends)) = (starts, ends_on) {
        if ends < starts {
            return refuse(
                ErrorCode::InvalidValue,
                format!("{at}.endsOn"),
                say!(lang, "{}.endsOn：结束日期 {} 早于开始日期（boundOn）{}", at, ends, starts;
                    "{}.endsOn: the binding ends on {}, before it starts (boundOn) on {}", at, ends, starts),
            );
        }
    }
    if rank == Some(0) {
        return refuse(
            ErrorCode::InvalidValue,
            format!("{at}.rank"),
            say!(lang, "{}.rank：顺位须为正整数，从 1 开始", at; "{}.rank: a rank is a positive integer, 1 first", at),
        );
    }
    Ok(())
}

/// A rank given to two bindings of one member.
///
/// # Errors
/// Always `INVALID_VALUE` at `at`.
fn rank_twice<T>(at: &str, rank: Option<u32>, first: &str, lang: Lang) -> Result<T, ContractError> {
    let rank = rank.unwrap_or_default();
    refuse(
        ErrorCode::InvalidValue,
        at.to_owned(),
        say!(lang, "{}：顺位 {} 已由 {} 使用，每个顺位只能用一次", at, rank, first;
            "{}: rank {} is already given to {}; each rank once", at, rank, first),
    )
}
