//! Privacy: who sees whom under each policy, and no output ever carries a
//! whole ID number or a balance it does not need.

mod common;
use common::*;

/// A built-in region from `policies()`: its id, the day its last version
/// begins, its region code, and its last version's rule `memberSees`.
struct Region {
    id: &'static str,
    day: String,
    code: String,
    member_sees: Value,
}

/// Every built-in profile with a region code, in `policies()`'s order.
fn regions() -> Vec<Region> {
    let regions: Vec<Region> = gongji::policies()
        .iter()
        .filter_map(|p| {
            let json = serde_json::to_value(p).expect("JSON");
            let last = json["versions"].as_array()?.last()?;
            Some(Region {
                id: &p.id,
                day: last["validFrom"].as_str()?.to_owned(),
                code: json["region"].as_str()?.to_owned(),
                member_sees: last["rules"]["memberSees"].clone(),
            })
        })
        .collect();
    assert!(!regions.is_empty(), "policies/ holds regions");
    regions
}

fn first_region() -> Region {
    regions().swap_remove(0)
}

fn view(at: &Region, viewer: &str) -> gongji::contract::NetworkView {
    let region = at.code.as_str();
    let mut founder = employee("f", region, "5000.00");
    founder["idNumber"] = json!(id_number("310104", "19800101", "001"));
    let r = json!({"policy": at.id, "asOf": at.day, "viewerId": viewer, "founder": founder,
        "members": [member("parent", resident("m1", region)), member("child", resident("m2", region))]});
    gongji::view_network(&gongji::contract::parse(&r.to_string()).expect("request"))
        .expect("answered")
}

fn ids(v: &gongji::contract::NetworkView) -> Vec<&str> {
    v.visible.iter().map(|p| p.person_id.as_str()).collect()
}

#[test]
fn in_every_region_a_member_sees_whom_its_rule_member_sees_says_citing_it() {
    for region in regions() {
        let v = view(&region, "m2");
        assert_eq!(v.viewer_role, gongji::contract::ViewerRole::Member);
        let rule = &region.member_sees;
        let want: &[&str] = match rule["value"].as_str() {
            Some("founderAndSelf") => &["f", "m2"],
            Some("wholeNetwork") => &["f", "m1", "m2"],
            other => panic!("{}: memberSees {other:?}", region.id),
        };
        assert_eq!(ids(&v), want, "{}", region.id);
        assert_eq!(*v.source.reference, rule["source"]["ref"], "{}", region.id);
    }
}

#[test]
fn in_every_region_the_founder_sees_every_member() {
    for region in regions() {
        assert_eq!(ids(&view(&region, "f")), ["f", "m1", "m2"], "{}", region.id);
    }
}

#[test]
fn a_stranger_sees_no_one() {
    let v = view(&first_region(), "neighbour");
    assert_eq!(v.viewer_role, gongji::contract::ViewerRole::None);
    assert!(v.visible.is_empty());
    assert_eq!(errors(&v.findings), ["VIEWER_NOT_IN_NETWORK"]);
}

#[test]
fn a_view_shows_a_masked_id_number_and_no_balances() {
    let id = id_number("310104", "19800101", "001");
    let Region {
        id: policy,
        day,
        code,
        ..
    } = first_region();
    let r = json!({"policy": policy, "asOf": day, "viewerId": "m1",
        "founder": {"id": "f", "scheme": "employee", "region": code, "historicalBalance": "4321.09", "idNumber": id},
        "members": [member("parent", resident("m1", &code))]});
    let (ok, json) = gongji::api::respond("viewNetwork", &r.to_string());
    assert!(ok, "{json}");
    assert!(
        json.contains(&format!("\"{}**********{}\"", &id[..4], &id[14..])),
        "{json}"
    );
    assert!(!json.contains(&id[4..14]), "{json}");
    assert!(
        !json.contains("4321.09"),
        "balances are not needed to list people: {json}"
    );
}

#[test]
fn no_call_ever_echoes_a_whole_id_number() {
    let id = id_number("370502", "19750612", "021");
    let Region {
        id: policy,
        day,
        code,
        ..
    } = first_region();
    let founder = json!({"id": "f", "scheme": "employee", "region": code, "historicalBalance": "10.00", "idNumber": id});
    let person = json!({"id": "m", "scheme": "resident", "region": code, "idNumber": id});
    let m = json!({"relation": "parent", "person": person});
    let requests = [
        (
            "checkNetwork",
            json!({"policy": policy, "asOf": day, "founder": founder, "members": [m.clone(), m.clone()]}),
        ),
        (
            "previewSettlement",
            json!({"policy": policy, "asOf": day, "member": m.clone(),
            "fund": {"balance": "10.00", "modes": ["payment"]}, "expense": {"amount": "1.00", "kind": "outpatient"}}),
        ),
        (
            "projectSettlements",
            json!({"policy": policy, "asOf": day, "fund": {"balance": "10.00", "modes": ["payment"]},
            "members": [m.clone()], "expenses": [{"memberId": "m", "expense": {"amount": "1.00", "kind": "outpatient"}}]}),
        ),
        (
            "viewNetwork",
            json!({"policy": policy, "asOf": day, "viewerId": "f", "founder": founder, "members": [m.clone()]}),
        ),
    ];
    for (call, request) in requests {
        for lang in ["zh-CN", "en"] {
            let mut request = request.clone();
            request["lang"] = json!(lang);
            let (_, json) = gongji::api::respond(call, &request.to_string());
            assert!(
                !json.contains(&id[4..14]),
                "{call} echoed the ID number: {json}"
            );
        }
    }
}

