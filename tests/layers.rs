//! The layers point one way (model <- scenario <- chart <- page <- web), only `web` touches
//! wasm-bindgen, and no module imports one that imports it back, inside a folder either.
//! Read from the sources: `use` paths starting with `crate::`, `super::`, `self::` or a
//! child module's name.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Module = Vec<String>;

/// Every module of `src/` (lib side) with its source, test modules cut off.
fn modules() -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    collect(Path::new("src"), &mut Vec::new(), &mut out);
    out.remove(&vec!["main".to_string()]);
    out.remove(&vec!["cli".to_string()]);
    // Test modules in files of their own may use any layer, as in-file ones do.
    out.retain(|module, _| module.last().map(String::as_str) != Some("tests"));
    out
}

fn collect(dir: &Path, prefix: &mut Module, out: &mut BTreeMap<Module, String>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a UTF-8 name")
            .to_string();
        if path.is_dir() {
            prefix.push(name);
            collect(&path, prefix, out);
            prefix.pop();
        } else if path.extension().is_some_and(|e| e == "rs") {
            let mut module = prefix.clone();
            if !matches!(name.as_str(), "mod" | "lib") {
                module.push(name);
            }
            let text = fs::read_to_string(&path).expect("a source file");
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            out.insert(module, text);
        }
    }
}

/// The modules `module` imports: each `use` path resolved to the longest known module.
fn imports(module: &Module, text: &str, all: &BTreeMap<Module, String>) -> BTreeSet<Module> {
    let code = without_comments(text);
    let mut found = BTreeSet::new();
    // Paths written in the code itself: `crate::scenario::parse(...)`, `super::text::x`.
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = code[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if let Some(target) = resolve(module, path.trim_end_matches(':'), all) {
                if &target != module {
                    found.insert(target);
                }
            }
        }
    }
    // `use` statements, which may also name a child module or a group `a::{b, c}`.
    for statement in code.split("use ").skip(1) {
        let statement = statement.split(';').next().unwrap_or("");
        let path = statement.split_whitespace().collect::<Vec<_>>().join(" ");
        let without_alias = |p: &str| p.split(" as ").next().unwrap_or(p).trim().to_string();
        let (head, group) = match path.split_once("::{") {
            Some((head, rest)) => (head.to_string(), rest.split('}').next().unwrap_or("")),
            None => (without_alias(&path), ""),
        };
        let mut heads = vec![head.clone()];
        for item in group.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            heads.push(format!("{head}::{}", without_alias(item)));
        }
        for head in heads {
            if let Some(target) = resolve(module, &head, all) {
                if &target != module {
                    found.insert(target);
                }
            }
        }
    }
    found
}

/// `text` without `//` comments (doc comments included), so prose cannot pose as a path.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn resolve(module: &Module, path: &str, all: &BTreeMap<Module, String>) -> Option<Module> {
    let mut parts = path.split("::").map(str::trim).peekable();
    let mut base: Module = match *parts.peek()? {
        "crate" => {
            parts.next();
            Vec::new()
        }
        "super" => {
            let mut base = module.clone();
            while parts.peek() == Some(&"super") {
                parts.next();
                base.pop();
            }
            base
        }
        "self" => {
            parts.next();
            module.clone()
        }
        child => {
            let mut with = module.clone();
            with.push(child.to_string());
            if !all.contains_key(&with) {
                return None; // an outside crate
            }
            module.clone()
        }
    };
    for part in parts {
        base.push(part.to_string());
        if !all.contains_key(&base) {
            base.pop();
            break;
        }
    }
    Some(base)
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

#[test]
fn only_the_web_module_touches_the_browser() {
    for (module, text) in modules() {
        if module.first().map(String::as_str) == Some("web") {
            continue;
        }
        for word in ["wasm_bindgen", "web_sys", "js_sys"] {
            assert!(!text.contains(word), "{} uses {word}", name(&module));
        }
    }
}

#[test]
fn layers_point_one_way() {
    // Each layer may import only the layers after it in this list.
    let order = [
        "web", "noscript", "preview", "page", "export", "chart", "format", "scenario", "model",
        "words",
    ];
    let all = modules();
    for (module, text) in &all {
        let Some(layer) = module
            .first()
            .and_then(|m| order.iter().position(|o| o == m))
        else {
            continue;
        };
        for target in imports(module, text, &all) {
            let Some(to) = target
                .first()
                .and_then(|t| order.iter().position(|o| o == t))
            else {
                continue;
            };
            assert!(
                to >= layer,
                "{} imports {}, a layer above it",
                name(module),
                name(&target)
            );
        }
    }
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let all = modules();
    let edges: BTreeMap<Module, BTreeSet<Module>> = all
        .iter()
        .map(|(m, text)| (m.clone(), imports(m, text, &all)))
        .collect();
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 20,
        "the import graph was not read"
    );
    for start in edges.keys() {
        // Depth-first from `start`: reaching `start` again is a cycle.
        let mut stack: Vec<Vec<Module>> = vec![vec![start.clone()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = path.last().expect("paths are never empty");
            for next in &edges[last] {
                assert!(
                    next != start,
                    "import cycle: {} -> {}",
                    path.iter().map(name).collect::<Vec<_>>().join(" -> "),
                    name(start)
                );
                if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push(longer);
                }
            }
        }
    }
}
