// Generated from the Rust types by tests/typescript.rs (ts-rs): do not edit.

/**
 * The language of messages: zh-CN unless a request asks for en.
 */
export type Lang = "zh-CN" | "en";

/**
 * How `policies` shows the built-ins.
 */
export type PolicyView = "resolved" | "written" | "summary";

/**
 * `policies`: takes an empty object (or nothing), or asks for a view or
 * for some profiles only.
 */
export type PoliciesRequest = { lang?: Lang, view?: PolicyView,
/**
 * Only the profiles with these ids (or old ids), in the engine's
 * order. Absent: every one. A page showing one region asks for it
 * alone: only it and the layers under it are resolved.
 */
ids?: Array<string>, };

/**
 * A real day as `YYYY-MM-DD`, between the years 1900 and 2199.
 */
export type IsoDate = string;

/**
 * A built-in profile's id (`"shanghai"`), a custom profile (whole, or
 * extending a built-in), or a list of custom profiles: the first is the
 * one answered, the others are layers it (or they) may `extend` by id.
 * A custom profile is kept as JSON here and read as a
 * [`Profile`](super::profile::Profile) when resolved (`policy::load`), its
 * errors under `policy.` or `policy[i].`.
 */
export type PolicyRef = BuiltInPolicy | Profile | Profile[];

/**
 * `relationOptions`: which relations to offer in a form.
 */
export type RelationOptionsRequest = { policy: PolicyRef, asOf: IsoDate, lang?: Lang,
/**
 * Also answer every label a form shows (rule names and values, kinds,
 * fields, split parts, finding titles).
 */
labels?: boolean, };

/**
 * The caller's key for a person: non-empty, at most
 * [`MAX_PERSON_ID_LEN`] bytes, and not an ID number (answers echo it).
 */
export type PersonId = string;

/**
 * A person's place in a network.
 */
export type Role = "founder" | "member";

/**
 * A binding the server already knows.
 */
export type Binding = { personId: PersonId, role: Role, networkId: PersonId,
/**
 * The last day the binding held, if it has ended (解除): an ended
 * binding is no conflict, but still counts towards `maxMembersEver`.
 * Absent: it holds.
 */
endsOn?: IsoDate, };

/**
 * Yuan as a decimal string: non-negative, at most two decimals in a
 * request (`"1234.5"`), exactly two in an answer (`"1234.50"`).
 */
export type Yuan = string;

/**
 * A 共济额度 a person has set for a relative, as his own account sees it:
 * the unused part is earmarked and he cannot spend it.
 */
export type Earmark = {
/**
 * The caller's key for the relative.
 */
relativeId: PersonId, amount: Yuan,
/**
 * What the relative has already spent of it. Absent: nothing.
 */
used?: Yuan, setOn: IsoDate,
/**
 * The day the relation ended: from then nothing is earmarked.
 */
endedOn?: IsoDate,
};

/**
 * An 18-character 公民身份号码 that passed the GB 11643-1999 check.
 *
 * Never serialized whole: [`IdNumber::masked`] is the only printable form,
 * so an ID number cannot leak into a response or a log.
 */
export type IdNumber = string;

/**
 * A six-digit 行政区划代码 (GB/T 2260), e.g. `310000`, `320500`, `330381`.
 */
export type RegionCode = string;

/**
 * Which basic medical insurance the person is in.
 */
export type Scheme = "employee" | "resident" | "publicMedical";

/**
 * The state of the person's insurance and account.
 */
export type Status = "active" | "suspended" | "transferred";

/**
 * An insured person as the caller knows him.
 */
export type Insured = {
/**
 * The caller's key for this person (1-64 characters, never an ID number).
 */
id: PersonId,
/**
 * 18-character 居民身份证 number, checked (GB 11643) when given; never echoed whole.
 */
idNumber?: IdNumber, scheme: Scheme,
/**
 * Where insured (参保地).
 */
region: RegionCode, status?: Status,
/**
 * 历年账户 (employees only).
 */
historicalBalance?: Yuan,
/**
 * 当年账户 (employees only).
 */
currentBalance?: Yuan,
/**
 * The day `status` took effect: before it the person counts as
 * insured and paid up. Absent: `status` holds on every day. A
 * `transferred` status ends every 共济额度 (quota) the person holds or
 * has set, on this day.
 */
statusSince?: IsoDate,
/**
 * The 共济额度 (quotas) this person has set, through the 医保钱包, for
 * relatives not otherwise listed in the request: within them he can no
 * longer spend that part of his own account (跨省共济).
 */
earmarked?: Array<Earmark>,
};

/**
 * A 共济额度 a relative holds: an amount a funder (共济人) set for him
 * through the 医保钱包, spent on his bills after his own account. Nothing
 * moves: the amount stays in the funder's account, earmarked.
 */
export type Quota = {
/**
 * The funder's id (the founder's `id` in `checkNetwork`).
 */
funderId: PersonId,
/**
 * The quota set.
 */
amount: Yuan,
/**
 * What the relative has already spent of it. Absent: nothing.
 */
used?: Yuan,
/**
 * The day the funder set it: it pays from that day, and orders the
 * quotas of several funders.
 */
setOn: IsoDate,
/**
 * The day the relation was ended (by either side): from that day it
 * pays nothing and what is unused goes back to the funder.
 */
endedOn?: IsoDate,
};

/**
 * A person bound, or to be bound, to a founder's fund.
 */
