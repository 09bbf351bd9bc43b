// Types of the gongji contract (the same JSON the native crate and the CLI
// speak). Hand-written beside src/api.rs; tests/js/types.test.mjs checks
// that every finding and error code the core emits is listed here.

/** Yuan as a decimal string: non-negative, at most two decimals ("1234.50"). */
export type Yuan = string;
/** A real day as "YYYY-MM-DD". */
export type IsoDate = string;
/** A six-digit 行政区划代码 ("310000", "320500", "330381"). */
export type RegionCode = string;
export type Lang = 'zh-CN' | 'en';

export type Relation =
  | 'spouse' | 'parent' | 'child' | 'spouseParent' | 'sibling'
  | 'grandparent' | 'maternalGrandparent' | 'grandchild' | 'maternalGrandchild';
/** A GB/T 4761-2008 two-digit family-relation code ("10" 配偶, "55" 岳父, ...). */
export type Gb4761Code = `${number}${number}`;
export type Scheme = 'employee' | 'resident';
export type Status = 'active' | 'suspended' | 'transferred';
export type Mode = 'payment' | 'premium';
export type ExpenseKind =
  | 'outpatient' | 'inpatient' | 'pharmacy' | 'vaccine' | 'residentPremium'
  | 'commercialInsurance' | 'longTermCarePremium' | 'checkup' | 'cosmetic';
export type BuiltInPolicy = 'shanghai' | 'jiangsu' | 'guangdong' | 'dongying' | 'ruian';
export type PolicyRef = BuiltInPolicy | Policy;

export interface Insured {
  /** The caller's key for this person (1-64 characters). */
  id: string;
  /** 18-character 居民身份证 number, checked (GB 11643) when given; never echoed whole. */
  idNumber?: string;
  scheme: Scheme;
  /** Where insured (参保地). */
  region: RegionCode;
  status?: Status;
  /** 历年账户 (employees). */
  historicalBalance?: Yuan;
  /** 当年账户 (employees). */
  currentBalance?: Yuan;
}
export interface Member {
  person: Insured;
  relation: Relation | Gb4761Code;
  /** The founder's cumulative cap for this member, where the policy has one (Dongying). */
  cap?: Yuan;
}

export interface Source { doc: string; ref: string }
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'FOUNDER_NOT_EMPLOYEE' | 'FOUNDER_NOT_LOCAL' | 'FOUNDER_ACCOUNT_NOT_ACTIVE'
  | 'FOUNDER_BALANCE_UNKNOWN' | 'FOUNDER_BALANCE_TOO_LOW'
  | 'RELATION_NOT_ADMITTED' | 'MEMBER_SCHEME_NOT_ADMITTED' | 'MEMBER_OUTSIDE_AREA'
  | 'MEMBER_WINDOW_CLAIM' | 'MEMBER_NOT_ACTIVE' | 'CAP_NOT_IN_POLICY' | 'RELATION_AGE_IMPLAUSIBLE'
  | 'FOUNDER_HAS_NETWORK' | 'FOUNDER_IS_MEMBER_ELSEWHERE' | 'FOUNDER_LISTED_AS_MEMBER'
  | 'PERSON_LISTED_TWICE' | 'MEMBER_IS_FOUNDER_ELSEWHERE' | 'MEMBER_IN_OTHER_NETWORK'
  | 'MEMBER_SECOND_AUTHORIZER' | 'BINDING_CYCLE' | 'TOO_MANY_MEMBERS'
  | 'MODE_NOT_OFFERED' | 'MODES_NOT_CHOSEN' | 'PREMIUM_MODE_DEADLINE'
  | 'KIND_NOT_COVERED' | 'MODE_NOT_CHOSEN' | 'FACILITY_NOT_ALLOWED' | 'FACILITY_LEVEL_MISSING'
  | 'FULL_PAYMENT_SHORT' | 'DECLINED_THEN_RETRY' | 'CAP_REACHED' | 'FUND_EXHAUSTED'
  | 'OWN_BALANCE_UNKNOWN' | 'NOT_TOWARD_DEDUCTIBLE' | 'OUTSIDE_RELIEF_SCHEMES'
  | 'STEP_OWN_CURRENT' | 'STEP_OWN_HISTORICAL' | 'STEP_FAMILY' | 'STEP_CASH'
  | 'VIEWER_NOT_IN_NETWORK';

