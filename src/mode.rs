//! A mode: one choice on each of an API's axes (engine, instance type, billing, restore...).
//!
//! A mode holds the choices themselves, not their ids: several choices share an id (each
//! engine's "cluster"), and only the choice object knows its title and wire value.

use crate::catalog::{Api, Axis, Choice, Cond, Detect};
use serde_json::Value;

#[derive(Clone)]
pub struct Mode {
    choices: Vec<&'static Choice>,
}

/// Catalog choices are statics: two modes are equal when they hold the same choice objects.
impl PartialEq for Mode {
    fn eq(&self, other: &Mode) -> bool {
        self.choices.len() == other.choices.len() && self.choices.iter().zip(&other.choices).all(|(a, b)| std::ptr::eq(*a, *b))
    }
}

impl Eq for Mode {}

impl std::hash::Hash for Mode {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        for c in &self.choices {
            std::ptr::hash(*c, h);
        }
    }
}

impl std::fmt::Debug for Mode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mode({})", self.id())
    }
}

impl Mode {
    /// The mode id: the choice ids joined by "/", e.g. `redis/cloudnative/prepaid/none`.
    pub fn id(&self) -> String {
        self.choices.iter().map(|c| c.id).collect::<Vec<_>>().join("/")
    }

    /// The choices, in axis order.
    pub fn choices(&self) -> &[&'static Choice] {
        &self.choices
    }

    /// The choice made on an axis.
    pub fn choice(&self, api: &Api, axis: &str) -> Option<&'static Choice> {
        let (i, _) = api.axis(axis)?;
        self.choices.get(i).copied()
    }

    /// The choices on the axes before this one: what decides which of its choices exist.
    pub fn before(&self, api: &Api, axis: &str) -> Mode {
        let n = api.axis(axis).map(|(i, _)| i).unwrap_or(0);
        Mode { choices: self.choices.iter().take(n).copied().collect() }
    }

    /// "GeminiDB Redis · Proxy cluster, classic storage · Yearly/monthly · New instance".
    pub fn title(&self) -> String {
        self.choices.iter().map(|c| c.title).collect::<Vec<_>>().join(" · ")
    }

    pub fn satisfies(&self, api: &Api, cond: &Cond) -> bool {
        match cond {
            Cond::Always => true,
            Cond::Never => false,
            Cond::Is(axis, ids) => match api.axis(axis) {
                Some((i, _)) => self.choices.get(i).is_some_and(|c| ids.contains(&c.id)),
                None => false,
            },
            Cond::Not(c) => !self.satisfies(api, c),
            Cond::All(cs) => cs.iter().all(|c| self.satisfies(api, c)),
            Cond::Any(cs) => cs.iter().any(|c| self.satisfies(api, c)),
        }
    }

    /// Parses a mode id. Every axis must be given, and each choice must exist given the
    /// choices before it.
    pub fn parse(api: &'static Api, id: &str) -> Result<Mode, ParseError> {
        let parts: Vec<&str> = id.split('/').collect();
        if parts.len() != api.axes.len() {
            return Err(ParseError { api, id: id.to_string(), at: None });
        }
        let mut mode = Mode { choices: Vec::with_capacity(parts.len()) };
        for (axis, part) in api.axes.iter().zip(parts) {
            let Some(choice) = mode.available(api, axis).find(|c| c.id == part) else {
                return Err(ParseError { api, id: id.to_string(), at: Some((axis, part.to_string(), mode)) });
            };
            mode.choices.push(choice);
        }
        Ok(mode)
    }

    /// The choices of `axis` available given the choices made before it. On a partial mode
    /// (fewer choices than axes) the conditions read only the axes chosen so far.
    pub fn available<'a>(&'a self, api: &'a Api, axis: &'static Axis) -> impl Iterator<Item = &'static Choice> + 'a {
        axis.choices.iter().filter(move |c| self.satisfies(api, &c.when))
    }

    /// Every valid mode of an API, in catalog order.
    pub fn all(api: &Api) -> Vec<Mode> {
        let mut out = vec![Mode { choices: Vec::new() }];
        for axis in api.axes {
            let mut next = Vec::new();
            for m in &out {
                for c in m.available(api, axis) {
                    let mut choices = m.choices.clone();
                    choices.push(c);
                    next.push(Mode { choices });
                }
            }
            out = next;
        }
        out
    }

    /// The first valid mode: what the form opens with.
    pub fn first(api: &Api) -> Mode {
        Mode::all(api).into_iter().next().expect("every API has at least one mode")
    }

    /// Changes one axis to the choice with this id and re-validates the later ones: a later
    /// choice that no longer exists falls back to the first available one with the same id,
    /// else the first available.
    pub fn with(&self, api: &Api, axis: &str, choice: &str) -> Mode {
        self.with_recalled(api, axis, choice, &[])
    }

    /// `with`, where a later choice that no longer exists comes back from the latest of
    /// `recent` (modes used before, oldest first) that agrees with the choices made so far:
    /// Cassandra, cloud native → Mongo (replica set only) → Cassandra is cloud native again.
    pub fn with_recalled(&self, api: &Api, axis: &str, choice: &str, recent: &[Mode]) -> Mode {
        let mut mode = Mode { choices: Vec::with_capacity(api.axes.len()) };
        for (i, a) in api.axes.iter().enumerate() {
            let wanted = if a.id == axis { choice } else { self.choices.get(i).map(|c| c.id).unwrap_or("") };
            let recalled = || {
                let earlier = recent.iter().rev().find(|m| m.choices.len() > i && m.choices.iter().zip(&mode.choices).all(|(a, b)| std::ptr::eq(*a, *b)))?;
                mode.available(api, a).find(|c| std::ptr::eq(*c, earlier.choices[i]))
            };
            let pick = mode.available(api, a).find(|c| c.id == wanted).or_else(recalled).or_else(|| mode.available(api, a).next());
            if let Some(c) = pick {
                mode.choices.push(c);
            }
        }
        mode
    }

    /// Detects the mode of a pasted body: on each axis, the first available choice whose
    /// test holds; failing that, the choice marked `Detect::Fallback`, or the first one.
    /// Detection only chooses what to check the body against; it never fills anything in.
    pub fn detect(api: &Api, body: &Value) -> Mode {
        let mut mode = Mode { choices: Vec::with_capacity(api.axes.len()) };
        for axis in api.axes {
            let pick = mode
                .available(api, axis)
                .find(|c| !matches!(c.detect, Detect::Fallback) && detect(&c.detect, body))
                .or_else(|| mode.available(api, axis).find(|c| matches!(c.detect, Detect::Fallback)))
                .or_else(|| mode.available(api, axis).next());
            if let Some(c) = pick {
                mode.choices.push(c);
            }
        }
        mode
    }
}