export type Member = { person: Insured,
/**
 * A relation name, or a GB/T 4761-2008 two-digit code (`"10"` 配偶, `"55"` 岳父).
 */
relation: Relation | `${number}${number}`,
/**
 * The founder's cumulative cap for this member, where the policy has one.
 */
cap?: Yuan,
/**
 * The 共济额度 (quotas) funders have set for this relative through the
 * 医保钱包 (跨省共济, from 2026-01-09).
 */
quotas?: Array<Quota>, };

/**
 * How the fund may be used: 共济支付 (paying bills) or 共济缴费 (paying
 * premiums and insurance).
 */
export type Mode = "payment" | "premium";

/**
 * `checkNetwork`: may this founder bind these members?
 */
export type NetworkRequest = { policy: PolicyRef,
/**
 * The day the request is judged on.
 */
asOf: IsoDate, lang?: Lang, founder: Insured, members: Array<Member>,
/**
 * The modes the founder has chosen (or wants); absent: none yet.
 */
modes?: Array<Mode>,
/**
 * Bindings the server already knows, to find conflicts.
 */
existing?: Array<Binding>,
/**
 * The network being edited, if it exists already: bindings in it are
 * not conflicts.
 */
networkId?: PersonId, };

/**
 * What a bill is for.
 */
export type ExpenseKind = "outpatient" | "inpatient" | "pharmacy" | "vaccine" | "residentPremium" | "commercialInsurance" | "longTermCarePremium" | "checkup" | "cosmetic";

/**
 * 一级、二级、三级: a facility level, 1 to 3.
 */
export type FacilityLevel = 1 | 2 | 3;

/**
 * Where a bill is incurred.
 */
export type FacilityType = "hospital" | "pharmacy";

/**
 * One bill (or premium) a member wants to pay.
 */
export type Expense = { amount: Yuan, kind: ExpenseKind, facilityLevel?: FacilityLevel, facilityType?: FacilityType, };

/**
 * The founder's fund as the member's bill meets it.
 */
export type Fund = {
/**
 * What is left in the family fund now.
 */
balance: Yuan,
/**
 * What this member has already drawn against his cap.
 */
usedByMember?: Yuan,
/**
 * The modes the founder chose. Absent: every mode the region offers.
 * Where a region has no choice of modes, what is given is ignored.
 */
modes?: Array<Mode>,
/**
 * The most one payment may take from the fund for this member, where
 * the region lets the funder set one (`perPaymentCap` rule).
 */
perPaymentCap?: Yuan,
};

/**
 * One of several funders (授权人) whose fund a member may draw on, as
 * the member's bill meets it. In a projection, `cap`, `usedByMember` and
 * `boundOn` hold for every member bound to him unless a binding says
 * otherwise.
 */
export type Funder = {
/**
 * The caller's key for the funder; answers name him by it.
 */
id: PersonId,
/**
 * What is left in his family fund now.
 */
balance: Yuan,
/**
 * The cap he set for this member. Absent: the member's own `cap`.
 */
cap?: Yuan,
/**
 * What this member has already drawn from him against that cap.
 */
usedByMember?: Yuan,
/**
 * The day he bound this member: the order of registration. Absent:
 * after every dated funder, in the order listed.
 */
boundOn?: IsoDate,
/**
 * The last day the binding holds (结束日期, inclusive: it lapses at
 * 00:00 the day after). Absent: until unbound. Never before `boundOn`.
 */
endsOn?: IsoDate,
/**
 * The binding's rank among the member's funders (顺位, 1 first), read
 * where the region's `funderDraw` is `rank`. A positive integer, each
 * rank once.
 */
rank?: number,
/**
 * The modes he chose, as in `fund.modes`.
 */
modes?: Array<Mode>,
/**
 * The most one payment may take from his fund for this member, where
 * the region lets him set one (`perPaymentCap` rule).
 */
perPaymentCap?: Yuan,
};

/**
 * `previewSettlement`: how will one bill split?
 *
 * Give exactly one of `fund` (one funder, the common case) and
 * `funders` (a member bound by several funders, drawn as the region's
 * `funderDraw` rule says), or neither when the member holds `quotas`
 * (跨省共济): his bill then draws on them as the `quota…` rules say.
 */
export type SettlementRequest = { policy: PolicyRef, asOf: IsoDate, lang?: Lang,
/**
 * With the member's own balances.
 */
member: Member,
/**
 * The one funder's fund. Required unless `funders` is given.
 */
fund?: Fund,
/**
 * Every funder the member is bound to (1 to 10), instead of `fund`.
 */
funders?: Array<Funder>, expense: Expense, };

/**
 * A member's binding to one funder in a projection: the order of
 * registration, the cap there and what is already used of it this year.
 * What it leaves out comes from the funder, then from the member.
 */
export type MemberBinding = { memberId: PersonId,
/**
 * Which of `funders`; may be left out where there is one fund.
 */
funderId?: PersonId,
/**
 * The day the binding was made. Absent: the funder's `boundOn`, else
 * after every dated binding.
 */
boundOn?: IsoDate,
/**
 * The last day the binding holds (inclusive). Absent: the funder's
 * `endsOn`, else until unbound. Never before the binding's start.
 */
endsOn?: IsoDate,
/**
 * The binding's rank among the member's funders (1 first). Absent:
 * the funder's `rank`. Each rank once per member.
 */
rank?: number,
/**
 * The cap this funder set for the member. Absent: the funder's `cap`,
 * else the member's.
 */
cap?: Yuan,
/**
 * What the member has already drawn from this funder this year, so a
 * cap half spent in March projects from where it stands.
 */
usedByMember?: Yuan,
/**
 * The most one payment may take from this funder for the member.
 * Absent: the funder's `perPaymentCap`.
 */
perPaymentCap?: Yuan, };

