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
    /// Seconds to wait for an answer: as typed when a positive whole number, else 30.
    pub timeout_s: u32,
}

/// The plan for the send panel's inputs (`endpoint`, `proxy`, `timeout` and the path
/// parameters, by name) and whether a token is given.
pub fn plan(api: &Api, input: &dyn Fn(&str) -> String, token_given: bool) -> Plan {
    let url = url(api, &input("endpoint"), input);
    let proxy = input("proxy").trim().to_string();
    let send_url = if proxy.is_empty() { url.clone() } else { via_proxy(&proxy, &path(api, input)) };
    let blocked = if !is_complete(&send_url) {
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
    let timeout_s = input("timeout").trim().parse().ok().filter(|t| *t > 0).unwrap_or(30);
    Plan { url, send_url, blocked, timeout_s }
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
}
