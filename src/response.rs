//! What came back: the status, the body pretty-printed when it is JSON, the identifiers a
//! successful create returns, and the service's error code and message.

use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: u16,
    pub ok: bool,
    /// The body, pretty-printed if it is JSON, else as received.
    pub body: String,
    pub is_json: bool,
    /// On 2xx: `id`, `job_id`, `order_id`, `instance_id` wherever they are, with their paths.
    pub ids: Vec<(String, String)>,
    /// On an error: the service's code and message, when the body names them.
    pub error: Option<(String, String)>,
    /// The response headers the browser lets the page read, as received.
    pub headers: Vec<(String, String)>,
    /// Milliseconds from sending to the whole body received.
    pub ms: u32,
}

const ID_KEYS: [&str; 4] = ["id", "job_id", "order_id", "instance_id"];
/// The documents' error shapes: DDM's errCode/externalMessage, the others' error_code/error_msg.
const ERROR_KEYS: [(&str, &str); 3] = [("errCode", "externalMessage"), ("error_code", "error_msg"), ("code", "message")];

pub fn read(status: u16, text: &str) -> Outcome {
    let ok = (200..300).contains(&status);
    let parsed = serde_json::from_str::<Value>(text).ok();
    let mut ids = Vec::new();
    let mut error = None;
    if let Some(v) = &parsed {
        if ok {
            collect_ids(v, "", &mut ids);
        } else {
            error = find_error(v);
        }
    }
    Outcome {
        status,
        ok,
        // serde_json keeps the service's key order (preserve_order).
        body: parsed.as_ref().and_then(|v| serde_json::to_string_pretty(v).ok()).unwrap_or_else(|| text.to_string()),
        is_json: parsed.is_some(),
        ids,
        error,
        headers: Vec::new(),
        ms: 0,
    }
}

fn collect_ids(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    if let Value::Object(kv) = v {
        for (k, item) in kv {
            let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
            match item {
                Value::String(s) if ID_KEYS.contains(&k.as_str()) && !s.is_empty() => out.push((p, s.clone())),
                Value::Object(_) => collect_ids(item, &p, out),
                _ => {}
            }
        }
    }
}

fn find_error(v: &Value) -> Option<(String, String)> {
    let text = |j: Option<&Value>| match j {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    for (code, message) in ERROR_KEYS {
        if let (Some(c), m) = (text(v.get(code)), text(v.get(message))) {
            return Some((c, m.unwrap_or_default()));
        }
    }
    // Some services wrap it: {"error": {"code": ..., "message": ...}}.
    v.get("error").and_then(find_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_on_success() {
        let o = read(202, r#"{"instance": {"id": "i-1", "name": "x"}, "job_id": "j-1", "order_id": null}"#);
        assert!(o.ok && o.is_json);
        assert_eq!(o.ids, vec![("instance.id".to_string(), "i-1".to_string()), ("job_id".to_string(), "j-1".to_string())]);
        assert!(o.body.starts_with("{\n  \"instance\": {"));
    }

    #[test]
    fn service_errors_in_each_shape() {
        assert_eq!(read(400, r#"{"externalMessage": "Parameter error.", "errCode": "DBS.280001"}"#).error, Some(("DBS.280001".into(), "Parameter error.".into())));
        assert_eq!(read(400, r#"{"error_code": "DBS.200001", "error_msg": "bad"}"#).error, Some(("DBS.200001".into(), "bad".into())));
        assert_eq!(read(401, r#"{"error": {"code": "APIGW.0301", "message": "Incorrect IAM authentication information"}}"#).error.unwrap().0, "APIGW.0301");
        let html = read(502, "<html>Bad gateway</html>");
        assert!(!html.is_json && html.error.is_none() && html.body == "<html>Bad gateway</html>");
    }
}