/**
 * One bill of a projection, and whose it is.
 */
export type ProjectedExpense = { memberId: PersonId, expense: Expense,
/**
 * The day of the bill, on or after `asOf` and in settlement order: a
 * 共济额度 pays only bills on the days it runs. Absent: the day of the
 * bill before it (`asOf` for the first).
 */
on?: IsoDate, };

/**
 * The fund a projection starts from.
 */
export type ProjectionFund = { balance: Yuan,
/**
 * As in a preview's fund: absent means every mode the region offers.
 */
modes?: Array<Mode>,
/**
 * As in a preview's fund, for every member unless a binding says
 * otherwise.
 */
perPaymentCap?: Yuan, };

/**
 * `projectSettlements`: a sequence of bills against one fund or several
 * funders' funds, in settlement order.
 *
 * Give exactly one of `fund` and `funders`, or neither when every member
 * holds `quotas` (跨省共济). A member with no entry in `bindings` draws on
 * every funder, as the funder's entry says.
 */
export type ProjectionRequest = { policy: PolicyRef, asOf: IsoDate, lang?: Lang,
/**
 * The one funder's fund. Required unless `funders` is given.
 */
fund?: ProjectionFund,
/**
 * Several funders' funds (1 to 10), instead of `fund`.
 */
funders?: Array<Funder>, members: Array<Member>,
/**
 * Which member is bound to which funder, since when, with what cap
 * and how much already used this year.
 */
bindings?: Array<MemberBinding>, expenses: Array<ProjectedExpense>, };

/**
 * `viewNetwork`: what may `viewerId` see of this network?
 */
export type ViewRequest = { policy: PolicyRef, asOf: IsoDate, lang?: Lang, viewerId: PersonId, founder: Insured, members: Array<Member>, };

/**
 * A local date and time of day.
 */
export type LocalDateTime = string;

/**
 * Where an earlier transfer of the day stands.
 */
export type TransferState = "accepted" | "pending";

/**
 * A transfer the giver already made that day, before this one.
 */
export type EarlierTransfer = { amount: Yuan,
/**
 * On the same day as `transfer.at`, and not after it.
 */
at: LocalDateTime, state: TransferState,
/**
 * Whom it went to (a `recipient.id`). Absent: taken as this
 * recipient, where that matters (`pendingTransferBlocks:
 * sameRecipient`).
 */
recipientId?: PersonId, };

/**
 * The transfer the giver wants to make.
 */
export type ProposedTransfer = { amount: Yuan,
/**
 * Local date and time of the attempt (`2026-03-01T09:30`), on `asOf`.
 */
at: LocalDateTime, };

/**
 * Who sends a wallet transfer (转账人): an insured person and what his
 * personal account holds now.
 */
export type TransferGiver = {
/**
 * The caller's key for the giver.
 */
id: PersonId, scheme: Scheme,
/**
 * Where insured (参保地).
 */
region: RegionCode, status?: Status,
/**
 * What the personal account holds now, after the day's earlier
 * transfers left it.
 */
balance: Yuan,
};

/**
 * Who is to receive a wallet transfer (被转账人).
 */
export type TransferRecipient = {
/**
 * The caller's key for the recipient; earlier transfers name him by it.
 */
id: PersonId,
/**
 * The recipient's relation to the giver: a name or a GB/T 4761 code.
 */
relation: Relation | `${number}${number}`, scheme: Scheme,
/**
 * Where insured (参保地); any province may be admitted.
 */
region: RegionCode, status?: Status,
/**
 * Has the recipient opened his own 医保钱包?
 */
walletOpened: boolean,
};

/**
 * `checkTransfer`: may this giver send this amount from his 医保钱包 to
 * this relative now?
 */
export type TransferRequest = { policy: PolicyRef,
/**
 * The day of the attempt: the version of the policy in force then.
 */
asOf: IsoDate, lang?: Lang, giver: TransferGiver, recipient: TransferRecipient, transfer: ProposedTransfer,
/**
 * The giver's transfers already made that day, accepted or pending.
 */
earlier?: Array<EarlierTransfer>, };

/**
 * A profile's name (or a rule's note) in both languages.
 */
export type Names = { "zh-CN": string, en: string, };

/**
 * Where a rule comes from: a document id (see `policies()`) and the
 * question or section in it.
 *
 * Shared, not copied: every finding cites one, so a citation is two
 * reference counts rather than two strings.
 */
export type Source = { doc: string,
/**
 * The question or section.
 */
ref: string,
/**
 * The profile (layer) whose rule this is: set by gongji when a profile
 * is resolved, so an answer says which layer decided; what a written
 * profile gives here is replaced.
 */
layer?: string, };

/**
 * A dated national change an answer after a profile's review date names
 * (`REVIEWED_THROUGH`).
 */
export type Change = { date: IsoDate, title: Names, source: Source, };

/**
 * How close a document is to the official text it carries.
 */
export type Grade = "official" | "repost" | "press";

/**
 * A rule's note: in both languages (`{"zh-CN": …, "en": …}`, as every
 * built-in writes it) or, in a custom profile, one plain string.
 */
export type Note = string | Names;

/**
 * A document a profile cites.
 */
export type Document = { id: string, title: string,
/**
 * The file under `shared/policy-sources/` holding its text.
 */
file?: string,
/**
 * How strong a citation of it is: the official text itself, an
 * official text as reposted, or a press report of one. Absent: not
 * said.
 */
grade?: Grade,
/**
 * Why the grade is what it is, where the copy leaves it unsure.
 */
note?: Note,
/**
 * Where the cited copy was read (a later source's address).
 */
url?: string,
/**
 * The date the copy shows.
 */
date?: IsoDate,
/**
 * Who issued or published it.
 */
issuer?: string, };

