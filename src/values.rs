//! What the body holds, keyed by typed path: text as typed, an explicit JSON null, and the
//! length of each array (so a row the user added stays while it is empty).
//!
//! Values for every mode live side by side, so switching mode and back loses nothing; the
//! resolved tree decides what is sent. The entries are a vector sorted by path: a form has a
//! few dozen at most, binary search is as fast as a map there, and a prefix's entries sit
//! together right after it.

use crate::path::{Path, Seg};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Values(Vec<(Path, Val)>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    /// Text; empty only when a pasted body sent "" (the form removes a cleared field).
    Text(String),
    /// The number of elements of the array at this path.
    Len(usize),
    /// An explicit JSON null.
    Null,
    /// A pasted body sent an object here (possibly empty): its mandatory members are due.
    Obj,
}

impl Values {
    pub fn new() -> Values {
        Values::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find(&self, path: &[Seg]) -> Result<usize, usize> {
        self.0.binary_search_by(|(p, _)| crate::path::cmp_segs(p.segs(), path))
    }

    pub fn get(&self, path: &[Seg]) -> Option<&Val> {
        self.find(path).ok().map(|i| &self.0[i].1)
    }

    /// The text at a path; "" when there is none (or it is null).
    pub fn text(&self, path: &[Seg]) -> &str {
        match self.get(path) {
            Some(Val::Text(s)) => s,
            _ => "",
        }
    }

    pub fn is_null(&self, path: &[Seg]) -> bool {
        matches!(self.get(path), Some(Val::Null))
    }

    fn put(&mut self, path: &[Seg], val: Val) {
        match self.find(path) {
            Ok(i) => self.0[i].1 = val,
            Err(i) => self.0.insert(i, (Path::from_segs(path), val)),
        }
    }

    fn remove_at(&mut self, path: &[Seg]) {
        if let Ok(i) = self.find(path) {
            self.0.remove(i);
        }
    }

    /// Sets the text at a path; empty text removes it. Writing into an element past the end
    /// of an array grows the array.
    pub fn set(&mut self, path: &[Seg], text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            self.remove_at(path);
            return;
        }
        self.grow_to(path);
        self.put(path, Val::Text(text));
    }

    /// Sets text that a pasted body sent, empty or not: "" is kept, so the rules can say
    /// whether the document allows it.
    pub fn set_sent(&mut self, path: &[Seg], text: String) {
        self.grow_to(path);
        self.put(path, Val::Text(text));
    }

    /// Marks that a pasted body sent an object at the path.
    pub fn set_object(&mut self, path: &[Seg]) {
        self.grow_to(path);
        self.put(path, Val::Obj);
    }

    /// What is at a path, in one lookup: its text ("" if none), whether it is null, and
    /// whether the body sent anything (text, even "", null or an object).
    pub fn at(&self, path: &[Seg]) -> (&str, bool, bool) {
        match self.get(path) {
            Some(Val::Text(t)) => (t, false, true),
            Some(Val::Null) => ("", true, true),
            Some(Val::Obj) => ("", false, true),
            _ => ("", false, false),
        }
    }

    /// Makes the path an explicit JSON null.
    pub fn set_null(&mut self, path: &[Seg]) {
        self.grow_to(path);
        self.put(path, Val::Null);
    }

    /// Removes whatever the path holds (text or null).
    pub fn clear(&mut self, path: &[Seg]) {
        self.remove_at(path);
    }

    /// Every array along the path is long enough to hold its element.
    fn grow_to(&mut self, path: &[Seg]) {
        for (k, seg) in path.iter().enumerate() {
            if let Seg::Index(i) = seg {
                if self.len(&path[..k]) <= *i {
                    self.put(&path[..k], Val::Len(i + 1));
                }
            }
        }
    }

    /// The number of elements of the array at the path.
    pub fn len(&self, array: &[Seg]) -> usize {
        match self.get(array) {
            Some(Val::Len(n)) => *n,
            _ => 0,
        }
    }

    /// Sets an array's length (import: what the body had). Elements past it are dropped.
    pub fn set_len(&mut self, array: &[Seg], n: usize) {
        self.0.retain(|(p, _)| !(p.len() > array.len() && p.starts_with(array) && matches!(&p.segs()[array.len()], Seg::Index(i) if *i >= n)));
        if n == 0 {
            self.remove_at(array);
        } else {
            self.put(array, Val::Len(n));
        }
    }

    /// Appends an empty element to the array; returns its index.
    pub fn push(&mut self, array: &[Seg]) -> usize {
        let n = self.len(array);
        self.put(array, Val::Len(n + 1));
        n
    }

