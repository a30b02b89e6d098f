//! One typed path for everything that names a place in a body: values, issues, notes,
//! touched fields and DOM ids. Segments, in the style of garde: `flavor[0].num` is
//! `[Key("flavor"), Index(0), Key("num")]`.

use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// An object member. Catalog names are borrowed; names read from a paste are owned.
    Key(Cow<'static, str>),
    /// An array element.
    Index(usize),
}

/// Keys before indices; keys as text, indices as numbers. A key borrowed from the catalog is
/// the same static string wherever it is used, so equal ones usually answer by address, and
/// most other names differ in their first byte: both without a memcmp call (values are
/// looked up by path on every keystroke).
impl Ord for Seg {
    #[inline]
    fn cmp(&self, other: &Seg) -> std::cmp::Ordering {
        use std::cmp::Ordering::*;
        match (self, other) {
            (Seg::Key(a), Seg::Key(b)) => {
                let (a, b): (&str, &str) = (a, b);
                if std::ptr::eq(a, b) {
                    Equal
                } else {
                    match a.as_bytes().first().cmp(&b.as_bytes().first()) {
                        Equal => a.cmp(b),
                        o => o,
                    }
                }
            }
            (Seg::Index(a), Seg::Index(b)) => a.cmp(b),
            (Seg::Key(_), Seg::Index(_)) => Less,
            (Seg::Index(_), Seg::Key(_)) => Greater,
        }
    }
}

impl PartialOrd for Seg {
    fn partial_cmp(&self, other: &Seg) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Compares two paths as `Path`'s order does, written out so each segment's comparison
/// inlines into the lookup.
#[inline]
pub fn cmp_segs(a: &[Seg], b: &[Seg]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let o = x.cmp(y);
        if o.is_ne() {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Path(Vec<Seg>);

impl Path {
    pub fn root() -> Path {
        Path(Vec::new())
    }

    pub fn from_segs(segs: &[Seg]) -> Path {
        Path(segs.to_vec())
    }

    pub fn segs(&self) -> &[Seg] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// This path with a member added: `p.key("num")`.
    pub fn key(&self, name: &'static str) -> Path {
        let mut p = self.clone();
        p.push_key(name);
        p
    }

    /// This path with an element added: `p.index(0)`.
    pub fn index(&self, i: usize) -> Path {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }

    pub fn push_key(&mut self, name: &'static str) {
        self.0.push(Seg::Key(Cow::Borrowed(name)));
    }

    pub fn push_owned(&mut self, name: &str) {
        self.0.push(Seg::Key(Cow::Owned(name.to_string())));
    }

    pub fn push_index(&mut self, i: usize) {
        self.0.push(Seg::Index(i));
    }

    pub fn pop(&mut self) {
        self.0.pop();
    }

    pub fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    pub fn starts_with(&self, prefix: &[Seg]) -> bool {
        self.0.starts_with(prefix)
    }

    /// The member names only, indices dropped: `flavor[0].num` -> `["flavor", "num"]`.
    pub fn names(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter_map(|s| match s {
                Seg::Key(k) => Some(k.as_ref()),
                Seg::Index(_) => None,
            })
            .collect()
    }

    /// The path with every index written `[]`: `flavor[].num`. How docs and schemas name a
    /// field of any row.
    pub fn template(&self) -> String {
        let mut out = String::new();
        for s in &self.0 {
            match s {
                Seg::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Index(_) => out.push_str("[]"),
            }
        }
        out
    }

    /// Parses `a.b[0].c`. `None` for an empty segment or a bad index.
    pub fn parse(text: &str) -> Option<Path> {
        let mut segs = Vec::new();
        for part in text.split('.') {
            let (name, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if name.is_empty() {
                return None;
            }
            segs.push(Seg::Key(Cow::Owned(name.to_string())));
            while !rest.is_empty() {
                let close = rest.find(']')?;
                let index = rest.get(1..close)?.parse().ok()?;
                segs.push(Seg::Index(index));
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return None;
                }
            }
        }
        Some(Path(segs))
    }

    /// An element id for this path under a per-widget prefix: `flavor[0].num` ->
    /// `rb1-flavor_0__num`.
    pub fn dom_id(&self, prefix: &str) -> String {
        let mut id = String::with_capacity(prefix.len() + 24);
        id.push_str(prefix);
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Key(k) => {
                    if i > 0 {
                        id.push_str("__");
                    }
                    id.push_str(k);
                }
                Seg::Index(n) => {
                    id.push('_');
                    id.push_str(&n.to_string());
                }
            }
        }
        id
    }
}

impl fmt::Display for Path {
    /// `name`, `datastore.type`, `flavor[0].num`, `available_zones[1]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Key(k) if i == 0 => f.write_str(k)?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for Path {
    type Err = String;
    fn from_str(s: &str) -> Result<Path, String> {
        Path::parse(s).ok_or_else(|| format!("'{s}' is not a path like flavor[0].num"))
    }
}

impl serde::Serialize for Path {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Comparing a path with its printed form, for tests and lookups by text.
impl PartialEq<&str> for Path {
    fn eq(&self, other: &&str) -> bool {
        self.to_string() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_parses_and_names_dom_ids() {
        for text in ["name", "datastore.type", "flavor[0].num", "instance.available_zones[2]", "a[1][2].b"] {
            let p = Path::parse(text).unwrap();
            assert_eq!(p.to_string(), text);
        }
        let p = Path::parse("flavor[0].num").unwrap();
        assert_eq!(p.template(), "flavor[].num");
        assert_eq!(p.dom_id("rb1-"), "rb1-flavor_0__num");
        assert_eq!(Path::parse("instance.available_zones[1]").unwrap().dom_id("rb2-"), "rb2-instance__available_zones_1");
        for bad in ["", "a..b", "a[", "a[x]", "a[1]b", ".a"] {
            assert!(Path::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn borrowed_and_owned_keys_are_the_same_path() {
        let built = Path::root().key("flavor").index(0).key("num");
        assert_eq!(built, Path::parse("flavor[0].num").unwrap());
        assert!(built.starts_with(Path::root().key("flavor").segs()));
        assert_eq!(built.names(), ["flavor", "num"]);
    }

    #[test]
    fn order_keeps_a_prefix_before_what_is_under_it() {
        let mut paths: Vec<Path> = ["b", "a.z", "a", "a[1].x", "a[0].y", "a[0]"].iter().map(|s| Path::parse(s).unwrap()).collect();
        paths.sort();
        let printed: Vec<String> = paths.iter().map(Path::to_string).collect();
        assert_eq!(printed, ["a", "a.z", "a[0]", "a[0].y", "a[1].x", "b"]);
    }
}