/**
 * One step of applying, in both languages, with the clause that names it.
 */
export type NextStep = { text: Names, source: Source, };

/**
 * Where a person must be insured, relative to the profile's region.
 */
export type Area = "local" | "province" | "anywhere" | "founderCity";

/**
 * A time of day, `00:00` to `23:59`.
 */
export type ClockTime = string;

/**
 * The hours of a day in which no wallet transfer may be made: from
 * `from` (closed) until `until` (open again), across midnight when
 * `from` is the later time (22:00 until 06:00).
 */
export type ClosedHours = { from: ClockTime, until: ClockTime, };

/**
 * Where resident members may use the fund (Ruian: level 1 and 2
 * institutions only, never retail pharmacies).
 */
export type FacilityLimit = { maxLevel: number, pharmacy: boolean, };

/**
 * Which of the founder's money makes up the family fund.
 */
export type FundSource = "historical" | "personalAccount";

/**
 * How a member bound by several founders draws on their funds:
 * `inTurn` one funder per bill, earliest registered first (Ruian);
 * `registrationOrder` earliest first, a bill may spill over to the next;
 * `largestBalance` largest balance first, a bill may spill over;
 * `onlyOne` only the earliest-registered funder pays;
 * `rank` in the rank each binding sets (顺位), a bill may spill over.
 */
export type FunderDraw = "inTurn" | "registrationOrder" | "largestBalance" | "onlyOne" | "rank";

/**
 * Whom the 医保钱包 transfer limit (`transferLimit`) bounds: each transfer
 * (每笔转账金额不超过2000元) or the day's transfers together (总额不超2000元).
 */
export type LimitScope = "perTransfer" | "perDay";

/**
 * Which new transfers an unaccepted (pending) one blocks: any
 * (共济人无法再次转账), only those to the same recipient, or none.
 */
export type PendingBlock = "anyRecipient" | "sameRecipient" | "never";

/**
 * One of the member's own accounts.
 */
export type Pot = "current" | "historical";

/**
 * A member's relation to the founder, as the founder declares it.
 */
export type Relation = "spouse" | "parent" | "child" | "spouseParent" | "sibling" | "grandparent" | "maternalGrandparent" | "grandchild" | "maternalGrandchild";

/**
 * What happens when the member's own accounts cannot pay the whole bill.
 */
export type Shortfall = "topUp" | "declineThenRetry";

/**
 * Whether a return time is the moment of the return or its latest moment.
 */
export type ReturnReading = "at" | "by";

/**
 * When a transfer the recipient has not accepted goes back to the giver:
 * on the next day at `time` (`reading: at`, 次日6:00退回) or at the latest
 * by then (`reading: by`, 次日6:00前退回).
 */
export type TransferReturn = { time: ClockTime, reading: ReturnReading, };

/**
 * A use of the family fund the policy admits.
 */
export type Use = { kind: ExpenseKind, mode: Mode,
/**
 * The fund pays the whole amount or nothing (premiums, insurance).
 */
fullPaymentOnly?: boolean,
/**
 * With `fullPaymentOnly`: the fund must hold more than the amount,
 * not just as much (Shanghai Q13: 结余资金大于缴费金额).
 */
fundMustExceed?: boolean, source: Source, note?: Note, };

/**
 * What a member may see of the network.
 */
export type Visibility = "founderAndSelf" | "wholeNetwork";

/**
 * A rule's value, its source, and the assumption made where the source
 * is silent or ambiguous.
 */
export type Rule<T> = { value: T, source: Source,
/**
 * What gongji assumes where the source is silent or ambiguous, and why.
 */
note?: Note, };

/**
 * How a parent's rule reaches a layer's older text: in place of the
 * layer's value, or (a list) with its items added to the layer's own.
 */
export type ReachHow = "replace" | "add";

/**
 * A parent version's rule that supersedes, from `from`, what a layer on
 * the profile wrote in a text older than that version: e.g. the national
 * widening to 近亲属 over a province's 2023 list. `policy::resolve` says
 * which text wins on a day; DESIGN.md, "Which text wins on a day?".
 */
export type Reach = {
/**
 * The rule's key (`"relations"`).
 */
rule: string, how: ReachHow,
/**
 * The day it took effect in the regions, or the latest day the
 * sources allow (the note says which).
 */
from: IsoDate, source: Source,
/**
 * Why from this day: the assumption, in both languages.
 */
note: Names,
/**
 * The first day of the written version that declares it (a resolved
 * version may be a later piece of it): set by gongji when a profile
 * is resolved; what a written profile gives here is replaced.
 */
declared?: IsoDate,
};

/**
 * Every rule of one version of a profile.
 */