/// A mode id that does not parse: where it goes wrong. Its message is written only when shown
/// (the CLI shows it; the widget ignores a bad mode, so its build has no message code).
pub struct ParseError {
    api: &'static Api,
    id: String,
    /// The axis, the part given for it, and the choices before it; `None`: wrong part count.
    at: Option<(&'static Axis, String, Mode)>,
}

impl std::fmt::Debug for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (api, id) = (self.api, &self.id);
        match &self.at {
            None => write!(
                f,
                "mode '{id}' has {} part(s); {} modes have {} ({}), e.g. '{}'",
                id.split('/').count(),
                api.id,
                api.axes.len(),
                api.axes.iter().map(|a| a.id).collect::<Vec<_>>().join("/"),
                Mode::first(api).id()
            ),
            Some((axis, part, before)) => {
                let available: Vec<&str> = before.available(api, axis).map(|c| c.id).collect();
                if axis.choices.iter().any(|c| c.id == part) {
                    write!(f, "{} '{part}' is not available with '{}'; choose one of: {}", axis.id, before.id(), available.join(", "))
                } else {
                    write!(f, "'{part}' is not a choice of {} for {}; choose one of: {}", axis.id, api.id, available.join(", "))
                }
            }
        }
    }
}

/// The value at a dotted path of a JSON body.
pub fn lookup<'v>(body: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(body, |v, k| v.get(k))
}

/// A scalar as text: strings as they are, numbers and booleans as JSON writes them.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn detect(d: &Detect, body: &Value) -> bool {
    match d {
        Detect::Fallback => true,
        // Ignoring case: detection picks what to check against; the rules then say whether
        // the case is right.
        Detect::Eq(p, want) => lookup(body, p).and_then(scalar_text).is_some_and(|v| v.eq_ignore_ascii_case(want)),
        Detect::Present(p) => lookup(body, p).is_some_and(|v| !v.is_null()),
        Detect::Contains(p, s) => lookup(body, p).and_then(Value::as_str).is_some_and(|v| v.to_ascii_lowercase().contains(s)),
        Detect::Above(p, n) => lookup(body, p).and_then(scalar_text).and_then(|v| v.parse::<i64>().ok()).is_some_and(|v| v > *n),
        Detect::Absent(p) => lookup(body, p).is_none_or(Value::is_null),
        Detect::Any(ds) => ds.iter().any(|d| detect(d, body)),
        Detect::All(ds) => ds.iter().all(|d| detect(d, body)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_follow_the_choice_not_the_first_with_its_id() {
        let g = crate::api("geminidb").unwrap();
        let redis = Mode::parse(g, "redis/cluster/postpaid/none").unwrap();
        assert_eq!(redis.title(), "GeminiDB Redis · Proxy cluster, classic storage · Pay-per-use · New instance");
        assert_eq!(redis.choice(g, "type").unwrap().title, "Proxy cluster, classic storage");
        let influx = Mode::parse(g, "influxdb/cloudnative/postpaid/none").unwrap();
        assert!(influx.title().contains("Cluster (performance-enhanced), cloud native storage"), "{}", influx.title());
        assert_ne!(Mode::parse(g, "cassandra/cluster/postpaid/none").unwrap(), redis.with(g, "engine", "cassandra").with(g, "engine", "redis").with(g, "engine", "cassandra").with(g, "type", "cloudnative"));
    }

    #[test]
    fn a_choice_lost_to_another_engine_comes_back_with_its_engine() {
        let g = crate::api("geminidb").unwrap();
        let cloud = Mode::parse(g, "cassandra/cloudnative/postpaid/none").unwrap();
        let mongo = cloud.with_recalled(g, "engine", "mongodb", &[]);
        assert_eq!(mongo.id(), "mongodb/replicaset/postpaid/none");
        // Billing changed while on Mongo: the newer choice stays, the lost one comes back.
        let mongo = mongo.with(g, "billing", "prepaid");
        let back = mongo.with_recalled(g, "engine", "cassandra", &[cloud.clone(), mongo.clone()]);
        assert_eq!(back.id(), "cassandra/cloudnative/prepaid/none");
        assert_eq!(mongo.with(g, "engine", "cassandra").id(), "cassandra/cluster/prepaid/none", "without memory: the first type");
    }

    #[test]
    fn switching_an_axis_keeps_later_choices_by_id() {
        let g = crate::api("geminidb").unwrap();
        let m = Mode::parse(g, "cassandra/cluster/prepaid/pitr").unwrap();
        let r = m.with(g, "engine", "redis");
        assert_eq!(r.id(), "redis/cluster/prepaid/none", "point-in-time restore is not offered for Redis");
        assert_eq!(r.choice(g, "type").unwrap().title, "Proxy cluster, classic storage");
    }
}
