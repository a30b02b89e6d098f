//! The request line: method, the URL with its path parameters filled in (placeholders until
//! given), and the headers. The token is never part of any of it.

use crate::catalog::Api;

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
}
