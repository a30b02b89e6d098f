//! The request line: method, the URL with its path parameters filled in (placeholders until
//! given), and the send plan: where the browser sends it, and what is missing before it can.
//! The token is never part of any URL.

use crate::catalog::Api;

/// Where and how a request goes, from what the send panel holds. (The widget's default, an
/// empty plan, stands until the code that writes it is loaded; nothing shows or sends it.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The URL the preview and the exports show: the endpoint itself.
    pub url: String,
    /// Where the browser sends it: through the proxy base URL when one is set.
    pub send_url: String,
    /// Why it cannot be sent yet ("Fill in the endpoint and Project ID to send."), if it cannot.
    pub blocked: Option<String>,
    /// Seconds to wait for an answer: as typed when a whole number from 1 to `MAX_TIMEOUT_S`,
    /// else 30 (and `problems` says why).
    pub timeout_s: u32,
    /// What is wrong with the panel's inputs as typed, by input name (`endpoint`, `proxy`,
    /// `timeout`), each said with how to fix it. Any of them blocks sending (the endpoint's only
    /// when no proxy replaces it), and an endpoint that is wrong is not put in any URL.
    pub problems: Vec<(&'static str, String)>,
}

/// The longest timeout the panel takes, in seconds: an hour.
pub const MAX_TIMEOUT_S: u32 = 3600;

/// The plan for the send panel's inputs (`endpoint`, `proxy`, `timeout` and the path
/// parameters, by name) and whether a token is given.
pub fn plan(api: &Api, input: &dyn Fn(&str) -> String, token_given: bool) -> Plan {
    let problems = problems(input);
    let wrong = |name: &str| problems.iter().find(|(n, _)| *n == name).map(|(_, why)| why.clone());
    // A wrong endpoint stays a placeholder in the URL the preview and the exports show.
    let endpoint = if wrong("endpoint").is_some() { String::new() } else { input("endpoint") };
    let url = url(api, &endpoint, input);
    let proxy = input("proxy").trim().to_string();
    let send_url = if proxy.is_empty() { url.clone() } else { via_proxy(&proxy, &path(api, input)) };
    let why_not = wrong("proxy").or_else(|| wrong("timeout")).or_else(|| if proxy.is_empty() { wrong("endpoint") } else { None });
    let blocked = if let Some(why) = why_not {
        Some(why)
    } else if !is_complete(&send_url) {
        let mut missing: Vec<&str> = Vec::new();
        if proxy.is_empty() && input("endpoint").trim().is_empty() {
            missing.push("the endpoint");
        }
        missing.extend(api.path_params.iter().filter(|p| p.default.is_none() && input(p.name).trim().is_empty()).map(|p| p.label));
        Some(format!("Fill in {} to send.", crate::text::list_and(&missing)))
    } else if !token_given {
        Some("Enter your X-Auth-Token to send.".to_string())
    } else {
        None
    };
    let timeout_s = if wrong("timeout").is_some() { 30 } else { input("timeout").trim().parse().unwrap_or(30) };
    Plan { url, send_url, blocked, timeout_s, problems }
}

/// What is wrong with the endpoint, the proxy base URL and the timeout as typed (empty ones
/// are not wrong: the endpoint is then missing, which `plan` says; the timeout is 30 s).
pub fn problems(input: &dyn Fn(&str) -> String) -> Vec<(&'static str, String)> {
    let checks: [(&str, Check); 3] = [("endpoint", endpoint_problem), ("proxy", proxy_problem), ("timeout", timeout_problem)];
    checks.into_iter().filter_map(|(name, check)| {
        let typed = input(name);
        let typed = typed.trim();
        if typed.is_empty() { None } else { check(typed).map(|why| (name, why)) }
    }).collect()
}

/// One input's check: what is wrong with it as typed, if anything.
type Check = fn(&str) -> Option<String>;

/// An endpoint is a host (`rds.eu-de.otc.t-systems.com`), with a port or a path prefix if
/// need be, and `http://` or `https://` before it if typed: the API's path is added after it.
fn endpoint_problem(typed: &str) -> Option<String> {
    let rest = match typed.split_once("://") {
        Some(("http" | "https", rest)) => rest,
        Some((scheme, _)) => return Some(format!("The endpoint starts with \"{scheme}://\": type a host (such as rds.eu-de.otc.t-systems.com), or start it with https:// or http://.")),
        None => typed,
    };
    address_problem("The endpoint", rest)
}

