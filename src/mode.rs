//! A mode: one choice on each of an API's axes (engine, instance type, billing, restore...).

use crate::catalog::{Api, Axis, Choice, Cond, Detect};
use crate::json::Json;

/// One choice id per axis, in axis order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mode {
    picks: Vec<&'static str>,
}

impl Mode {
    /// The mode id: the choice ids joined by "/", e.g. `redis/cloudnative/prepaid/none`.
    pub fn id(&self) -> String {
        self.picks.join("/")
    }

    /// The picked choice on an axis.
    pub fn pick(&self, api: &Api, axis: &str) -> Option<&'static Choice> {
        let (i, a) = api.axis(axis)?;
        let id = *self.picks.get(i)?;
        a.choices.iter().find(|c| c.id == id)
    }

    /// "GeminiDB Redis · Cluster (cloud native storage) · Yearly/monthly · No restore".
    pub fn title(&self, api: &Api) -> String {
        let mut parts = Vec::new();
        for (axis, id) in api.axes.iter().zip(&self.picks) {
            if let Some(c) = axis.choices.iter().find(|c| c.id == *id) {
                parts.push(c.title);
            }
        }
        parts.join(" · ")
    }

    pub fn satisfies(&self, api: &Api, cond: &Cond) -> bool {
        match cond {
            Cond::Always => true,
            Cond::Never => false,
            Cond::Is(axis, ids) => match api.axis(axis) {
                Some((i, _)) => self.picks.get(i).is_some_and(|p| ids.contains(p)),
                None => false,
            },
            Cond::Not(c) => !self.satisfies(api, c),
            Cond::All(cs) => cs.iter().all(|c| self.satisfies(api, c)),
            Cond::Any(cs) => cs.iter().any(|c| self.satisfies(api, c)),
        }
    }

    /// Parses a mode id. Every axis must be given, and each choice must exist given the
    /// choices before it.
    pub fn parse(api: &Api, id: &str) -> Result<Mode, String> {
        let parts: Vec<&str> = id.split('/').collect();
        if parts.len() != api.axes.len() {
            return Err(format!(
                "mode '{id}' has {} part(s); {} modes have {} ({}), e.g. '{}'",
                parts.len(),
                api.id,
                api.axes.len(),
                api.axes.iter().map(|a| a.id).collect::<Vec<_>>().join("/"),
                Mode::all(api)[0].id()
            ));
        }
        let mut mode = Mode { picks: Vec::with_capacity(parts.len()) };
        for (axis, part) in api.axes.iter().zip(parts) {
            // Several choices may share an id (each engine's "cluster"); the one that counts
            // is the one available given the earlier picks.
            let choice = mode.available(api, axis).find(|c| c.id == part);
            let Some(choice) = choice else {
                let available: Vec<&str> = mode.available(api, axis).map(|c| c.id).collect();
                let known = axis.choices.iter().any(|c| c.id == part);
                return Err(if known {
                    format!("{} '{part}' is not available with '{}'; choose one of: {}", axis.id, mode.id(), available.join(", "))
                } else {
                    format!("'{part}' is not a choice of {} for {}; choose one of: {}", axis.id, api.id, available.join(", "))
                });
            };
            mode.picks.push(choice.id);
        }
        Ok(mode)
    }

    /// The choices of `axis` available given the picks made before it.
    pub fn available<'a>(&'a self, api: &'a Api, axis: &'static Axis) -> impl Iterator<Item = &'static Choice> + 'a {
        axis.choices.iter().filter(move |c| self.satisfies(api, &c.when))
    }

    /// Every valid mode of an API, in catalog order.
    pub fn all(api: &Api) -> Vec<Mode> {
        let mut out = vec![Mode { picks: Vec::new() }];
        for axis in api.axes {
            let mut next = Vec::new();
            for m in &out {
                for c in m.available(api, axis) {
                    let mut picks = m.picks.clone();
                    picks.push(c.id);
                    next.push(Mode { picks });
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

    /// Changes one axis and re-validates the later ones: a later pick that no longer exists
    /// falls back to the first available choice. Nothing typed is affected.
    pub fn with(&self, api: &Api, axis: &str, choice: &str) -> Mode {
        let mut picks: Vec<&'static str> = Vec::with_capacity(api.axes.len());
        for (i, a) in api.axes.iter().enumerate() {
            let partial = Mode { picks: picks.clone() };
            let wanted = if a.id == axis { choice } else { self.picks.get(i).copied().unwrap_or("") };
            let avail: Vec<&'static Choice> = partial.available(api, a).collect();
            let pick = avail.iter().find(|c| c.id == wanted).or(avail.first()).map(|c| c.id).unwrap_or("");
            picks.push(pick);
        }
        Mode { picks }
    }

    /// Detects the mode of a pasted body: on each axis, the first available choice whose
    /// test holds; failing that, the choice marked `Detect::Fallback`, or the first one.
    pub fn detect(api: &Api, body: &Json) -> Mode {
        let mut mode = Mode { picks: Vec::with_capacity(api.axes.len()) };
        for axis in api.axes {
            let avail: Vec<&'static Choice> = mode.available(api, axis).collect();
            let pick = avail
                .iter()
                .find(|c| !matches!(c.detect, Detect::Fallback) && detect(&c.detect, body))
                .or_else(|| avail.iter().find(|c| matches!(c.detect, Detect::Fallback)))
                .or(avail.first())
                .map(|c| c.id)
                .unwrap_or("");
            mode.picks.push(pick);
        }
        mode
    }
}

/// The value at a dotted path of a JSON body.
pub fn lookup<'v>(body: &'v Json, path: &str) -> Option<&'v Json> {
    path.split('.').try_fold(body, |v, k| v.get(k))
}

fn detect(d: &Detect, body: &Json) -> bool {
    match d {
        Detect::Fallback => true,
        Detect::Eq(p, want) => match lookup(body, p) {
            Some(Json::Str(s)) => s.eq_ignore_ascii_case(want),
            Some(Json::Bool(b)) => b.to_string() == *want,
            Some(Json::Num(n)) => n == want,
            _ => false,
        },
        Detect::Present(p) => lookup(body, p).is_some_and(|v| *v != Json::Null),
        Detect::Contains(p, s) => lookup(body, p).and_then(Json::as_str).is_some_and(|v| v.to_ascii_lowercase().contains(s)),
        Detect::Above(p, n) => lookup(body, p).and_then(Json::as_i64).is_some_and(|v| v > *n),
        Detect::Any(ds) => ds.iter().any(|d| detect(d, body)),
    }
}