export interface Finding {
  code: FindingCode;
  /** `error` blocks, `warning` informs, `info` explains a step. */
  severity: Severity;
  /** In the request's language (zh-CN by default). */
  message: string;
  /** How to fix it, where there is a fix. */
  hint?: string;
  /** The request field concerned, e.g. "members[2].relation". */
  path?: string;
  source?: Source;
}

export type ErrorCode =
  | 'INVALID_JSON' | 'MISSING_FIELD' | 'UNKNOWN_FIELD' | 'WRONG_TYPE' | 'UNKNOWN_VALUE' | 'INVALID_VALUE'
  | 'AMOUNT_NOT_A_NUMBER' | 'AMOUNT_NEGATIVE' | 'AMOUNT_TOO_PRECISE' | 'AMOUNT_TOO_LARGE'
  | 'INVALID_DATE' | 'INVALID_REGION' | 'INVALID_ID_NUMBER' | 'INVALID_FACILITY_LEVEL'
  | 'UNKNOWN_RELATION' | 'RELATION_CODE_NOT_BINDABLE' | 'EMPTY_STRING' | 'STRING_TOO_LONG' | 'ID_NUMBER_AS_PERSON_ID'
  | 'UNKNOWN_POLICY' | 'INVALID_POLICY' | 'DATE_NOT_COVERED'
  | 'LIMIT_EXCEEDED' | 'REQUEST_TOO_LARGE' | 'DUPLICATE_MEMBER' | 'UNKNOWN_MEMBER'
  | 'UNKNOWN_CALL' | 'INTERNAL' | 'NOT_INITIALIZED';

/** A contract error as the core serializes it. */
export interface ContractError { code: ErrorCode; path?: string; message: string }

/** Thrown by every call for input gongji cannot judge. */
export declare class GongjiError extends Error implements ContractError {
  readonly name: 'GongjiError';
  readonly code: ErrorCode;
  /** The bad field, e.g. "members[1].person.historicalBalance"; absent for
   *  INVALID_JSON (text that is not JSON has no fields), UNKNOWN_CALL,
   *  REQUEST_TOO_LARGE, INTERNAL and NOT_INITIALIZED. */
  readonly path?: string;
}

// --- checkNetwork ---
export interface Binding { personId: string; role: 'founder' | 'member'; networkId: string }
export interface NetworkRequest {
  policy: PolicyRef;
  asOf: IsoDate;
  lang?: Lang;
  founder: Insured;
  members: Member[];
  /** Modes chosen (or wanted) by the founder; absent means none yet. */
  modes?: Mode[];
  /** Bindings the server already knows. */
  existing?: Binding[];
  /** The network being edited: its own bindings in `existing` are not conflicts. */
  networkId?: string;
}
export interface PersonCheck { personId: string; eligible: boolean; findings: Finding[] }
export interface NetworkCheck {
  /** No error anywhere. */
  ok: boolean;
  founder: PersonCheck;
  members: PersonCheck[];
  /** Network-wide findings (limits, modes). */
  findings: Finding[];
}

// --- previewSettlement ---
export interface Expense {
  amount: Yuan;
  kind: ExpenseKind;
  facilityLevel?: 1 | 2 | 3;
  facilityType?: 'hospital' | 'pharmacy';
}
export interface SettlementRequest {
  policy: PolicyRef;
  asOf: IsoDate;
  lang?: Lang;
  /** The member, with his own balances. */
  member: Member;
  fund: { balance: Yuan; usedByMember?: Yuan; modes: Mode[] };
  expense: Expense;
}
/** Who pays what; the four parts add up to the amount exactly. */
export interface Split { ownCurrent: Yuan; ownHistorical: Yuan; family: Yuan; cash: Yuan }
export interface SettlementPreview {
  /** May the family fund pay (any of) this bill: no error finding. */
  allowed: boolean;
  split: Split;
  fundAfter: Yuan;
  findings: Finding[];
  flags: { countsTowardDeductible: boolean; inReliefSchemes: boolean; windowClaim: boolean };
  /** The split under the national platform's settlement field names. */
  nhsa: { acct_pay: Yuan; acct_mulaid_pay: Yuan; psn_cash_pay: Yuan };
}

