//! Insured people: scheme, where they are insured, account status and
//! balances, and the optional 居民身份证 number checked by GB 11643.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::codes::ErrorCode;
use super::date::Date;
use super::money::Yuan;
use super::relation::Relation;
use super::text::{TextVisitor, STRING_EXPECTED};

/// Longest caller key accepted for a person (`Insured.id`).
pub const MAX_PERSON_ID_LEN: usize = 64;

/// Which basic medical insurance the person is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Scheme {
    /// 职工基本医疗保险: has a personal account.
    Employee,
    /// 城乡居民基本医疗保险: has no personal account.
    Resident,
    /// 公费医疗: medical care paid by the state budget, outside basic
    /// medical insurance; no personal account. Admitted only where a
    /// profile's scheme lists name it (Shanxi excludes it by name).
    PublicMedical,
}

/// The state of the person's insurance and account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    #[default]
    Active,
    /// Contributions or benefits stopped (欠费、暂停).
    Suspended,
    /// Insurance moved to another pooling area (转移).
    Transferred,
}

/// A six-digit 行政区划代码 (GB/T 2260), e.g. `310000`, `320500`, `330381`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, TS)]
#[ts(type = "string")]
pub struct RegionCode([u8; 6]);

impl RegionCode {
    pub fn parse(text: &str) -> Option<RegionCode> {
        let b = text.as_bytes();
        (b.len() == 6 && b.iter().all(u8::is_ascii_digit) && b[0] != b'0').then(|| {
            let mut code = [0; 6];
            code.copy_from_slice(b);
            RegionCode(code)
        })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("000000")
    }

    /// The significant prefix of a code used as a pooling area: trailing
    /// `00` pairs dropped, so `310000` is the whole municipality `31`,
    /// `320500` the city `3205`, `330381` the county-level city itself.
    pub fn area_prefix(&self) -> &str {
        let s = self.as_str();
        if s.ends_with("0000") {
            &s[..2]
        } else if s.ends_with("00") {
            &s[..4]
        } else {
            s
        }
    }

    /// Is `self` inside the pooling area `area`?
    pub fn within(&self, area: &RegionCode) -> bool {
        self.as_str().starts_with(area.area_prefix())
    }

    /// Same city (地市: first four digits).
    pub fn same_city(&self, other: &RegionCode) -> bool {
        self.0[..4] == other.0[..4]
    }

    /// Same province (first two digits).
    pub fn same_province(&self, other: &RegionCode) -> bool {
        self.0[..2] == other.0[..2]
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Male or female, as the 17th digit of an ID number says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// An 18-character 公民身份号码 that passed the GB 11643-1999 check.
///
/// Never serialized whole: [`IdNumber::masked`] is the only printable form,
/// so an ID number cannot leak into a response or a log.
#[derive(Clone, PartialEq, Eq, TS)]
#[ts(type = "string")]
pub struct IdNumber {
    digits: [u8; 18],
    birth: Date,
}

impl IdNumber {
    /// Checks length, digits, the birth date and the ISO 7064 MOD 11-2
    /// check character (`X` for 10, upper or lower case).
    ///
    /// ```
    /// use gongji::contract::person::IdNumber;
    /// assert!(IdNumber::parse("11010519491231002X").is_some());
    /// assert!(IdNumber::parse("110105194912310021").is_none()); // wrong check digit
    /// ```
    pub fn parse(text: &str) -> Option<IdNumber> {
        const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        const CHECK: &[u8; 11] = b"10X98765432";
        let b = text.as_bytes();
        if b.len() != 18 || !b[..17].iter().all(u8::is_ascii_digit) {
            return None;
        }
        let sum: u32 = b[..17]
            .iter()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        if b[17].to_ascii_uppercase() != CHECK[(sum % 11) as usize] {
            return None;
        }
        let birth = Date::parse_compact(&b[6..14])?;
        let mut digits = [0; 18];
        digits.copy_from_slice(b);
        digits[17] = digits[17].to_ascii_uppercase();
        Some(IdNumber { digits, birth })
    }

    pub fn birth_date(&self) -> Date {
        self.birth
    }

    pub fn sex(&self) -> Sex {
        if (self.digits[16] - b'0') % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// First four and last four characters, the rest starred:
    /// `3101**********123X`.
    pub fn masked(&self) -> String {
        let d = &self.digits;
        let text = |s: &[u8]| s.iter().map(|&b| b as char).collect::<String>();
        format!("{}**********{}", text(&d[..4]), text(&d[14..]))
    }
}

impl fmt::Debug for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdNumber({})", self.masked())
    }
}

/// The caller's key for a person: non-empty, at most
/// [`MAX_PERSON_ID_LEN`] bytes, and not an ID number (answers echo it).
#[derive(Clone, Debug, PartialEq, Eq, Hash, TS)]
#[ts(type = "string")]
pub struct PersonId(String);

impl PersonId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Serialize for RegionCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RegionCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RegionCode, D::Error> {
        deserializer.deserialize_str(TextVisitor::new(STRING_EXPECTED, |text| {
            RegionCode::parse(text).ok_or(ErrorCode::InvalidRegion)
        }))
    }
}

