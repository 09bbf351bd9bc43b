//! `checkTransfer`: may a giver send this amount from his 医保钱包 to a
//! close relative now, and when does it come back if not accepted? The
//! 2025 wallet rules (三笔、2000元、22:00-次日6:00、次日6:00退回), each a
//! rule of the profile with the reading it chose where the sources differ.

use super::eligibility::in_area;
use super::Context;
use crate::contract::clock::LocalDateTime;
use crate::contract::money::Yuan;
use crate::contract::person::{Scheme, Status};
use crate::contract::profile::{
    Area, ClosedHours, LimitScope, PendingBlock, ReturnReading, Rule, Rules, TransferReturn,
};
use crate::contract::relation::Relation;
use crate::contract::{
    ContractError, Finding, TransferCheck, TransferRequest, TransferReturnTime, TransferState,
    Verdict,
};
use crate::policy::load;

/// Judges a proposed wallet transfer.
///
/// # Errors
/// `UNKNOWN_POLICY`, `INVALID_POLICY`, `DATE_NOT_COVERED`, and those of
/// [`TransferRequest::check`]. Every rule's verdict is a finding.
pub fn check_transfer(req: &TransferRequest) -> Result<TransferCheck, ContractError> {
    req.check()?;
    let policy = load(&req.policy, req.lang)?;
    let ctx = Context::new(&policy, req.as_of, req.lang)?;
    let mut findings = Vec::new();
    let rules = match TransferRules::of(&ctx.version.rules) {
        Ok(rules) => Some(rules),
        Err(missing) => {
            let verdict = Verdict::TransfersNotInPolicy {
                policy: &ctx.policy.name,
                valid_from: ctx.version.valid_from,
                missing: &missing,
            };
            findings.push(Finding::of(ctx.lang, verdict).at("asOf"));
            None
        }
    };
    if let Some(rules) = &rules {
        findings.extend(rules.giver(&ctx, req));
        findings.extend(rules.recipient(&ctx, req));
        findings.extend(rules.day(&ctx, req));
    }
    let allowed = !findings.iter().any(Finding::is_error);
    let returns = rules
        .filter(|_| allowed)
        .and_then(|rules| rules.return_time(req.transfer.at));
    if let Some((back, rule)) = &returns {
        let by = back.reading == ReturnReading::By;
        let verdict = Verdict::TransferReturnsIfUnaccepted {
            time: back.time,
            by,
        };
        findings.push(Finding::of(ctx.lang, verdict).cite(&rule.source));
    }
    findings.extend(ctx.currency());
    Ok(TransferCheck {
        allowed,
        findings,
        balance_after: allowed.then(|| req.giver.balance.minus(req.transfer.amount)),
        return_if_unaccepted: returns.map(|(back, _)| back),
    })
}

/// The transfer rules of a version, all of them present.
struct TransferRules<'a> {
    per_day: &'a Rule<u8>,
    limit: &'a Rule<Yuan>,
    scope: &'a Rule<LimitScope>,
    closed: &'a Rule<ClosedHours>,
    returns: &'a Rule<TransferReturn>,
    pending: &'a Rule<PendingBlock>,
    wallet: &'a Rule<bool>,
    relations: &'a Rule<Vec<Relation>>,
    area: &'a Rule<Area>,
    recipient_schemes: &'a Rule<Vec<Scheme>>,
    giver_schemes: &'a Rule<Vec<Scheme>>,
}

impl<'a> TransferRules<'a> {
    /// The transfer rules, or the keys of those the version lacks.
    fn of(r: &'a Rules) -> Result<TransferRules<'a>, Vec<&'static str>> {
        let rules = (
            r.transfers_per_day.as_ref(),
            r.transfer_limit.as_ref(),
            r.transfer_limit_scope.as_ref(),
            r.transfer_closed_hours.as_ref(),
            r.transfer_return.as_ref(),
            r.pending_transfer_blocks.as_ref(),
            r.transfer_needs_wallet.as_ref(),
            r.transfer_relations.as_ref(),
            r.transfer_recipient_area.as_ref(),
            r.transfer_recipient_schemes.as_ref(),
            r.transfer_giver_schemes.as_ref(),
        );
        let (
            Some(per_day),
            Some(limit),
            Some(scope),
            Some(closed),
            Some(returns),
            Some(pending),
            Some(wallet),
            Some(relations),
            Some(area),
            Some(recipient_schemes),
            Some(giver_schemes),
        ) = rules
        else {
            return Err(r.missing_transfer_rules());
        };
        Ok(TransferRules {
            per_day,
            limit,
            scope,
            closed,
            returns,
            pending,
            wallet,
            relations,
            area,
            recipient_schemes,
            giver_schemes,
        })
    }