export type Rules = { relations: Rule<Array<Relation>>, founderSchemes: Rule<Array<Scheme>>, founderArea: Rule<Area>, founderMustBeActive: Rule<boolean>,
/**
 * Lowest 历年账户 balance a founder may have; `"0.01"` means "has a
 * balance", `"0.00"` no threshold.
 */
founderMinHistorical: Rule<Yuan>, memberArea: Rule<Area>, memberSchemes: Rule<Array<Scheme>>, memberMustBeActive: Rule<boolean>,
/**
 * Members insured outside the local area claim at the window instead
 * of paying at the point of sale.
 */
windowClaimOutsideLocal: Rule<boolean>,
/**
 * How many networks one person may be a member of at a time.
 */
networksPerMember: Rule<number>, founderMayBeMemberElsewhere: Rule<boolean>, memberMayBeFounderElsewhere: Rule<boolean>, maxMembers: Rule<number | null>, fund: Rule<FundSource>, perMemberCap: Rule<boolean>, ownAccountOrder: Rule<Array<Pot>>, shortfall: Rule<Shortfall>, modes: Rule<Array<Mode>>, founderChoosesModes: Rule<boolean>, uses: Rule<Array<Use>>,
/**
 * Where resident members insured in the profile's own area may use
 * the fund; residents insured elsewhere are not limited by it.
 */
residentFacilities?: Rule<FacilityLimit>, pharmacyCountsTowardDeductible: Rule<boolean>, fundInReliefSchemes: Rule<boolean>, memberSees: Rule<Visibility>,
/**
 * How a member bound by several founders (`networksPerMember` over 1)
 * draws on them. Absent: `inTurn`, the one reading a text gives
 * (never two funders on one bill).
 */
funderDraw?: Rule<FunderDraw>,
/**
 * Month and day (`"12-19"`) after which a school-batch premium can no
 * longer be switched to 共济缴费 for the coming year.
 */
premiumModeDeadline?: Rule<string>,
/**
 * Most transfers one wallet may make in a day (单日限额三笔转账).
 */
transfersPerDay?: Rule<number>,
/**
 * The most a transfer (or a day's transfers, `transferLimitScope`)
 * may move.
 */
transferLimit?: Rule<Yuan>, transferLimitScope?: Rule<LimitScope>, transferClosedHours?: Rule<ClosedHours>, transferReturn?: Rule<TransferReturn>, pendingTransferBlocks?: Rule<PendingBlock>, transferNeedsWallet?: Rule<boolean>, transferRelations?: Rule<Array<Relation>>, transferRecipientArea?: Rule<Area>,
/**
 * The recipient's schemes; he must also be insured (active).
 */
transferRecipientSchemes?: Rule<Array<Scheme>>,
/**
 * The giver's schemes; his account must be usable and hold the
 * amount.
 */
transferGiverSchemes?: Rule<Array<Scheme>>,
/**
 * What the funder's account must keep: only the balance above it
 * may be used by his relatives (Shanxi: 仅1000元以上的部分). The
 * funder's own spending is not limited by it. Absent: the whole
 * balance may be used.
 */
funderKeeps?: Rule<Yuan>,
/**
 * Whether the funder may set, for each member, the most one payment
 * may take from his fund (`perPaymentCap` on the fund, funder or
 * binding of a request; Shanxi: 单次支付的最高额度). Absent or
 * `false`: a per-payment cap given is ignored, with a warning.
 */
perPaymentCap?: Rule<boolean>,
/**
 * How many different relatives a founder may bind over all time,
 * bindings ended (`existing[].endsOn`) included, a relative bound
 * again counted once (Hunan: 累计最多可绑定20名). The relatives
 * bound at one time are `maxMembers`. Absent: no such limit.
 */
maxMembersEver?: Rule<number>,
/**
 * The relations a funder may set a quota for.
 */
quotaRelations?: Rule<Array<Relation>>,
/**
 * The schemes a quota holder may be insured in.
 */
quotaSchemes?: Rule<Array<Scheme>>,
/**
 * Where a quota holder may be insured, seen from the funder.
 */
quotaArea?: Rule<Area>,
/**
 * What a quota may pay.
 */
quotaUses?: Rule<Array<Use>>,
/**
 * Whether the holder's own account pays a bill before his quotas.
 */
quotaAfterOwnAccount?: Rule<boolean>,
/**
 * How one relative's quotas from several funders are drawn.
 */
quotaDraw?: Rule<FunderDraw>,
/**
 * Which of the funder's pots a quota earmarks first.
 */
quotaPots?: Rule<Array<Pot>>,
/**
 * The most one quota may be; `null`: no cap but the funder's
 * spendable balance.
 */
quotaCap?: Rule<Yuan | null>,
/**
 * Whether the funder can no longer spend the unused part of a
 * quota he set.
 */
quotaEarmarked?: Rule<boolean>,
/**
 * Whether the relation, and with it every quota, ends by itself
 * when either side's insurance ends or moves, the unused part
 * going back to the funder.
 */
quotaEndsWithInsurance?: Rule<boolean>, };

/**
 * The rules in force from `validFrom` to `validUntil` (both inclusive;
 * no `validUntil` means until a later version).
 */
export type Version = { validFrom: IsoDate, validUntil?: IsoDate,
/**
 * Why this version starts when it does.
 */
since: Rule<string>, rules: Rules,
/**
 * Rules of this version that supersede what a layer on this profile
 * wrote in an older text (`policy::resolve`).
 */
reaches?: Array<Reach>, };

/**
 * A region's family-aid policy over time, resolved: every rule present,
 * every source naming the layer that wrote it.
 */
export type Policy = { id: string,
/**
 * The profile this one was written on top of, if any.
 */
extend?: string, name: Names,
/**
 * The pooling area the profile governs (行政区划代码). None for the
 * national frame: areas are then seen from the founder's region.
 */
region?: RegionCode,
/**
 * Its own documents first, then those of the layers below it.
 */
documents: Array<Document>,
/**
 * The day through which its sources were reviewed, citing the newest
 * of them: an answer for a later day may miss changes since. A layer
 * that gives none inherits its parent's.
 */
reviewedThrough?: Rule<IsoDate>,
/**
 * National changes, dated and cited, that an answer after a profile's
 * review date names as possibly missing; written once, by the
 * national frame, and inherited.
 */
changes?: Array<Change>, versions: Array<Version>,
/**
 * Where and how to apply, in the channels the region's text names
 * (an app, a mini-program, a window), each step cited.
 */
nextSteps?: Array<NextStep>, };