impl<'de> Deserialize<'de> for IdNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IdNumber, D::Error> {
        deserializer.deserialize_str(TextVisitor::new(STRING_EXPECTED, |text| {
            IdNumber::parse(text).ok_or(ErrorCode::InvalidIdNumber)
        }))
    }
}

/// Written masked, the only form an ID number ever leaves gongji in.
impl Serialize for IdNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.masked())
    }
}

impl PersonId {
    /// Checks a caller's key.
    ///
    /// # Errors
    /// `EMPTY_STRING`, `STRING_TOO_LONG` over [`MAX_PERSON_ID_LEN`] bytes,
    /// `ID_NUMBER_AS_PERSON_ID` for a key holding an ID number.
    pub fn parse(text: &str) -> Result<PersonId, ErrorCode> {
        if text.is_empty() {
            Err(ErrorCode::EmptyString)
        } else if text.len() > MAX_PERSON_ID_LEN {
            Err(ErrorCode::StringTooLong)
        } else if matches!(
            super::error::mask_id_numbers(text),
            std::borrow::Cow::Owned(_)
        ) {
            // Ids are echoed in every answer; an ID number is not.
            Err(ErrorCode::IdNumberAsPersonId)
        } else {
            Ok(PersonId(text.to_owned()))
        }
    }
}

impl<'de> Deserialize<'de> for PersonId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<PersonId, D::Error> {
        deserializer.deserialize_str(TextVisitor::new(STRING_EXPECTED, PersonId::parse))
    }
}

impl Serialize for PersonId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// An insured person as the caller knows him.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Insured {
    /// The caller's key for this person (1-64 characters, never an ID number).
    pub id: PersonId,
    /// 18-character 居民身份证 number, checked (GB 11643) when given; never echoed whole.
    pub id_number: Option<IdNumber>,
    pub scheme: Scheme,
    /// Where insured (参保地).
    pub region: RegionCode,
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub status: Status,
    /// 历年账户 (employees only).
    pub historical_balance: Option<Yuan>,
    /// 当年账户 (employees only).
    pub current_balance: Option<Yuan>,
    /// The day `status` took effect: before it the person counts as
    /// insured and paid up. Absent: `status` holds on every day. A
    /// `transferred` status ends every 共济额度 (quota) the person holds or
    /// has set, on this day.
    pub status_since: Option<Date>,
    /// The 共济额度 (quotas) this person has set, through the 医保钱包, for
    /// relatives not otherwise listed in the request: within them he can no
    /// longer spend that part of his own account (跨省共济).
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub earmarked: Vec<Earmark>,
}

impl Insured {
    /// The status in force on `day`: active before `statusSince`.
    pub fn status_on(&self, day: Date) -> Status {
        match self.status_since {
            Some(since) if day < since => Status::Active,
            _ => self.status,
        }
    }

