//! Saving the form without its secrets: for drafts in local storage and for share links.
//!
//! A draft holds, per API, the mode and every value typed (values outside the current mode
//! too, so a reload loses nothing), minus every secret field. serde's derive writes it; it is
//! read back as a `serde_json::Value` (the parser pasted bodies use) and taken apart here: a
//! derived Deserialize cost the bundle 3.7 KB gzip (docs/decisions.md #32).
//! `{"v":2,"api":"rds","apis":{"rds":{"mode":"mysql/ha","values":{"name":"x","flavor":1,"flavor[0].num":"3"}}}}`.

use crate::catalog::Api;
use crate::path::Path;
use crate::resolve;
use crate::values::{Val, Values};
use crate::Mode;
use serde::Serialize;
use serde_json::{Map, Value};

/// A saved form. Local storage and share links hold it as JSON. Each API's entry is a JSON
/// object `{"mode": ..., "values": {...}}`: values by printed path (version 2: text as
/// strings, array lengths as numbers, null as null, a sent empty object as {}), or the first
/// version's nested shape, which is still read so no saved draft is lost.
#[derive(Serialize)]
pub struct Draft {
    v: u32,
    api: String,
    apis: Map<String, Value>,
}

impl Draft {
    /// Reads a draft from JSON: what is missing defaults, what is unknown is ignored.
    pub fn from_value(v: Value) -> Option<Draft> {
        let Value::Object(mut m) = v else { return None };
        let version = m.get("v").and_then(Value::as_u64).unwrap_or(0) as u32;
        let api = m.get("api")?.as_str()?.to_string();
        let apis = match m.remove("apis") {
            Some(Value::Object(apis)) => apis,
            _ => Map::new(),
        };
        Some(Draft { v: version, api, apis })
    }
}

/// One API's saved state.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub api: &'static Api,
    pub mode: Mode,
    pub values: Values,
}

/// Whether a path names a secret field (in any mode of the API).
pub fn is_secret(api: &'static Api, path: &Path) -> bool {
    resolve::any_mode(api, &path.names()).is_some_and(|n| n.field.secret)
}

/// The values with every secret removed.
pub fn without_secrets(api: &'static Api, values: &Values) -> Values {
    let mut v = values.clone();
    v.retain(|p, _| !is_secret(api, p));
    v
}

