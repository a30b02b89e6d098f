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
