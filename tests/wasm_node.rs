//! The core compiled to wasm, run in node by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

#[path = "wasm_common/mod.rs"]
mod wasm_common;

#[wasm_bindgen_test]
fn node_previews_a_bill_to_the_fen() {
    wasm_common::previews_a_bill_to_the_fen();
}

#[wasm_bindgen_test]
fn node_refuses_a_relation_its_profile_does_not_admit() {
    wasm_common::refuses_a_relation_its_profile_does_not_admit();
}

#[wasm_bindgen_test]
fn node_admits_a_sibling_only_from_the_version_that_admits_siblings() {
    wasm_common::admits_a_sibling_only_from_the_version_that_admits_siblings();
}

#[wasm_bindgen_test]
fn node_reports_bad_input_with_code_and_path() {
    wasm_common::reports_bad_input_with_code_and_path();
}

#[wasm_bindgen_test]
fn node_projection_never_spends_more_than_the_fund() {
    wasm_common::projection_never_spends_more_than_the_fund();
}

#[wasm_bindgen_test]
fn node_answers_hostile_input_without_panicking() {
    wasm_common::answers_hostile_input_without_panicking();
}

#[wasm_bindgen_test]
fn node_answers_a_city_written_as_overrides_on_a_built_in() {
    wasm_common::answers_a_city_written_as_overrides_on_a_built_in();
}

#[wasm_bindgen_test]
fn node_draws_two_authorizers_in_turn() {
    wasm_common::draws_two_authorizers_in_turn();
}