/**
 * One version as written: its dates, and its rules or, on top of a
 * parent, the rules that differ.
 */
export type VersionLayer = { validFrom: IsoDate, validUntil?: IsoDate,
/**
 * Required unless inherited.
 */
since?: Rule<string>,
/**
 * Read as [`Rules`] once merged with the parent's.
 */
rules: Partial<Rules>,
/**
 * Rules of this version that supersede what a layer on this profile
 * wrote in an older text.
 */
reaches?: Array<Reach>, };

/**
 * A profile as written: whole, or (with `extend`) only what differs from
 * the profile it extends, a built-in id or another profile given in the
 * same request; each version lists only the rules it overrides, each with
 * its own source. Read to check its shape; resolution copies the parts
 * from the JSON it was read from (`policy::resolve`).
 */
export type Profile = { id: string,
/**
 * The id of the profile this one overrides.
 */
extend?: string,
/**
 * Required unless inherited.
 */
name?: Names,
/**
 * Required unless inherited (or for the national frame).
 */
region?: RegionCode,
/**
 * The documents this layer cites beyond those of its parents.
 */
documents?: Array<Document>,
/**
 * The day through which its sources were reviewed; inherited unless
 * given.
 */
reviewedThrough?: Rule<IsoDate>,
/**
 * Dated national changes; inherited unless given.
 */
changes?: Array<Change>, versions: Array<VersionLayer>,
/**
 * Where and how to apply; inherited unless given.
 */
nextSteps?: Array<NextStep>, };

/**
 * A built-in profile in a line: what a region picker lists. Its name and
 * region are the resolved profile's (a layer inherits them).
 */
export type PolicySummary = { id: string,
/**
 * The profile this one was written on top of, if any.
 */
extend?: string, name: Names,
/**
 * The pooling area it governs; none for the national frame.
 */
region?: RegionCode, };

/**
 * A rule's verdict on one request.
 */
export type FindingCode = "FOUNDER_NOT_EMPLOYEE" | "FOUNDER_NOT_LOCAL" | "FOUNDER_ACCOUNT_NOT_ACTIVE" | "FOUNDER_BALANCE_UNKNOWN" | "FOUNDER_BALANCE_TOO_LOW" | "RELATION_NOT_ADMITTED" | "MEMBER_SCHEME_NOT_ADMITTED" | "MEMBER_OUTSIDE_AREA" | "MEMBER_WINDOW_CLAIM" | "MEMBER_NOT_ACTIVE" | "CAP_NOT_IN_POLICY" | "RELATION_AGE_IMPLAUSIBLE" | "SECOND_SPOUSE" | "THIRD_PARENT" | "THIRD_SPOUSE_PARENT" | "FOUNDER_HAS_NETWORK" | "FOUNDER_IS_MEMBER_ELSEWHERE" | "FOUNDER_LISTED_AS_MEMBER" | "PERSON_LISTED_TWICE" | "MEMBER_IS_FOUNDER_ELSEWHERE" | "MEMBER_IN_OTHER_NETWORK" | "MEMBER_SECOND_AUTHORIZER" | "BINDING_CYCLE" | "TOO_MANY_MEMBERS" | "MODE_NOT_OFFERED" | "MODES_NOT_CHOSEN" | "PREMIUM_MODE_DEADLINE" | "KIND_NOT_COVERED" | "MODE_NOT_CHOSEN" | "MODES_IGNORED" | "BOUND_AFTER_AS_OF" | "BINDING_ENDED" | "REVIEWED_THROUGH" | "FACILITY_NOT_ALLOWED" | "FACILITY_LEVEL_MISSING" | "FULL_PAYMENT_SHORT" | "DECLINED_THEN_RETRY" | "CAP_REACHED" | "FUND_EXHAUSTED" | "OWN_BALANCE_UNKNOWN" | "NOT_TOWARD_DEDUCTIBLE" | "OUTSIDE_RELIEF_SCHEMES" | "STEP_OWN_CURRENT" | "STEP_OWN_HISTORICAL" | "STEP_FAMILY" | "STEP_CASH" | "VIEWER_NOT_IN_NETWORK" | "FUNDERS_NOT_COMBINED" | "TRANSFERS_NOT_IN_POLICY" | "TRANSFER_GIVER_NOT_EMPLOYEE" | "TRANSFER_GIVER_NOT_ACTIVE" | "TRANSFER_BALANCE_SHORT" | "TRANSFER_RELATION_NOT_ADMITTED" | "TRANSFER_RECIPIENT_SCHEME_NOT_ADMITTED" | "TRANSFER_RECIPIENT_NOT_ACTIVE" | "TRANSFER_RECIPIENT_OUTSIDE_AREA" | "TRANSFER_RECIPIENT_NO_WALLET" | "TRANSFER_COUNT_REACHED" | "TRANSFER_OVER_LIMIT" | "TRANSFER_OVER_DAY_LIMIT" | "TRANSFER_CLOSED_HOURS" | "TRANSFER_PENDING_BLOCKS" | "TRANSFER_RETURNS_IF_UNACCEPTED" | "FUNDER_KEEPS_BALANCE" | "PER_PAYMENT_CAP_REACHED" | "PER_PAYMENT_CAP_NOT_IN_POLICY" | "TOO_MANY_MEMBERS_EVER" | "QUOTA_NOT_IN_FORCE" | "QUOTA_ROUTE" | "CROSS_PROVINCE_ROUTE" | "QUOTA_OVER_SPENDABLE" | "QUOTA_OVER_CAP" | "QUOTA_EARMARKED" | "QUOTA_KIND_NOT_COVERED" | "QUOTA_NOT_SET_YET" | "QUOTA_ENDED" | "STEP_QUOTA" | "QUOTA_SPENT";

