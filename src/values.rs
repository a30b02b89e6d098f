//! What the user has entered: text as typed, keyed by dotted path.
//!
//! Objects flatten into dotted keys (`datastore.type`); arrays of objects hold rows, each its
//! own `Values`; arrays of strings hold items. Values for every mode live side by side, so
//! switching mode and back loses nothing; the mode decides what is sent.
//!
//! The entries are a vector sorted by key: a form has a few dozen at most, binary search is as
//! fast as a map there, and a map type would cost the bundle several kilobytes of code.

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Values(Vec<(String, Val)>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    Text(String),
    List(Vec<String>),
    Rows(Vec<Values>),
}

/// Where one input lives: a scalar, an item of a string array, or a cell of an object array.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Addr {
    Scalar(String),
    Item(String, usize),
    Cell(String, usize, String),
}

impl Addr {
    /// The path as issues print it: `name`, `available_zones[1]`, `flavor[0].num`.
    pub fn display(&self) -> String {
        match self {
            Addr::Scalar(p) => p.clone(),
            Addr::Item(p, i) => format!("{p}[{i}]"),
            Addr::Cell(p, i, c) => format!("{p}[{i}].{c}"),
        }
    }
}

impl Values {
    pub fn new() -> Values {
        Values::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    fn get_val(&self, key: &str) -> Option<&Val> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    fn remove_key(&mut self, key: &str) {
        if let Ok(i) = self.find(key) {
            self.0.remove(i);
        }
    }

    pub(crate) fn insert_val(&mut self, key: String, val: Val) {
        match self.find(&key) {
            Ok(i) => self.0[i].1 = val,
            Err(i) => self.0.insert(i, (key, val)),
        }
    }

    /// The text at a path; "" when absent.
    pub fn text(&self, path: &str) -> &str {
        match self.get_val(path) {
            Some(Val::Text(s)) => s,
            _ => "",
        }
    }

    pub fn set_text(&mut self, path: &str, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.remove_key(path);
        } else {
            self.insert_val(path.to_string(), Val::Text(text));
        }
    }

    pub fn list(&self, path: &str) -> &[String] {
        match self.get_val(path) {
            Some(Val::List(v)) => v,
            _ => &[],
        }
    }

    pub fn set_list(&mut self, path: &str, items: Vec<String>) {
        if items.is_empty() {
            self.remove_key(path);
        } else {
            self.insert_val(path.to_string(), Val::List(items));
        }
    }

    pub fn rows(&self, path: &str) -> &[Values] {
        match self.get_val(path) {
            Some(Val::Rows(v)) => v,
            _ => &[],
        }
    }

    pub fn set_rows(&mut self, path: &str, rows: Vec<Values>) {
        if rows.is_empty() {
            self.remove_key(path);
        } else {
            self.insert_val(path.to_string(), Val::Rows(rows));
        }
    }

    /// The text an input shows.
    pub fn get(&self, addr: &Addr) -> &str {
        match addr {
            Addr::Scalar(p) => self.text(p),
            Addr::Item(p, i) => self.list(p).get(*i).map(String::as_str).unwrap_or(""),
            Addr::Cell(p, i, c) => self.rows(p).get(*i).map(|r| r.text(c)).unwrap_or(""),
        }
    }

    /// Sets what an input holds. Writing past the end of an array grows it.
    pub fn set(&mut self, addr: &Addr, text: String) {
        match addr {
            Addr::Scalar(p) => self.set_text(p, text),
            Addr::Item(p, i) => {
                let mut items = self.list(p).to_vec();
                if items.len() <= *i {
                    items.resize(i + 1, String::new());
                }
                items[*i] = text;
                self.insert_val(p.clone(), Val::List(items));
            }
            Addr::Cell(p, i, c) => {
                let mut rows = self.rows(p).to_vec();
                if rows.len() <= *i {
                    rows.resize(i + 1, Values::new());
                }
                rows[*i].set_text(c, text);
                self.insert_val(p.clone(), Val::Rows(rows));
            }
        }
    }

    /// Appends an empty row (object arrays) or item (string arrays).
    pub fn push(&mut self, path: &str, objects: bool) {
        if objects {
            let mut rows = self.rows(path).to_vec();
            rows.push(Values::new());
            self.insert_val(path.to_string(), Val::Rows(rows));
        } else {
            let mut items = self.list(path).to_vec();
            items.push(String::new());
            self.insert_val(path.to_string(), Val::List(items));
        }
    }

    /// Removes row or item `i`.
    pub fn remove(&mut self, path: &str, i: usize) {
        let Ok(at) = self.find(path) else { return };
        match &mut self.0[at].1 {
            Val::Rows(rows) if i < rows.len() => {
                rows.remove(i);
            }
            Val::List(items) if i < items.len() => {
                items.remove(i);
            }
            _ => {}
        }
    }

    /// Whether any key starts with the prefix (an object has something in it).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.find(prefix).unwrap_or_else(|i| i);
        self.0.get(i).is_some_and(|(k, _)| k.starts_with(prefix))
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Val)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Keeps only the entries the predicate accepts (by key).
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.0.retain(|(k, _)| keep(k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_removes_the_key() {
        let mut v = Values::new();
        v.set_text("name", "abc");
        assert_eq!(v.text("name"), "abc");
        v.set_text("name", "");
        assert!(v.is_empty());
    }

    #[test]
    fn keys_stay_sorted_and_prefixes_are_found() {
        let mut v = Values::new();
        for k in ["b.x", "a", "c", "b.a", "ab"] {
            v.set_text(k, "1");
        }
        let keys: Vec<&String> = v.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "ab", "b.a", "b.x", "c"]);
        assert!(v.has_prefix("b.") && v.has_prefix("a") && !v.has_prefix("d") && !v.has_prefix("b.y"));
        v.set_text("b.a", "");
        assert!(v.has_prefix("b.") && v.text("b.x") == "1");
    }

    #[test]
    fn cells_and_items_grow_and_shrink() {
        let mut v = Values::new();
        v.set(&Addr::Cell("flavor".into(), 1, "num".into()), "3".into());
        assert_eq!(v.rows("flavor").len(), 2);
        assert_eq!(v.get(&Addr::Cell("flavor".into(), 1, "num".into())), "3");
        v.remove("flavor", 0);
        assert_eq!(v.get(&Addr::Cell("flavor".into(), 0, "num".into())), "3");
        v.push("zones", false);
        v.set(&Addr::Item("zones".into(), 0), "az1".into());
        assert_eq!(v.list("zones"), ["az1"]);
        assert_eq!(Addr::Cell("flavor".into(), 0, "num".into()).display(), "flavor[0].num");
    }
}