    /// Removes element `i` of the array; the elements after it move up.
    pub fn remove(&mut self, array: &[Seg], i: usize) {
        let n = self.len(array);
        if i >= n {
            return;
        }
        let depth = array.len();
        let mut kept = Vec::with_capacity(self.0.len());
        for (mut p, v) in std::mem::take(&mut self.0) {
            if p.len() > depth && p.starts_with(array) {
                if let Seg::Index(j) = p.segs()[depth] {
                    if j == i {
                        continue;
                    }
                    if j > i {
                        let mut segs = p.segs().to_vec();
                        segs[depth] = Seg::Index(j - 1);
                        p = Path::from_segs(&segs);
                    }
                }
            }
            kept.push((p, v));
        }
        // Decrementing indices keeps the order: every moved entry passes no other.
        self.0 = kept;
        self.set_len(array, n - 1);
    }

    /// Whether the object or row at the prefix is in the body: it was sent (a pasted `{}`),
    /// or something is set under it (text, even "", or null). Array lengths alone do not
    /// count: a row the form added and left empty is not sent.
    pub fn any_under(&self, prefix: &[Seg]) -> bool {
        let (start, marked) = match self.find(prefix) {
            Ok(i) => (i + 1, matches!(self.0[i].1, Val::Obj)),
            Err(i) => (i, false),
        };
        marked || self.0[start..].iter().take_while(|(p, _)| p.starts_with(prefix)).any(|(_, v)| !matches!(v, Val::Len(_)))
    }

    /// `any_under`, leaving one path out of the count: whether the object would still be sent
    /// if `except` were cleared.
    pub fn any_under_except(&self, prefix: &[Seg], except: &[Seg]) -> bool {
        let (start, marked) = match self.find(prefix) {
            Ok(i) => (i + 1, matches!(self.0[i].1, Val::Obj)),
            Err(i) => (i, false),
        };
        marked || self.0[start..].iter().take_while(|(p, _)| p.starts_with(prefix)).any(|(p, v)| !matches!(v, Val::Len(_)) && p.segs() != except)
    }

    /// The entries, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&Path, &Val)> {
        self.0.iter().map(|(p, v)| (p, v))
    }

    /// Keeps only the entries the predicate accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&Path, &Val) -> bool) {
        self.0.retain(|(p, v)| keep(p, v));
    }

    /// Builds values from entries in any order (a draft).
    pub fn from_entries(entries: impl IntoIterator<Item = (Path, Val)>) -> Values {
        let mut v = Values::new();
        for (p, val) in entries {
            v.put(p.segs(), val);
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Path {
        Path::parse(s).unwrap()
    }

    #[test]
    fn empty_text_removes_the_entry() {
        let mut v = Values::new();
        v.set(p("name").segs(), "abc");
        assert_eq!(v.text(p("name").segs()), "abc");
        v.set(p("name").segs(), "");
        assert!(v.is_empty());
    }

    #[test]
    fn arrays_grow_shrink_and_move_up() {
        let mut v = Values::new();
        v.set(p("flavor[1].num").segs(), "3");
        assert_eq!(v.len(p("flavor").segs()), 2);
        assert!(!v.any_under(p("flavor[0]").segs()) && v.any_under(p("flavor[1]").segs()));
        v.remove(p("flavor").segs(), 0);
        assert_eq!(v.text(p("flavor[0].num").segs()), "3");
        assert_eq!(v.len(p("flavor").segs()), 1);
        let i = v.push(p("zones").segs());
        v.set(p("zones").index(i).segs(), "az1");
        v.push(p("zones").segs());
        assert_eq!(v.len(p("zones").segs()), 2);
        v.set_len(p("zones").segs(), 0);
        assert_eq!((v.len(p("zones").segs()), v.text(p("zones[0]").segs())), (0, ""));
    }

    #[test]
    fn presence_under_a_prefix() {
        let mut v = Values::new();
        v.set(p("b.x").segs(), "1");
        v.set(p("ab").segs(), "1");
        assert!(v.any_under(p("b").segs()) && !v.any_under(p("a").segs()));
        v.set_null(p("d.version").segs());
        assert!(v.any_under(p("d").segs()) && v.is_null(p("d.version").segs()));
        assert!(!v.any_under_except(p("b").segs(), p("b.x").segs()));
        v.set(p("b.y").segs(), "2");
        assert!(v.any_under_except(p("b").segs(), p("b.x").segs()));
    }
}
