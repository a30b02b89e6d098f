//! Property tests: nothing typed or pasted makes the core panic, and for valid values the
//! body imports back to exactly the values it came from.

use proptest::prelude::*;
use request_builder::catalog::Wire;
use request_builder::resolve::{resolve, Node, Source, Widget};
use request_builder::{body, fill, import, rules, Api, Mode, Path, Values, APIS};

/// Every typed input of a mode's tree, with the example's shape: scalars, the first row's
/// cells, the first item of string arrays.
fn inputs(api: &'static Api, mode: &Mode) -> Vec<(Path, &'static Node)> {
    fn go(nodes: &'static [Node], path: &Path, out: &mut Vec<(Path, &'static Node)>) {
        for n in nodes {
            let here = path.key(n.name());
            match n.widget {
                Widget::Object => go(&n.children, &here, out),
                Widget::Rows => go(&n.children, &here.index(0), out),
                Widget::List => out.push((here.index(0), n)),
                _ if n.source == Source::Typed => out.push((here, n)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    go(&resolve(api, mode).roots, &Path::root(), &mut out);
    out
}

fn all_modes() -> Vec<(&'static Api, Mode)> {
    APIS.iter().flat_map(|a| Mode::all(a).into_iter().map(move |m| (*a, m))).collect()
}

/// Text a person might type: anything, including markup, quotes, RTL marks, emoji, huge.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[ -~]{0,12}",
        "[0-9]{1,14}",
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("\"\\\u{202e}😀\u{0}".to_string()),
        (0usize..3).prop_map(|n| "ü".repeat(10_000 + n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_in_every_field_never_panics(mode_index in 0usize..70, texts in prop::collection::vec(any_text(), 60)) {
        let modes = all_modes();
        let (api, mode) = &modes[mode_index % modes.len()];
        let mut values = Values::new();
        for (i, (path, _)) in inputs(api, mode).into_iter().enumerate() {
            values.set(path.segs(), texts[i % texts.len()].clone());
        }
        let issues = rules::validate(api, mode, &values);
        for issue in &issues {
            prop_assert!(!issue.message.is_empty() && !issue.path.is_empty());
        }
        let text = body::pretty(api, mode, &values);
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("the body is always JSON");
        prop_assert!(parsed.is_object());
        // The hand-written writer (the keystroke's hot path) prints exactly what serde_json does.
        prop_assert_eq!(&serde_json::to_string_pretty(&parsed).unwrap(), &text);
        let _ = import::import(api, &text, Some(mode.clone())).expect("our own body imports");
    }

    #[test]
    fn arbitrary_json_into_import_never_panics(api_index in 0usize..5, json in arb_json()) {
        let api = APIS[api_index];
        let text = json.to_string();
        if let Ok(imported) = import::import(api, &text, None) {
            let _ = rules::validate(api, &imported.mode, &imported.values);
            let _ = body::pretty(api, &imported.mode, &imported.values);
        }
    }

    #[test]
    fn arbitrary_bytes_into_import_never_panic(api_index in 0usize..5, text in ".{0,200}") {
        let _ = import::import(APIS[api_index], &text, None);
    }

    #[test]
    fn import_of_body_gives_back_valid_values(mode_index in 0usize..70, field_index in 0usize..64, pick in any_text(), n in 0i64..100_000) {
        let modes = all_modes();
        let (api, mode) = &modes[mode_index % modes.len()];
        let mut values = fill::example(api, mode);
        let inputs = inputs(api, mode);
        let (path, node) = &inputs[field_index % inputs.len()];
        // Integers are typed in canonical form: the body carries the number.
        let text = match node.wire() {
            Wire::Int | Wire::Long => n.to_string(),
            _ => pick,
        };
        values.set(path.segs(), text);
        prop_assume!(rules::validate(api, mode, &values).is_empty());
        let back = import::import(api, &body::pretty(api, mode, &values), None).unwrap();
        prop_assert_eq!(&back.mode, mode);
        prop_assert_eq!(back.values, values);
    }
}

/// Arbitrary JSON, with the catalog's own key names mixed in so deep paths are reached.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let keys = prop_oneof![
        Just("name".to_string()), Just("datastore".to_string()), Just("type".to_string()), Just("flavor".to_string()),
        Just("num".to_string()), Just("charge_info".to_string()), Just("tags".to_string()), Just("instance".to_string()),
        Just("available_zones".to_string()), Just("restore_info".to_string()), Just("ha".to_string()), Just("mode".to_string()),
        ".{0,8}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        ".{0,20}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..8).prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}