    /// The day the person's insurance moved to another pooling area
    /// (`transferred` since `statusSince`), which ends every quota he holds
    /// or set (跨省共济: 共济关系自动解除). A transferred status without its
    /// day refuses the person as inactive instead.
    pub fn moved_on(&self) -> Option<Date> {
        (self.status == Status::Transferred)
            .then_some(self.status_since)
            .flatten()
    }
}

/// A 共济额度 a relative holds: an amount a funder (共济人) set for him
/// through the 医保钱包, spent on his bills after his own account. Nothing
/// moves: the amount stays in the funder's account, earmarked.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Quota {
    /// The funder's id (the founder's `id` in `checkNetwork`).
    pub funder_id: PersonId,
    /// The quota set.
    pub amount: Yuan,
    /// What the relative has already spent of it. Absent: nothing.
    pub used: Option<Yuan>,
    /// The day the funder set it: it pays from that day, and orders the
    /// quotas of several funders.
    pub set_on: Date,
    /// The day the relation was ended (by either side): from that day it
    /// pays nothing and what is unused goes back to the funder.
    pub ended_on: Option<Date>,
}

/// A 共济额度 a person has set for a relative, as his own account sees it:
/// the unused part is earmarked and he cannot spend it.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Earmark {
    /// The caller's key for the relative.
    pub relative_id: PersonId,
    pub amount: Yuan,
    /// What the relative has already spent of it. Absent: nothing.
    pub used: Option<Yuan>,
    pub set_on: Date,
    /// The day the relation ended: from then nothing is earmarked.
    pub ended_on: Option<Date>,
}

/// The part of a quota still earmarked on `day`: its unused amount from
/// the day it was set until the day it ended.
pub fn unused_on(
    amount: Yuan,
    used: Option<Yuan>,
    set_on: Date,
    ends: Option<Date>,
    day: Date,
) -> Yuan {
    let active = set_on <= day && ends.is_none_or(|end| day < end);
    if active {
        amount.minus(used.unwrap_or(Yuan::ZERO))
    } else {
        Yuan::ZERO
    }
}

/// A person bound, or to be bound, to a founder's fund.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(optional_fields)]
pub struct Member {
    pub person: Insured,
    /// A relation name, or a GB/T 4761-2008 two-digit code (`"10"` 配偶, `"55"` 岳父).
    #[ts(type = "Relation | `${number}${number}`")]
    pub relation: Relation,
    /// The founder's cumulative cap for this member, where the policy has one.
    pub cap: Option<Yuan>,
    /// The 共济额度 (quotas) funders have set for this relative through the
    /// 医保钱包 (跨省共济, from 2026-01-09).
    #[serde(default, deserialize_with = "crate::contract::text::or_default")]
    #[ts(optional, as = "Option<_>")]
    pub quotas: Vec<Quota>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_number_reads_birth_and_sex_and_masks() {
        let id = IdNumber::parse("11010519491231002x").unwrap();
        assert_eq!(id.birth_date().to_string(), "1949-12-31");
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.masked(), "1101**********002X");
    }

    #[test]
    fn region_areas_nest() {
        let shanghai = RegionCode::parse("310000").unwrap();
        let pudong = RegionCode::parse("310115").unwrap();
        let suzhou = RegionCode::parse("320500").unwrap();
        let wujiang = RegionCode::parse("320509").unwrap();
        let ruian = RegionCode::parse("330381").unwrap();
        let wenzhou = RegionCode::parse("330300").unwrap();
        assert!(pudong.within(&shanghai));
        assert!(wujiang.within(&suzhou));
        assert!(!suzhou.within(&shanghai));
        assert!(!wenzhou.within(&ruian));
        assert!(ruian.within(&wenzhou));
        assert!(ruian.same_province(&wenzhou));
        assert!(RegionCode::parse("012345").is_none());
    }
}
