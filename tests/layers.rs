//! The core's modules form layers: each imports only modules of the layers below it, so no
//! import cycle can come back (issue 10). Test modules inside a file may use anything.

use std::path::Path;

/// Bottom to top; a module may import any module on an earlier line.
const LAYERS: &[&[&str]] = &[
    &["text", "path"],
    &["catalog"],
    &["mode"],
    &["values", "report"],
    &["resolve"],
    &["rules", "body", "import", "fill", "form", "schema"],
    &["draft"],
    &["session", "request", "response", "export"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// `crate::x` names used outside `#[cfg(test)]` modules and comments.
fn imports(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for part in line.split("crate::").skip(1) {
            let name: String = part.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

#[test]
fn core_modules_import_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    for (i, layer_modules) in LAYERS.iter().enumerate() {
        for module in *layer_modules {
            let file = [src.join(format!("{module}.rs")), src.join(module).join("mod.rs")].into_iter().find(|p| p.exists()).unwrap_or_else(|| panic!("no file for {module}"));
            let dir = src.join(module);
            let mut sources = vec![std::fs::read_to_string(&file).unwrap()];
            if dir.is_dir() {
                for entry in std::fs::read_dir(&dir).unwrap() {
                    let path = entry.unwrap().path();
                    if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
                        sources.push(std::fs::read_to_string(path).unwrap());
                    }
                }
            }
            for used in sources.iter().flat_map(|s| imports(s)) {
                // `crate::api`, `crate::Mode` and the like are re-exports of lower layers.
                let Some(l) = layer(&used) else { continue };
                assert!(l < i || used == *module, "{module} (layer {i}) imports {used} (layer {l})");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, LAYERS.iter().map(|l| l.len()).sum::<usize>());
}

/// The widget's views set a computed class as the `className` property (`~className={..}`),
/// never as `class={..}`: Yew turns a computed `class` into a `Classes` set (an IndexSet of
/// the names, hashed for every element on every render), and one such use links that code
/// into the main module (1.8 KB gzip, measured; docs/decisions.md #98). A literal
/// `class="rb-x"` stays a plain attribute.
#[test]
fn views_set_no_computed_class_attribute() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = 0;
    for entry in std::fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        files += 1;
        for (n, line) in source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            assert!(!line.contains(" class={"), "{}:{}: a computed class; write ~className={{..}} instead: {}", path.display(), n + 1, line.trim());
        }
    }
    assert!(files > 10, "read {files} files in src/ui");
}
