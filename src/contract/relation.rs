//! How a member is related to the founder: the nine relations the policies
//! name, and the GB/T 4761-2008 two-digit family-relation codes that
//! government systems store, mapped onto them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::codes::ErrorCode;
use super::finding::Lang;

/// A member's relation to the founder, as the founder declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, TS)]
#[ts(rename_all = "camelCase")]
pub enum Relation {
    Spouse,
    Parent,
    Child,
    SpouseParent,
    Sibling,
    Grandparent,
    MaternalGrandparent,
    Grandchild,
    MaternalGrandchild,
}

impl Relation {
    pub const ALL: [Relation; 9] = [
        Relation::Spouse,
        Relation::Parent,
        Relation::Child,
        Relation::SpouseParent,
        Relation::Sibling,
        Relation::Grandparent,
        Relation::MaternalGrandparent,
        Relation::Grandchild,
        Relation::MaternalGrandchild,
    ];

    /// The contract's name for this relation (`"spouseParent"`).
    pub fn name(self) -> &'static str {
        match self {
            Relation::Spouse => "spouse",
            Relation::Parent => "parent",
            Relation::Child => "child",
            Relation::SpouseParent => "spouseParent",
            Relation::Sibling => "sibling",
            Relation::Grandparent => "grandparent",
            Relation::MaternalGrandparent => "maternalGrandparent",
            Relation::Grandchild => "grandchild",
            Relation::MaternalGrandchild => "maternalGrandchild",
        }
    }

    pub fn from_name(name: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The label a form shows.
    pub fn label(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Relation::Spouse => ("配偶", "spouse"),
            Relation::Parent => ("父母", "parent"),
            Relation::Child => ("子女", "child"),
            Relation::SpouseParent => ("配偶的父母", "spouse's parent"),
            Relation::Sibling => ("兄弟姐妹", "sibling"),
            Relation::Grandparent => ("祖父母", "grandparent (father's side)"),
            Relation::MaternalGrandparent => ("外祖父母", "grandparent (mother's side)"),
            Relation::Grandchild => ("孙子女", "grandchild (son's child)"),
            Relation::MaternalGrandchild => ("外孙子女", "grandchild (daughter's child)"),
        };
        lang.pick(zh, en)
    }

    /// How many members of one family can have this relation: a person
    /// has one spouse (one marriage at a time) and two parents, and the
    /// spouse two parents. `None`: no such bound (children, siblings,
    /// grandchildren; grandparents, two a side, are not bounded yet).
    pub fn max_in_family(self) -> Option<u8> {
        match self {
            Relation::Spouse => Some(1),
            Relation::Parent | Relation::SpouseParent => Some(2),
            _ => None,
        }
    }

    /// Generations between the member and the founder: +1 for a parent,
    /// -1 for a child. Used for plausibility warnings against the birth
    /// dates in ID numbers, never to refuse anyone.
    pub fn generation(self) -> i8 {
        match self {
            Relation::Spouse | Relation::Sibling => 0,
            Relation::Parent | Relation::SpouseParent => 1,
            Relation::Grandparent | Relation::MaternalGrandparent => 2,
            Relation::Child => -1,
            Relation::Grandchild | Relation::MaternalGrandchild => -2,
        }
    }

    /// Maps a GB/T 4761-2008 家庭关系代码 onto a relation.
    ///
    /// # Errors
    /// `Err(why)` for a code that is not two digits, that GB/T 4761 does not
    /// define, or that names a relative none of the policies can bind
    /// (in-laws other than a spouse's parents, uncles, cousins...), or a
    /// group code that does not say which side (`40`, `60`: use `41`–`44`,
    /// `61`–`64`).
    ///
    /// ```
    /// use gongji::contract::relation::Relation;
    /// assert_eq!(Relation::from_gb4761("12"), Ok(Relation::Spouse)); // 妻
    /// assert_eq!(Relation::from_gb4761("55"), Ok(Relation::SpouseParent)); // 岳父
    /// assert!(Relation::from_gb4761("92").is_err()); // 表兄弟姐妹
    /// ```
    pub fn from_gb4761(code: &str) -> Result<Relation, &'static str> {
        let n: u8 = match code.as_bytes() {
            [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => (a - b'0') * 10 + (b - b'0'),
            _ => return Err("not a two-digit GB/T 4761 code"),
        };
        Ok(match n {
            10..=12 => Relation::Spouse,
            20..=27 | 29..=37 | 39 => Relation::Child,
            41 | 42 => Relation::Grandchild,
            43 | 44 => Relation::MaternalGrandchild,
            50..=52 | 57..=59 => Relation::Parent,
            53..=56 => Relation::SpouseParent,
            61 | 62 => Relation::Grandparent,
            63 | 64 => Relation::MaternalGrandparent,
            70 | 71 | 73 | 75 | 77 | 79 => Relation::Sibling,
            40 | 60 => return Err("group code: use 41-44 or 61-64 to say which side"),
            1 | 2 => return Err("the person himself, not a relative"),
            _ => return Err("a relative no family-aid policy binds"),
        })
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Accepts the contract name (`"spouse"`) or a GB/T 4761 code (`"10"`).
impl<'de> Deserialize<'de> for Relation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Relation, D::Error> {
        deserializer.deserialize_str(super::text::TextVisitor::new(
            super::text::STRING_EXPECTED,
            |text| {
                if let Some(relation) = Relation::from_name(text) {
                    Ok(relation)
                } else if text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()) {
                    Relation::from_gb4761(text).map_err(|_| ErrorCode::RelationCodeNotBindable)
                } else {
                    Err(ErrorCode::UnknownRelation)
                }
            },
        ))
    }
}

impl Serialize for Relation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}