/// The draft of the current API and the given APIs' states. Secrets are left out.
pub fn draft(current: &Api, states: &[(&'static Api, &Mode, &Values)]) -> Draft {
    let mut apis = Map::new();
    for (api, mode, values) in states {
        let mut kept = Map::new();
        for (p, v) in without_secrets(api, values).iter() {
            let v = match v {
                Val::Text(t) => Value::from(t.as_str()),
                Val::Len(n) => Value::from(*n),
                Val::Null => Value::Null,
                Val::Obj => Value::Object(Map::new()),
            };
            kept.insert(p.to_string(), v);
        }
        let mut entry = Map::new();
        entry.insert("mode".into(), Value::from(mode.id()));
        entry.insert("values".into(), Value::Object(kept));
        apis.insert(api.id.to_string(), Value::Object(entry));
    }
    Draft { v: 2, api: current.id.to_string(), apis }
}

/// The draft as text (for a share link).
pub fn write(current: &Api, states: &[(&'static Api, &Mode, &Values)]) -> String {
    serde_json::to_string(&draft(current, states)).unwrap_or_default()
}

/// Reads draft text.
pub fn read(text: &str) -> Option<(&'static str, Vec<Saved>)> {
    restore(Draft::from_value(serde_json::from_str(text).ok()?)?)
}

/// The current API's id and each saved API state. Unknown APIs, bad modes, paths no mode
/// has, and secrets (should any be there) are dropped.
pub fn restore(draft: Draft) -> Option<(&'static str, Vec<Saved>)> {
    let current = crate::api(&draft.api)?.id;
    let mut states = Vec::new();
    for (id, entry) in draft.apis {
        let Some(api) = crate::api(&id) else { continue };
        let Value::Object(mut entry) = entry else { continue };
        let Some(Ok(mode)) = entry.get("mode").and_then(Value::as_str).map(|m| Mode::parse(api, m)) else { continue };
        let given = match entry.remove("values") {
            Some(Value::Object(v)) => v,
            _ => Map::new(),
        };
        let mut values = if draft.v < 2 { nested(&given) } else { by_path(given) };
        values.retain(|p, _| resolve::known(api, &p.names()) && !is_secret(api, p));
        if draft.v < 2 {
            // The first version kept no fixed values: the mode supplied them.
            crate::fill::enter(api, None, &mode, &mut values);
        }
        states.push(Saved { api, mode, values });
    }
    Some((current, states))
}

/// The second version's values: by printed path.
fn by_path(map: Map<String, Value>) -> Values {
    Values::from_entries(map.into_iter().filter_map(|(k, v)| {
        let val = match v {
            Value::String(t) => Val::Text(t),
            Value::Number(n) => Val::Len(n.as_u64()? as usize),
            Value::Null => Val::Null,
            Value::Object(m) if m.is_empty() => Val::Obj,
            _ => return None,
        };
        Some((Path::parse(&k)?, val))
    }))
}

/// The first version's values: dotted keys, string lists as arrays of strings, rows as
/// arrays of objects with their own dotted keys.
fn nested(map: &Map<String, Value>) -> Values {
    fn go(prefix: &Path, map: &Map<String, Value>, out: &mut Values) {
        for (k, v) in map {
            let Some(key) = Path::parse(k) else { continue };
            let mut path = prefix.clone();
            for s in key.segs() {
                if let crate::path::Seg::Key(name) = s {
                    path.push_owned(name);
                }
            }
            match v {
                Value::String(s) => out.set(path.segs(), s.clone()),
                Value::Array(items) => {
                    out.set_len(path.segs(), items.len());
                    for (i, item) in items.iter().enumerate() {
                        match item {
                            Value::String(s) => out.set(path.index(i).segs(), s.clone()),
                            Value::Object(row) => go(&path.index(i), row, out),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Values::new();
    go(&Path::root(), map, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_without_secrets() {
        let rds = crate::api("rds").unwrap();
        let mode = Mode::parse(rds, "mysql/ha").unwrap();
        let mut values = crate::fill::example(rds, &mode);
        let replica_of = Path::root().key("replica_of_id");
        values.set(replica_of.segs(), "kept-outside-the-mode");
        let ddm = crate::api("ddm").unwrap();
        let ddm_mode = Mode::parse(ddm, "prepaid").unwrap();
        let ddm_values = crate::fill::example(ddm, &ddm_mode);
        let text = write(rds, &[(rds, &mode, &values), (ddm, &ddm_mode, &ddm_values)]);
        let password = values.text(Path::root().key("password").segs());
        assert!(!text.contains(password) && !text.contains(ddm_values.text(Path::parse("instance.admin_user_password").unwrap().segs())), "{text}");
        let (current, states) = read(&text).unwrap();
        assert_eq!(current, "rds");
        let rds_state = states.iter().find(|s| s.api.id == "rds").unwrap();
        assert_eq!(rds_state.mode, mode);
        assert_eq!(rds_state.values, without_secrets(rds, &values));
        assert_eq!(rds_state.values.text(replica_of.segs()), "kept-outside-the-mode");
        assert_eq!(states.iter().find(|s| s.api.id == "ddm").unwrap().values, without_secrets(ddm, &ddm_values));
    }

    #[test]
    fn a_planted_secret_is_dropped_on_read() {
        let text = r#"{"v":2,"api":"rds","apis":{"rds":{"mode":"mysql/single","values":{"password":"Planted_1","name":"x","nonsense.path":"y"}},"nope":{"mode":"x"}}}"#;
        let (_, states) = read(text).unwrap();
        assert_eq!(states.len(), 1);
        let v = &states[0].values;
        assert_eq!((v.text(Path::root().key("password").segs()), v.text(Path::root().key("name").segs())), ("", "x"));
        assert_eq!(v.iter().count(), 1, "only the name: no secret, no path the API lacks");
        assert!(read("garbage").is_none() && read(r#"{"api":"nope"}"#).is_none());
    }

    #[test]
    fn a_first_version_draft_is_still_read() {
        let text = r#"{"v":1,"api":"geminidb","apis":{"geminidb":{"mode":"cassandra/cluster/postpaid/none","values":{"name":"old-draft","flavor":[{"num":"3"}],"datastore.version":"3.11"}}}}"#;
        let (_, states) = read(text).unwrap();
        let v = &states[0].values;
        assert_eq!(v.text(Path::parse("flavor[0].num").unwrap().segs()), "3");
        assert_eq!(v.text(Path::parse("datastore.type").unwrap().segs()), "cassandra", "the mode's fixed values, as version 1 implied");
        assert_eq!(v.text(Path::root().key("name").segs()), "old-draft");
    }
}