/// The proxy base URL replaces `https://{endpoint}`: a whole URL, scheme and host.
fn proxy_problem(typed: &str) -> Option<String> {
    match typed.split_once("://") {
        Some(("http" | "https", rest)) => address_problem("The proxy base URL", rest),
        _ => Some(format!("The proxy base URL must start with http:// or https:// (such as http://127.0.0.1:8010/proxy); it is \"{typed}\".")),
    }
}

/// What follows the scheme: a host, an optional port, an optional path prefix; no space, no
/// credentials, no query or fragment.
fn address_problem(what: &str, rest: &str) -> Option<String> {
    if let Some(c) = rest.chars().find(|c| c.is_whitespace()) {
        return Some(format!("{what} holds a space{}: a host has none.", if c == ' ' { "" } else { " character" }));
    }
    if rest.contains('@') {
        return Some(format!("{what} holds \"@\": no user name or password goes in the URL (the token goes in X-Auth-Token)."));
    }
    if let Some(i) = rest.find(['?', '#']) {
        return Some(format!("{what} holds \"{}\": the API's path is added after it, so leave out the query and the fragment.", &rest[i..]));
    }
    let address = rest.split('/').next().unwrap_or_default();
    let (host, port) = match address.rsplit_once(':') {
        // An IPv6 address is in brackets: its colons are not a port's.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (address, None),
    };
    if host.is_empty() {
        return Some(format!("{what} has no host: type one, such as rds.eu-de.otc.t-systems.com."));
    }
    if let Some(port) = port {
        if !port.parse::<u16>().is_ok_and(|p| p > 0) || port.starts_with('+') {
            return Some(format!("{what}'s port must be a number from 1 to 65535; it is \"{port}\"."));
        }
    }
    None
}

fn timeout_problem(typed: &str) -> Option<String> {
    let ok = typed.bytes().all(|b| b.is_ascii_digit()) && typed.parse::<u32>().is_ok_and(|t| (1..=MAX_TIMEOUT_S).contains(&t));
    (!ok).then(|| format!("The timeout must be a whole number of seconds from 1 to {MAX_TIMEOUT_S}; it is \"{typed}\"."))
}

/// The URL for an endpoint host and path parameters. Missing values show as `{name}`
/// placeholders; a path parameter's documented default (RabbitMQ's engine) fills in for it.
pub fn url(api: &Api, endpoint: &str, param: &dyn Fn(&str) -> String) -> String {
    let host = endpoint.trim().trim_end_matches('/');
    let base = if host.is_empty() {
        "https://{endpoint}".to_string()
    } else if host.starts_with("http://") || host.starts_with("https://") {
        host.to_string()
    } else {
        format!("https://{host}")
    };
    format!("{base}{}", path(api, param))
}

/// The path with its parameters filled in (placeholders until given).
pub fn path(api: &Api, param: &dyn Fn(&str) -> String) -> String {
    let mut path = api.path.to_string();
    for p in api.path_params {
        let given = param(p.name);
        let value = if given.trim().is_empty() { p.default.map(str::to_string).unwrap_or_default() } else { given.trim().to_string() };
        let filled = if value.is_empty() { format!("{{{}}}", p.name) } else { encode(&value) };
        path = path.replace(&format!("{{{}}}", p.name), &filled);
    }
    path
}

/// The URL through a proxy: its base replaces `https://{endpoint}`.
pub fn via_proxy(proxy: &str, path: &str) -> String {
    format!("{}{path}", proxy.trim().trim_end_matches('/'))
}

/// Whether every path parameter and the endpoint are given (no placeholder left).
pub fn is_complete(url: &str) -> bool {
    !url.contains('{')
}

