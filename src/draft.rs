//! Saving the form without its secrets: for drafts in local storage and for share links.
//!
//! A draft holds, per API, the mode and every value typed (values outside the current mode
//! too, so a reload loses nothing), minus every secret field. It is plain JSON text:
//! `{"api":"rds","apis":{"rds":{"mode":"mysql/ha","values":{"name":"x","flavor":[{"num":"3"}]}}}}`.

use crate::body::quote;
use crate::catalog::{Api, Field, Wire};
use crate::json::{self, Json};
use crate::values::{Val, Values};
use crate::{Mode, APIS};

/// The dotted keys of an API's secret fields (secrets never sit in rows).
pub fn secret_keys(api: &Api) -> Vec<String> {
    fn go(fields: &'static [Field], prefix: &str, out: &mut Vec<String>) {
        for f in fields {
            let key = format!("{prefix}{}", f.name);
            if f.secret {
                out.push(key.clone());
            }
            if f.wire == Wire::Object {
                go(f.children, &format!("{key}."), out);
            }
        }
    }
    let mut out = Vec::new();
    go(api.fields, "", &mut out);
    out
}

/// The values with every secret removed.
pub fn without_secrets(api: &Api, values: &Values) -> Values {
    let secrets = secret_keys(api);
    let mut v = values.clone();
    v.retain(|k| !secrets.iter().any(|s| s == k));
    v
}

/// Values as JSON: text as strings, string lists as arrays of strings, rows as arrays of
/// objects.
pub fn values_json(values: &Values, out: &mut String) {
    out.push('{');
    for (i, (k, v)) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        quote(k, out);
        out.push(':');
        match v {
            Val::Text(t) => quote(t, out),
            Val::List(items) => {
                out.push('[');
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    quote(item, out);
                }
                out.push(']');
            }
            Val::Rows(rows) => {
                out.push('[');
                for (j, row) in rows.iter().enumerate() {
                    if j > 0 {
                        out.push(',');
                    }
                    values_json(row, out);
                }
                out.push(']');
            }
        }
    }
    out.push('}');
}

/// Reads what `values_json` wrote; anything else is skipped.
pub fn values_from(json: &Json) -> Values {
    let mut v = Values::new();
    if let Json::Obj(kv) = json {
        for (k, item) in kv {
            match item {
                Json::Str(s) => v.set_text(k, s.clone()),
                Json::Arr(items) if items.iter().all(|i| matches!(i, Json::Obj(_))) && !items.is_empty() => {
                    v.set_rows(k, items.iter().map(values_from).collect())
                }
                Json::Arr(items) => v.set_list(k, items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect()),
                _ => {}
            }
        }
    }
    v
}

/// One API's saved state.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub api: &'static Api,
    pub mode: Mode,
    pub values: Values,
}

/// The draft text for the current API and the given APIs' states. Secrets are left out.
pub fn write(current: &Api, states: &[(&'static Api, &Mode, &Values)]) -> String {
    let mut out = String::from("{\"v\":1,\"api\":");
    quote(current.id, &mut out);
    out.push_str(",\"apis\":{");
    for (i, (api, mode, values)) in states.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        quote(api.id, &mut out);
        out.push_str(":{\"mode\":");
        quote(&mode.id(), &mut out);
        out.push_str(",\"values\":");
        values_json(&without_secrets(api, values), &mut out);
        out.push('}');
    }
    out.push_str("}}");
    out
}

/// Reads a draft: the current API's id and each saved API state. Unknown APIs, bad modes
/// and secrets (should any be there) are dropped.
pub fn read(text: &str) -> Option<(&'static str, Vec<Saved>)> {
    let doc = json::parse(text).ok()?;
    let current = APIS.iter().find(|a| doc.get("api").and_then(Json::as_str) == Some(a.id))?.id;
    let mut states = Vec::new();
    if let Some(Json::Obj(apis)) = doc.get("apis") {
        for (id, entry) in apis {
            let Some(api) = crate::api(id) else { continue };
            let Some(mode) = entry.get("mode").and_then(Json::as_str).and_then(|m| Mode::parse(api, m).ok()) else { continue };
            let values = without_secrets(api, &entry.get("values").map(values_from).unwrap_or_default());
            states.push(Saved { api, mode, values });
        }
    }
    Some((current, states))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_without_secrets() {
        let rds = crate::api("rds").unwrap();
        let mode = Mode::parse(rds, "mysql/ha").unwrap();
        let mut values = crate::fill::example(rds, &mode);
        values.set_text("replica_of_id", "kept-outside-the-mode");
        let ddm = crate::api("ddm").unwrap();
        let ddm_mode = Mode::parse(ddm, "prepaid").unwrap();
        let ddm_values = crate::fill::example(ddm, &ddm_mode);
        let text = write(rds, &[(rds, &mode, &values), (ddm, &ddm_mode, &ddm_values)]);
        assert!(!text.contains(values.text("password")) && !text.contains(ddm_values.text("instance.admin_user_password")), "{text}");
        let (current, states) = read(&text).unwrap();
        assert_eq!(current, "rds");
        assert_eq!(states[0].mode, mode);
        assert_eq!(states[0].values, without_secrets(rds, &values));
        assert_eq!(states[0].values.text("replica_of_id"), "kept-outside-the-mode");
        assert_eq!(states[1].values, without_secrets(ddm, &ddm_values));
        assert!(states[0].values.text("password").is_empty());
    }

    #[test]
    fn a_planted_secret_is_dropped_on_read() {
        let text = r#"{"v":1,"api":"rds","apis":{"rds":{"mode":"mysql/single","values":{"password":"Planted_1","name":"x"}},"nope":{}}}"#;
        let (_, states) = read(text).unwrap();
        assert_eq!(states.len(), 1);
        assert_eq!(states[0].values.text("password"), "");
        assert_eq!(states[0].values.text("name"), "x");
        assert!(read("garbage").is_none() && read(r#"{"api":"nope"}"#).is_none());
    }
}