    /// The giver's findings: scheme, account status, balance.
    fn giver(&self, ctx: &Context, req: &TransferRequest) -> Vec<Finding> {
        let (giver, lang, source) = (&req.giver, ctx.lang, &self.giver_schemes.source);
        let mut out = Vec::new();
        if !self.giver_schemes.value.contains(&giver.scheme) {
            let verdict = Verdict::TransferGiverNotEmployee {
                scheme: giver.scheme,
            };
            out.push(Finding::of(lang, verdict).at("giver.scheme").cite(source));
        }
        if giver.status != Status::Active {
            let verdict = Verdict::TransferGiverNotActive {
                status: giver.status,
            };
            out.push(Finding::of(lang, verdict).at("giver.status").cite(source));
        }
        let amount = req.transfer.amount;
        if amount > giver.balance {
            let verdict = Verdict::TransferBalanceShort {
                balance: giver.balance,
                amount,
            };
            out.push(
                Finding::of(lang, verdict)
                    .at("transfer.amount")
                    .cite(source),
            );
        }
        out
    }

    /// The recipient's findings: relation, scheme and status, area, wallet.
    fn recipient(&self, ctx: &Context, req: &TransferRequest) -> Vec<Finding> {
        let (to, lang) = (&req.recipient, ctx.lang);
        let mut out = Vec::new();
        if !self.relations.value.contains(&to.relation) {
            let verdict = Verdict::TransferRelationNotAdmitted {
                relation: to.relation,
                admitted: &self.relations.value,
            };
            out.push(
                Finding::of(lang, verdict)
                    .at("recipient.relation")
                    .cite(&self.relations.source),
            );
        }
        let schemes = &self.recipient_schemes;
        if !schemes.value.contains(&to.scheme) {
            let verdict = Verdict::TransferRecipientSchemeNotAdmitted { scheme: to.scheme };
            out.push(
                Finding::of(lang, verdict)
                    .at("recipient.scheme")
                    .cite(&schemes.source),
            );
        }
        if to.status != Status::Active {
            let verdict = Verdict::TransferRecipientNotActive { status: to.status };
            out.push(
                Finding::of(lang, verdict)
                    .at("recipient.status")
                    .cite(&schemes.source),
            );
        }
        // Areas are seen from the profile's own region, or from the giver's
        // under the national frame.
        let home = ctx.policy.region.as_ref().unwrap_or(&req.giver.region);
        let (area, region) = (self.area.value, &to.region);
        if !in_area(area, region, home, Some(&req.giver.region)) {
            let verdict = Verdict::TransferRecipientOutsideArea { area, home, region };
            out.push(
                Finding::of(lang, verdict)
                    .at("recipient.region")
                    .cite(&self.area.source),
            );
        }
        if self.wallet.value && !to.wallet_opened {
            out.push(
                Finding::of(lang, Verdict::TransferRecipientNoWallet)
                    .at("recipient.walletOpened")
                    .cite(&self.wallet.source),
            );
        }
        out
    }

    /// The day's findings: the hour, the count, the limit, a pending
    /// transfer.
    fn day(&self, ctx: &Context, req: &TransferRequest) -> Vec<Finding> {
        let (lang, at) = (ctx.lang, req.transfer.at);
        let mut out = Vec::new();
        let closed = self.closed.value;
        if closed.closes(at.time) {
            let verdict = Verdict::TransferClosedHours {
                at: at.time,
                from: closed.from,
                until: closed.until,
            };
            out.push(
                Finding::of(lang, verdict)
                    .at("transfer.at")
                    .cite(&self.closed.source),
            );
        }
        // Every transfer of the day counts, accepted or still pending.
        let made = req.earlier.len();
        let per_day = self.per_day.value;
        if made >= usize::from(per_day) {
            let verdict = Verdict::TransferCountReached { per_day, made };
            out.push(
                Finding::of(lang, verdict)
                    .at("earlier")
                    .cite(&self.per_day.source),
            );
        }
        out.extend(self.over_limit(ctx, req));
        if let Some((i, earlier)) = self.blocking(req) {
            let verdict = Verdict::TransferPendingBlocks {
                pending_at: earlier,
                same_recipient: self.pending.value == PendingBlock::SameRecipient,
            };
            out.push(
                Finding::of(lang, verdict)
                    .at(format!("earlier[{i}]"))
                    .cite(&self.pending.source),
            );
        }
        out
    }