// --- projectSettlements ---
export interface ProjectionRequest {
  policy: PolicyRef;
  asOf: IsoDate;
  lang?: Lang;
  fund: { balance: Yuan; modes: Mode[] };
  members: Member[];
  /** In settlement order. */
  expenses: { memberId: string; expense: Expense }[];
}
export interface Step { memberId: string; allowed: boolean; split: Split; fundAfter: Yuan; findings: Finding[] }
export interface Projection { steps: Step[]; familyTotal: Yuan; fundEnd: Yuan }

// --- relationOptions ---
export interface RelationOptionsRequest { policy: PolicyRef; asOf: IsoDate; lang?: Lang }
export interface RelationOptions {
  policy: string;
  validFrom: IsoDate;
  options: { relation: Relation; label: string }[];
  source: Source;
}

// --- viewNetwork ---
export interface ViewRequest {
  policy: PolicyRef;
  asOf: IsoDate;
  lang?: Lang;
  /** The person looking (founder or member id). */
  viewerId: string;
  founder: Insured;
  members: Member[];
}
export interface Visible {
  personId: string;
  role: 'founder' | 'member';
  relation?: Relation;
  /** Masked: "3101**********123X". */
  idNumber?: string;
}
export interface NetworkView {
  viewerId: string;
  viewerRole: 'founder' | 'member' | 'none';
  visible: Visible[];
  findings: Finding[];
  source: Source;
}

// --- policies: the profiles, in the schema a custom `policy` takes ---
export interface Rule<T> { value: T; source: Source; note?: string }
export type Area = 'local' | 'province' | 'anywhere';
export interface Use {
  kind: ExpenseKind;
  mode: Mode;
  /** The fund pays the whole amount or nothing. */
  fullPaymentOnly?: boolean;
  source: Source;
  note?: string;
}
export interface Rules {
  relations: Rule<Relation[]>;
  founderSchemes: Rule<Scheme[]>;
  founderArea: Rule<Area>;
  founderMustBeActive: Rule<boolean>;
  /** "0.01": has a balance; "0.00": no threshold. */
  founderMinHistorical: Rule<Yuan>;
  memberArea: Rule<Area>;
  memberSchemes: Rule<Scheme[]>;
  memberMustBeActive: Rule<boolean>;
  windowClaimOutsideLocal: Rule<boolean>;
  networksPerMember: Rule<number>;
  founderMayBeMemberElsewhere: Rule<boolean>;
  memberMayBeFounderElsewhere: Rule<boolean>;
  maxMembers: Rule<number | null>;
  fund: Rule<'historical' | 'personalAccount'>;
  perMemberCap: Rule<boolean>;
  ownAccountOrder: Rule<('current' | 'historical')[]>;
  shortfall: Rule<'topUp' | 'declineThenRetry'>;
  modes: Rule<Mode[]>;
  founderChoosesModes: Rule<boolean>;
  uses: Rule<Use[]>;
  residentFacilities?: Rule<{ maxLevel: number; pharmacy: boolean }>;
  pharmacyCountsTowardDeductible: Rule<boolean>;
  fundInReliefSchemes: Rule<boolean>;
  memberSees: Rule<'founderAndSelf' | 'wholeNetwork'>;
  /** "MM-DD". */
  premiumModeDeadline?: Rule<string>;
}
export interface Version { validFrom: IsoDate; validUntil?: IsoDate; since: Rule<string>; rules: Rules }
export interface Policy {
  id: string;
  name: { 'zh-CN': string; en: string };
  region: RegionCode;
  documents: { id: string; title: string; file?: string }[];
  versions: Version[];
}

export declare function policies(request?: { lang?: Lang }): Policy[];
export declare function relationOptions(request: RelationOptionsRequest): RelationOptions;
export declare function checkNetwork(request: NetworkRequest): NetworkCheck;
export declare function previewSettlement(request: SettlementRequest): SettlementPreview;
export declare function projectSettlements(request: ProjectionRequest): Projection;
/** What a viewer may see of a network (ids, roles, relations, masked ID numbers). */
export declare function viewNetwork(request: ViewRequest): NetworkView;
/** The raw call: request JSON in, response (or {"error"}) JSON out. */
export declare function callJson(name: string, requestJson: string): string;
/**
 * Loads the wasm. Required once before any call on the `web` entry (default:
 * raw_bg.wasm beside the module, or pass a URL, Response, bytes or Module);
 * a no-op on node and bundler entries, so code is the same everywhere.
 */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
