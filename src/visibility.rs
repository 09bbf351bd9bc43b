//! Who sees whom: what a viewer may see of a network under the policy's
//! `memberSees` rule (Shanghai Q21: a member sees the founder and himself;
//! Dongying 问(八): a member sees the owner and every bound relative; the
//! founder sees everyone). Only what a list needs is returned: ids, roles,
//! relations and masked ID numbers — never balances or whole ID numbers.

use crate::api::Context;
use crate::date::Date;
use crate::finding::{Finding, Lang, Severity, Source};
use crate::json::{Object, Out, ToJson};
use crate::person::{IdNumber, Insured, Member, PersonId};
use crate::policy::Visibility;
use crate::relation::Relation;

/// `viewNetwork`: what may `viewerId` see of this network?
#[derive(Clone, Debug)]
pub struct ViewRequest {
    pub policy: crate::api::PolicyRef,
    pub as_of: Date,
    pub lang: Lang,
    pub viewer_id: PersonId,
    pub founder: Insured,
    pub members: Vec<Member>,
}

from_json!(ViewRequest {
    policy: "policy",
    as_of: "asOf",
    viewer_id: "viewerId",
    founder: "founder",
    members: "members";
    lang: "lang",
});

/// One person as a viewer may see him.
#[derive(Clone, Debug)]
pub struct Visible {
    pub person_id: String,
    pub role: &'static str,
    pub relation: Option<Relation>,
    /// Masked: `3101**********123X`.
    pub id_number: Option<IdNumber>,
}

impl ToJson for Visible {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("personId", &self.person_id)
            .field("role", self.role)
            .some("relation", &self.relation)
            .some("idNumber", &self.id_number)
            .end();
    }
}

#[derive(Clone, Debug)]
pub struct NetworkView {
    pub viewer_id: String,
    /// `founder`, `member`, or `none` for a stranger (who sees nothing).
    pub viewer_role: &'static str,
    pub visible: Vec<Visible>,
    pub findings: Vec<Finding>,
    pub source: Source,
}

impl ToJson for NetworkView {
    fn write_json(&self, out: &mut Out) {
        Object::new(out)
            .field("viewerId", &self.viewer_id)
            .field("viewerRole", self.viewer_role)
            .field("visible", &self.visible)
            .field("findings", &self.findings)
            .field("source", &self.source)
            .end();
    }
}

fn founder_entry(founder: &Insured) -> Visible {
    Visible {
        person_id: founder.id.as_str().to_owned(),
        role: "founder",
        relation: None,
        id_number: founder.id_number.clone(),
    }
}

fn member_entry(member: &Member) -> Visible {
    Visible {
        person_id: member.person.id.as_str().to_owned(),
        role: "member",
        relation: Some(member.relation),
        id_number: member.person.id_number.clone(),
    }
}

/// The view of `req.viewer_id`.
pub fn view(ctx: &Context, req: &ViewRequest) -> NetworkView {
    let rule = &ctx.version.rules.member_sees;
    let viewer = &req.viewer_id;
    let everyone = || {
        std::iter::once(founder_entry(&req.founder))
            .chain(req.members.iter().map(member_entry))
            .collect()
    };
    let (viewer_role, visible, findings) = if &req.founder.id == viewer {
        ("founder", everyone(), Vec::new())
    } else if let Some(me) = req.members.iter().find(|m| &m.person.id == viewer) {
        let visible = match rule.value {
            Visibility::WholeNetwork => everyone(),
            Visibility::FounderAndSelf => vec![founder_entry(&req.founder), member_entry(me)],
        };
        ("member", visible, Vec::new())
    } else {
        let finding = Finding::new(
            "VIEWER_NOT_IN_NETWORK",
            Severity::Error,
            say!(ctx.lang, "查看人不在该家庭共济网中，不能查看任何成员"; "the viewer is not in this network and may see no one"),
        )
        .at("viewerId")
        .cite(&rule.source);
        ("none", Vec::new(), vec![finding])
    };
    NetworkView {
        viewer_id: viewer.as_str().to_owned(),
        viewer_role,
        visible,
        findings,
        source: rule.source.clone(),
    }
}