    /// The amount against the limit of a transfer, or of the day.
    fn over_limit(&self, ctx: &Context, req: &TransferRequest) -> Option<Finding> {
        let (amount, limit) = (req.transfer.amount, self.limit.value);
        let verdict = match self.scope.value {
            LimitScope::PerTransfer => {
                (amount > limit).then_some(Verdict::TransferOverLimit { amount, limit })
            }
            LimitScope::PerDay => {
                let earlier = req
                    .earlier
                    .iter()
                    .fold(Yuan::ZERO, |sum, t| sum.plus(t.amount));
                (earlier.plus(amount) > limit).then_some(Verdict::TransferOverDayLimit {
                    amount,
                    earlier,
                    limit,
                })
            }
        }?;
        // The limit and its scope are one decision: cite the scope, which
        // carries the reading chosen.
        Some(
            Finding::of(ctx.lang, verdict)
                .at("transfer.amount")
                .cite(&self.scope.source),
        )
    }

    /// The first earlier transfer still pending that blocks this one, with
    /// its index. Under `sameRecipient`, one without `recipientId` is taken
    /// as to this recipient.
    fn blocking(&self, req: &TransferRequest) -> Option<(usize, LocalDateTime)> {
        let to = &req.recipient.id;
        req.earlier
            .iter()
            .enumerate()
            .filter(|(_, t)| t.state == TransferState::Pending)
            .find(|(_, t)| match self.pending.value {
                PendingBlock::AnyRecipient => true,
                PendingBlock::SameRecipient => t.recipient_id.as_ref().is_none_or(|id| id == to),
                PendingBlock::Never => false,
            })
            .map(|(i, t)| (i, t.at))
    }

    /// When a transfer made at `at` comes back if not accepted: the next
    /// day at the rule's time.
    fn return_time(
        &self,
        at: LocalDateTime,
    ) -> Option<(TransferReturnTime, &'a Rule<TransferReturn>)> {
        let rule = self.returns;
        let time = LocalDateTime {
            date: at.date.next()?,
            time: rule.value.time,
        };
        let reading = rule.value.reading;
        Some((TransferReturnTime { time, reading }, rule))
    }
}

#[cfg(test)]
mod tests {
    use super::TransferRules;
    use crate::contract::profile::{Rules, Version};
    use crate::policy::policies;

    /// A root built-in's first version with transfer rules, and the one
    /// before it, without.
    fn first_with_transfers() -> (&'static Version, &'static Version) {
        let with = |v: &Version| v.rules.transfers_per_day.is_some();
        let root = policies()
            .into_iter()
            .find(|p| p.extend.is_none() && p.versions.iter().any(with))
            .expect("a built-in with wallet transfers");
        let i = root.versions.iter().position(with).expect("found");
        assert!(i > 0, "transfers came after the first version");
        (&root.versions[i - 1], &root.versions[i])
    }

    #[test]
    fn a_version_without_transfers_lacks_every_transfer_key_and_the_next_none() {
        let keys: Vec<&str> = Rules::DECLARED.iter().map(|rule| rule.key).collect();
        assert!(Rules::TRANSFER_KEYS.iter().all(|key| keys.contains(key)));
        let (before, since) = first_with_transfers();
        let missing = TransferRules::of(&before.rules)
            .err()
            .expect("no transfers");
        assert_eq!(missing, Rules::TRANSFER_KEYS);
        assert!(TransferRules::of(&since.rules).is_ok());
    }

    #[test]
    fn a_version_with_some_transfer_rules_names_the_ones_it_lacks() {
        let mut rules = first_with_transfers().1.rules.clone();
        rules.transfer_return = None;
        rules.transfer_needs_wallet = None;
        let missing = TransferRules::of(&rules).err().expect("incomplete");
        assert_eq!(missing, ["transferReturn", "transferNeedsWallet"]);
    }
}