/**
 * `error` blocks the binding or the payment; `warning` informs of a
 * risk; `info` explains a step.
 */
export type Severity = "info" | "warning" | "error";

/**
 * One verdict of one rule on one request.
 */
export type Finding = {
/**
 * Stable; front-ends switch on it.
 */
code: FindingCode, severity: Severity,
/**
 * In the request's language.
 */
message: string,
/**
 * How to fix it, where there is a fix.
 */
hint?: string,
/**
 * The request field the finding is about, e.g. `members[2].relation`.
 */
path?: string,
/**
 * The clause the verdict rests on.
 */
source?: Source,
};

/**
 * A value of the contract (a key, a code, a field name) and its label.
 */
export type Label = {
/**
 * As the contract spells it (`"memberArea"`, `"acct_pay"`).
 */
key: string,
/**
 * In the request's language.
 */
label: string,
};

/**
 * One rule of the version in force, as a person reads it.
 */
export type RuleLabel = {
/**
 * The rule's key in `Rules` (`"memberArea"`).
 */
key: string,
/**
 * What the rule is about (成员参保地).
 */
label: string,
/**
 * Its value in words (本市参保).
 */
valueLabel: string, source: Source,
};

/**
 * The words a form needs under one version of a policy.
 */
export type Labels = {
/**
 * Every rule of the version, in the profile's order.
 */
rules: Array<RuleLabel>,
/**
 * Every expense kind (费用类型), admitted or not.
 */
kinds: Array<Label>,
/**
 * Every relation of the contract, offered here or not.
 */
relations: Array<Label>, schemes: Array<Label>, statuses: Array<Label>, modes: Array<Label>,
/**
 * The request fields a person form has (`historicalBalance` → 历年账户余额).
 */
fields: Array<Label>,
/**
 * The parts of a split and the fund after it (`ownCurrent`, …, `fundAfter`).
 */
parts: Array<Label>,
/**
 * The split under the national platform's field names.
 */
nhsa: Array<Label>,
/**
 * The flags of a preview.
 */
flags: Array<Label>,
/**
 * `facilityType` values (hospital, pharmacy).
 */
facilities: Array<Label>,
/**
 * `facilityLevel` values, `"1"` to `"3"`.
 */
levels: Array<Label>,
/**
 * `"true"` and `"false"` of a yes-or-no rule or flag.
 */
answers: Array<Label>,
/**
 * A short title for every finding code (`STEP_FAMILY` → 家庭共济资金支付).
 */
findings: Array<Label>,
/**
 * A cited document's `grade` (`official` → 官方原文).
 */
grades: Array<Label>,
};

/**
 * A relation a form may offer, with its label.
 */
export type RelationOption = { relation: Relation,
/**
 * In the request's language.
 */
label: string,
/**
 * How many members of a family may have this relation: one spouse,
 * two parents, two of the spouse's parents; absent where there is
 * no such bound. A form stops offering the relation once reached.
 */
max?: number, };

/**
 * The answer of `relationOptions`.
 */
export type RelationOptions = { policy: string,
/**
 * The first day of the version that answered.
 */
validFrom: IsoDate, options: Array<RelationOption>, source: Source,
/**
 * With `labels: true` in the request: every label a form shows under
 * this version, in the request's language.
 */
labels?: Labels,
/**
 * How current the profile's sources are on the day asked. Absent when
 * there is nothing to say.
 */
findings?: Array<Finding>, };

/**
 * One person's verdict.
 */
export type PersonCheck = { personId: string,
/**
 * No error finding about this person.
 */
eligible: boolean, findings: Array<Finding>, };

/**
 * The answer of `checkNetwork`.
 */
export type NetworkCheck = {
/**
 * No error anywhere.
 */
ok: boolean, founder: PersonCheck, members: Array<PersonCheck>,
/**
 * Network-wide findings (limits, duplicates, modes).
 */
findings: Array<Finding>,
};

/**
 * What the family-paid part of a bill does elsewhere.
 */
export type Flags = {
/**
 * Does the bill count toward the deductible (起付线 / 自负段)?
 */
countsTowardDeductible: boolean,
/**
 * May the family-paid part enter relief schemes (减负、大病、救助)?
 */
inReliefSchemes: boolean,
/**
 * Must the bill be claimed at the insurance office window?
 */
windowClaim: boolean,
};

/**
 * What one of several funders paid, and what is left in his fund.
 */
export type FunderPart = {
/**
 * The funder's `id` from the request.
 */
funderId: string,
/**
 * Of this bill (a preview or a step), or of the whole projection.
 */
paid: Yuan, balanceAfter: Yuan,
};

/**
 * The split under the national platform's settlement field names.
 */
export type Nhsa = {
/**
 * 个人账户支出: the member's own accounts.
 */
acct_pay: Yuan,
/**
 * 个人账户共济支付金额: the family fund.
 */
acct_mulaid_pay: Yuan,
/**
 * 个人现金支出.
 */
psn_cash_pay: Yuan,
};

/**
 * Who pays what of one bill; the four parts add up to the amount.
 */
export type Split = {
/**
 * The member's own 当年账户.
 */
ownCurrent: Yuan,
/**
 * The member's own 历年账户.
 */
ownHistorical: Yuan,
/**
 * The family fund.
 */
family: Yuan, cash: Yuan,
};

