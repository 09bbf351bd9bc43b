//! The TypeScript of the contract comes from its Rust types (ts-rs), never
//! from a hand-written file: this test writes every declaration reachable
//! from the requests and answers, dependencies first, and fails when
//! `src/host/contract.d.ts` (which the wasm binding embeds in the
//! package's `.d.ts`) is not exactly that. Only `GONGJI_BLESS=1 cargo test
//! --test typescript` rewrites it: the test command and the build
//! (`scripts/build-pkg.sh`) check it and write no tracked file.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use gongji::contract::profile::{Policy, PolicySummary, Profile};
use gongji::contract::*;
use ts_rs::{Config, TypeVisitor, TS};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/host/contract.d.ts");

/// Each declared type's text and the names it uses.
struct Collector<'a> {
    config: &'a Config,
    declarations: BTreeMap<String, (String, Vec<String>)>,
    seen: HashSet<TypeId>,
}

impl Collector<'_> {
    fn add<T: TS + 'static + ?Sized>(&mut self) {
        // Only types with a declaration of their own (not string, Vec...),
        // each Rust type once; a generic one (`Rule<T>`) is declared once
        // and uses what all its instances use, whichever came first.
        if T::output_path().is_none() || !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        let text = format!(
            "{}export {}",
            T::docs().unwrap_or_default(),
            T::decl(self.config)
        );
        let (_, uses) = self
            .declarations
            .entry(T::ident(self.config))
            .or_insert_with(|| (tidy(&text), Vec::new()));
        uses.extend(T::dependencies(self.config).into_iter().map(|d| d.ts_name));
        uses.sort();
        uses.dedup();
        T::visit_dependencies(self);
    }

    /// Every declaration, each after those it uses, in a stable order.
    fn text(&self, roots: &[&str]) -> String {
        fn emit(
            name: &str,
            all: &BTreeMap<String, (String, Vec<String>)>,
            done: &mut Vec<String>,
            out: &mut Vec<String>,
        ) {
            if done.iter().any(|d| d == name) {
                return;
            }
            done.push(name.to_owned());
            let Some((text, uses)) = all.get(name) else {
                return;
            };
            for used in uses {
                emit(used, all, done, out);
            }
            out.push(text.clone());
        }
        let (mut done, mut out) = (Vec::new(), Vec::new());
        for root in roots {
            emit(root, &self.declarations, &mut done, &mut out);
        }
        out.join("\n\n")
    }
}

impl TypeVisitor for Collector<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        self.add::<T>();
    }
}

/// Closing braces on their own line (wasm-bindgen re-indents the section
/// by lines that end in `{` and start with `}`), no trailing blanks.
fn tidy(text: &str) -> String {
    let mut out: String = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    if out.contains("{\n") && out.ends_with(" };") {
        out.truncate(out.len() - 3);
        out.push_str("\n};");
    }
    out
}

fn generated() -> String {
    let config = Config::new().with_large_int("number");
    let mut c = Collector {
        config: &config,
        declarations: BTreeMap::new(),
        seen: HashSet::new(),
    };
    c.add::<PoliciesRequest>();
    c.add::<RelationOptionsRequest>();
    c.add::<NetworkRequest>();
    c.add::<SettlementRequest>();
    c.add::<ProjectionRequest>();
    c.add::<ViewRequest>();
    c.add::<TransferRequest>();
    c.add::<Policy>();
    c.add::<Profile>();
    c.add::<PolicySummary>();
    c.add::<RelationOptions>();
    c.add::<NetworkCheck>();
    c.add::<SettlementPreview>();
    c.add::<Projection>();
    c.add::<NetworkView>();
    c.add::<TransferCheck>();
    c.add::<ContractError>();
    format!(
        "// Generated from the Rust types by tests/typescript.rs (ts-rs): do not edit.\n\n\
         {}\n",
        c.text(&[
            "PoliciesRequest",
            "RelationOptionsRequest",
            "NetworkRequest",
            "SettlementRequest",
            "ProjectionRequest",
            "ViewRequest",
            "TransferRequest",
            "Policy",
            "Profile",
            "PolicySummary",
            "RelationOptions",
            "NetworkCheck",
            "SettlementPreview",
            "Projection",
            "NetworkView",
            "TransferCheck",
            "ContractError",
        ])
    )
}

#[test]
fn the_typescript_declarations_are_generated_from_the_rust_types() {
    let want = generated();
    if std::env::var("GONGJI_BLESS").as_deref() == Ok("1") {
        std::fs::write(FILE, &want).expect("writes contract.d.ts");
    }
    let have = std::fs::read_to_string(FILE).unwrap_or_default();
    if have != want {
        let (line, have, want) = first_difference(&have, &want);
        panic!(
            "src/host/contract.d.ts is not what the Rust types generate; \
             regenerate it with `GONGJI_BLESS=1 cargo test --test typescript` \
             and commit it.\nfirst difference, line {line}:\n  file:      {have:?}\n  generated: {want:?}"
        );
    }
}

/// Where two different texts first differ: the line (from 1) and each
/// side's text of it (`<end of file>` past the last line), so that even a
/// lost final newline is shown.
fn first_difference<'a>(have: &'a str, want: &'a str) -> (usize, &'a str, &'a str) {
    const END: &str = "<end of file>";
    let (mut have, mut want) = (have.split('\n'), want.split('\n'));
    (1..)
        .find_map(|line| {
            let (a, b) = (have.next(), want.next());
            (a != b).then(|| (line, a.unwrap_or(END), b.unwrap_or(END)))
        })
        .expect("different texts differ on some line")
}

#[test]
fn every_code_is_a_literal_of_its_union() {
    use strum::VariantArray;
    let text = generated();
    for code in FindingCode::VARIANTS {
        assert!(text.contains(&format!("\"{code}\"")), "{code}");
    }
    for code in ErrorCode::VARIANTS {
        assert!(text.contains(&format!("\"{code}\"")), "{code}");
    }
    assert!(text.contains("export type FindingCode = \"FOUNDER_NOT_EMPLOYEE\""));
}