/// Percent-encodes a path segment: everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_until_given() {
        let rmq = crate::api("rabbitmq").unwrap();
        assert_eq!(url(rmq, "", &|_| String::new()), "https://{endpoint}/v2/rabbitmq/{project_id}/instances");
        let filled = url(rmq, "dms.example.com/", &|n| if n == "project_id" { "p 1/x".into() } else { String::new() });
        assert_eq!(filled, "https://dms.example.com/v2/rabbitmq/p%201%2Fx/instances");
        assert!(is_complete(&filled));
        assert_eq!(url(crate::api("ddm").unwrap(), "http://127.0.0.1:9000", &|_| "p".into()), "http://127.0.0.1:9000/v1/p/instances");
    }

    #[test]
    fn the_plan_says_what_is_missing() {
        let rds = crate::api("rds").unwrap();
        let none = plan(rds, &|_| String::new(), true);
        assert_eq!(none.blocked.as_deref(), Some("Fill in the endpoint and Project ID to send."));
        assert_eq!(none.timeout_s, 30);
        let given = |n: &str| match n {
            "endpoint" => "rds.eu-de.example.com".to_string(),
            "project_id" => "p1".to_string(),
            "timeout" => "5".to_string(),
            _ => String::new(),
        };
        let p = plan(rds, &given, false);
        assert_eq!(p.blocked.as_deref(), Some("Enter your X-Auth-Token to send."));
        assert_eq!((p.url.as_str(), p.timeout_s), ("https://rds.eu-de.example.com/v3/p1/instances", 5));
        let proxied = |n: &str| if n == "proxy" { "http://127.0.0.1:8010/proxy/".to_string() } else { given(n) };
        let p = plan(rds, &proxied, true);
        assert_eq!((p.send_url.as_str(), p.blocked), ("http://127.0.0.1:8010/proxy/v3/p1/instances", None));
        assert_eq!(p.url, "https://rds.eu-de.example.com/v3/p1/instances", "exports name the endpoint itself");
    }

    /// What a newcomer typed in the endpoint (2026-12-08): each was built into a URL that was
    /// not the one meant (`https://ftp://example.com/...`, a query before the API's path).
    #[test]
    fn a_wrong_endpoint_is_said_and_never_sent() {
        let rds = crate::api("rds").unwrap();
        let with = |endpoint: &'static str| move |n: &str| match n {
            "endpoint" => endpoint.to_string(),
            "project_id" => "p1".to_string(),
            _ => String::new(),
        };
        for (typed, says) in [
            ("ftp://example.com", "starts with \"ftp://\""),
            ("http://", "has no host"),
            ("https://exa mple.com/", "holds a space"),
            ("example.com/path?x=1", "holds \"?x=1\""),
            ("https://example.com:99999", "port must be a number from 1 to 65535; it is \"99999\""),
            ("https://example.com:", "port must be"),
            ("https://user:pw@example.com", "holds \"@\""),
        ] {
            let p = plan(rds, &with(typed), true);
            let why = p.blocked.clone().unwrap_or_default();
            assert!(why.contains(says), "{typed}: {why}");
            assert_eq!(p.problems, vec![("endpoint", why)], "{typed}");
            assert_eq!(p.url, "https://{endpoint}/v3/p1/instances", "{typed}: no URL is made of it");
        }
        for typed in ["rds.eu-de.otc.t-systems.com", "https://rds.eu-de.otc.t-systems.com/", "http://127.0.0.1:9000", "[::1]:8443", "https://[2001:db8::1]", "gw.example.com/rds"] {
            let p = plan(rds, &with(typed), true);
            assert_eq!((p.blocked.as_deref(), p.problems.len()), (None, 0), "{typed}");
        }
        assert_eq!(plan(rds, &with("gw.example.com/rds"), true).url, "https://gw.example.com/rds/v3/p1/instances");
        // Behind a proxy the endpoint is not where it goes: the request may go, the exports
        // keep the placeholder, and the endpoint still says what is wrong.
        let proxied = |n: &str| if n == "proxy" { "http://127.0.0.1:8010/proxy".to_string() } else { with("ftp://x")(n) };
        let p = plan(rds, &proxied, true);
        assert_eq!((p.blocked, p.problems.len(), p.url.as_str()), (None, 1, "https://{endpoint}/v3/p1/instances"));
    }

    #[test]
    fn a_wrong_proxy_or_timeout_blocks_sending() {
        let rds = crate::api("rds").unwrap();
        let with = |name: &'static str, value: &'static str| move |n: &str| match n {
            "endpoint" => "rds.eu-de.example.com".to_string(),
            "project_id" => "p1".to_string(),
            _ if n == name => value.to_string(),
            _ => String::new(),
        };
        let p = plan(rds, &with("proxy", "127.0.0.1:8010/proxy"), true);
        assert!(p.blocked.unwrap().starts_with("The proxy base URL must start with http:// or https://"));
        for bad in ["abc", "0", "-5", "3601", "1.5", "+5", "99999999999"] {
            let p = plan(rds, &with("timeout", bad), true);
            assert_eq!(p.blocked.as_deref(), Some(format!("The timeout must be a whole number of seconds from 1 to 3600; it is \"{bad}\".").as_str()), "{bad}");
            assert_eq!(p.timeout_s, 30);
        }
        let p = plan(rds, &with("timeout", " 3600 "), true);
        assert_eq!((p.blocked, p.timeout_s), (None, 3600));
    }
}