/// Every string value and every key of a valid request of each call.
fn leaves(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(k.clone());
                out.push(at.iter().cloned().chain(["<key>".to_owned()]).collect());
                leaves(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(i.to_string());
                leaves(child, at, out);
                at.pop();
            }
        }
        Value::String(_) => out.push(at.clone()),
        _ => {}
    }
}

/// The value at `path` (object keys and array indices).
fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, p| match p.parse::<usize>() {
        Ok(i) => &mut v[i],
        Err(_) => &mut v[p.as_str()],
    })
}

/// Puts `text` at `path` (a string leaf, or renames the key before
/// `<key>`).
fn plant(v: &mut Value, path: &[String], text: &str) {
    let (last, parents) = path.split_last().expect("a path");
    if last == "<key>" {
        let (key, parents) = parents.split_last().expect("a key");
        let obj = at(v, parents);
        let map = obj.as_object_mut().expect("object");
        let value = map.remove(key).expect("key");
        map.insert(text.to_owned(), value);
    } else {
        let slot = at(v, path);
        *slot = json!(text);
    }
}

/// An ID number typed into the wrong field (a person id, a scheme, a
/// date, a field name) must not come back whole either: a person id that
/// contains one is refused (ID_NUMBER_AS_PERSON_ID), and error messages
/// and paths that quote caller text mask it.
#[test]
fn an_id_number_in_any_field_or_key_is_never_echoed_whole() {
    let id = id_number("310104", "19800101", "001");
    let lower = id.to_lowercase();
    let Region {
        id: policy,
        day,
        code,
        ..
    } = first_region();
    let founder = employee("f", &code, "100.00");
    let m = member("parent", resident("m", &code));
    let requests = [
        ("relationOptions", json!({"policy": policy, "asOf": day})),
        (
            "checkNetwork",
            json!({"policy": policy, "asOf": day, "founder": founder, "members": [m.clone()],
            "modes": ["payment"], "existing": [{"personId": "x", "role": "member", "networkId": "n1"}], "networkId": "n2"}),
        ),
        (
            "previewSettlement",
            json!({"policy": policy, "asOf": day, "member": m.clone(),
            "fund": {"balance": "10.00", "modes": ["payment"]}, "expense": {"amount": "1.00", "kind": "outpatient"}}),
        ),
        (
            "projectSettlements",
            json!({"policy": policy, "asOf": day, "fund": {"balance": "10.00", "modes": ["payment"]},
            "members": [m.clone()], "expenses": [{"memberId": "m", "expense": {"amount": "1.00", "kind": "outpatient"}}]}),
        ),
        (
            "viewNetwork",
            json!({"policy": policy, "asOf": day, "viewerId": "m", "founder": founder, "members": [m]}),
        ),
    ];
    let mut tried = 0;
    for (call, request) in requests {
        let (ok, _) = gongji::api::respond(call, &request.to_string());
        assert!(ok, "{call}: the base request is valid");
        let mut paths = Vec::new();
        leaves(&request, &mut Vec::new(), &mut paths);
        for path in &paths {
            for text in [
                id.as_str(),
                lower.as_str(),
                &format!(" {id}"),
                &format!("id {id}!"),
            ] {
                let mut bad = request.clone();
                plant(&mut bad, path, text);
                let (_, json) = gongji::api::respond(call, &bad.to_string());
                assert!(
                    !json.to_lowercase().contains(&lower),
                    "{call} {path:?}: {json}"
                );
                tried += 1;
            }
        }
        // As a person id it is refused, not masked: a masked key would no
        // longer match the caller's.
        if call == "checkNetwork" {
            let mut bad = request.clone();
            bad["founder"]["id"] = json!(id);
            let (ok, json) = gongji::api::respond(call, &bad.to_string());
            assert!(
                !ok && json.contains("ID_NUMBER_AS_PERSON_ID") && json.contains("founder.id"),
                "{json}"
            );
        }
    }
    assert!(tried > 100, "{tried}");
}