/**
 * The answer of `previewSettlement`.
 */
export type SettlementPreview = {
/**
 * May the family fund pay (any of) this bill: true exactly when no
 * finding is an error.
 */
allowed: boolean,
/**
 * `family` is what the funders paid together.
 */
split: Split,
/**
 * With `funders`: what is left in all of them together.
 */
fundAfter: Yuan, findings: Array<Finding>, flags: Flags,
/**
 * `acct_mulaid_pay` is the family part, the sum of the funders' parts.
 */
nhsa: Nhsa,
/**
 * Only when the request named `funders`: each in the request's
 * order, with what he paid of this bill.
 */
funders?: Array<FunderPart>,
};

/**
 * A 共济额度 that ends, and what of it goes back to the funder.
 */
export type QuotaReturn = {
/**
 * The relative who held it.
 */
memberId: string, funderId: string,
/**
 * The day the relation ended: from this day the quota pays nothing.
 */
on: IsoDate,
/**
 * The unused part, back in the funder's account that day.
 */
returned: Yuan,
};

/**
 * One bill of a projection, settled.
 */
export type Step = { memberId: string,
/**
 * As in a preview: true exactly when no finding is an error.
 */
allowed: boolean, split: Split, fundAfter: Yuan, findings: Array<Finding>,
/**
 * Only when the request named `funders`: the member's funders, with
 * what each paid of this bill.
 */
funders?: Array<FunderPart>, };

/**
 * The answer of `projectSettlements`.
 */
export type Projection = { steps: Array<Step>,
/**
 * Sum of the family parts of every step.
 */
familyTotal: Yuan,
/**
 * With `funders`: what is left in all of them together.
 */
fundEnd: Yuan,
/**
 * Only when the request named `funders`: each in the request's
 * order, with what he paid over the whole projection.
 */
funders?: Array<FunderPart>,
/**
 * Each 共济额度 that ends within the projection (its `endedOn`, or the
 * day the relative's insurance moved), with what goes back to the
 * funder that day. Absent without quotas.
 */
returns?: Array<QuotaReturn>,
/**
 * About the whole projection, not one bill: how current its sources
 * are, and each quota's return. Absent when there is nothing to say.
 */
findings?: Array<Finding>, };

/**
 * A person's role as a viewer sees it.
 */
export type ViewerRole = "founder" | "member" | "none";

/**
 * One person as a viewer may see him.
 */
export type Visible = { personId: string, role: Role, relation?: Relation,
/**
 * Masked: `3101**********123X`.
 */
idNumber?: IdNumber, };

/**
 * The answer of `viewNetwork`.
 */
export type NetworkView = { viewerId: string, viewerRole: ViewerRole, visible: Array<Visible>, findings: Array<Finding>, source: Source, };

/**
 * When a transfer the recipient does not accept goes back to the giver.
 */
export type TransferReturnTime = { time: LocalDateTime,
/**
 * `at`: returned at `time`; `by`: at the latest by `time`.
 */
reading: ReturnReading, };

/**
 * The answer of `checkTransfer`.
 */
export type TransferCheck = {
/**
 * May the transfer be made: true exactly when no finding is an error.
 */
allowed: boolean, findings: Array<Finding>,
/**
 * For an allowed transfer: what the giver's account holds once it
 * leaves.
 */
balanceAfter?: Yuan,
/**
 * For an allowed transfer: when it comes back if not accepted.
 */
returnIfUnaccepted?: TransferReturnTime,
};

/**
 * Why a request could not be judged at all.
 */
export type ErrorCode = "INVALID_JSON" | "MISSING_FIELD" | "UNKNOWN_FIELD" | "WRONG_TYPE" | "UNKNOWN_VALUE" | "INVALID_VALUE" | "AMOUNT_NOT_A_NUMBER" | "AMOUNT_NEGATIVE" | "AMOUNT_TOO_PRECISE" | "AMOUNT_TOO_LARGE" | "INVALID_DATE" | "INVALID_REGION" | "INVALID_ID_NUMBER" | "INVALID_FACILITY_LEVEL" | "UNKNOWN_RELATION" | "RELATION_CODE_NOT_BINDABLE" | "EMPTY_STRING" | "STRING_TOO_LONG" | "ID_NUMBER_AS_PERSON_ID" | "UNKNOWN_POLICY" | "INVALID_POLICY" | "EXTEND_UNKNOWN" | "EXTEND_CYCLE" | "DATE_NOT_COVERED" | "LIMIT_EXCEEDED" | "REQUEST_TOO_LARGE" | "DUPLICATE_MEMBER" | "UNKNOWN_MEMBER" | "DUPLICATE_FUNDER" | "UNKNOWN_FUNDER" | "UNKNOWN_CALL" | "INTERNAL" | "NOT_INITIALIZED" | "INVALID_ENGINE" | "QUOTA_USED_OVER_AMOUNT" | "QUOTA_ENDS_BEFORE_SET" | "EARMARKED_OVER_BALANCE" | "ENGINE_UNAVAILABLE" | "INIT_FAILED" | "INVALID_TIME" | "INVALID_DATE_TIME";

/**
 * Input that cannot be judged: malformed JSON, a missing or unknown field,
 * a bad amount, date or ID number, an unknown policy, a limit passed.
 * Carries the path of the bad field and a message in the request's
 * language.
 */
export type ContractError = { code: ErrorCode,
/**
 * The bad field (`members[1].person.historicalBalance`); absent for
 * errors about the request as a whole.
 */
path?: string,
/**
 * In the request's language.
 */
message: string, };
