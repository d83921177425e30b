//! An HTTP service on `policy-runtime`, with axum and tokio: the user's
//! consent state turned into typed facts, one audit line per decision, and
//! a retention sweep. `main.rs` adds the hot reload behind guards.
//!
//! ```text
//! cargo run -p axum-service -- generated/pro_it_privacy/rules.json [127.0.0.1:8080]
//! curl '127.0.0.1:8080/use?data=account.email&purpose=communication'
//! curl '127.0.0.1:8080/use?data=device&purpose=quality&objection=quality'
//! curl '127.0.0.1:8080/transfer?data=account&recipient=acquirer&holds=business_transfer'
//! curl '127.0.0.1:8080/sweep?data=device&collected=2027-01-31,2028-02-29'
//! ```
//!
//! Query parameters: `consent=` purposes or recipients the user consented
//! to, `objection=` purposes the user objected to, `holds=` grounds whose
//! fact holds, each a comma-separated list of ids. A name the table does not
//! know is refused with 400: a typo never turns into a silent "allowed".
//! `/sweep` gives the erasure deadline of each record collected on the
//! dates listed.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Json, Response};
use axum::routing::get;
use policy_runtime::{
    DataId, Date, Decision, Event, Fact, FactSet, Ground, LoadError, Rules, SharedRules,
};
use serde::Deserialize;
use serde_json::{Value, json};

/// What every request reads: the current rules, and where audit lines go.
#[derive(Clone)]
pub struct Service {
    /// The rules, swapped by the reloader while requests are served.
    pub rules: SharedRules,
    /// One JSON line per decision.
    pub audit: Arc<Mutex<dyn Write + Send>>,
}

/// The service's routes.
pub fn app(service: Service) -> Router {
    Router::new()
        .route("/use", get(decide_use))
        .route("/transfer", get(decide_transfer))
        .route("/sweep", get(sweep))
        .fallback(no_endpoint)
        .with_state(service)
}

async fn no_endpoint(uri: axum::http::Uri) -> Refused {
    Refused(
        StatusCode::NOT_FOUND,
        format!("no endpoint `{}`", uri.path()),
    )
}

/// The query parameters of every endpoint; each endpoint reads its own.
#[derive(Debug, Default, Deserialize)]
pub struct Params {
    data: Option<String>,
    purpose: Option<String>,
    recipient: Option<String>,
    consent: Option<String>,
    objection: Option<String>,
    holds: Option<String>,
    collected: Option<String>,
}

/// A refused request: its status and why.
#[derive(Debug)]
pub struct Refused(StatusCode, String);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

async fn decide_use(
    State(service): State<Service>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, Refused> {
    let (rules, facts, data, purpose) = asked(&service, &params, (&params.purpose, "purpose"))?;
    let purpose = found(rules.purpose_id(purpose), "purpose", purpose)?;
    Ok(audited(
        &service,
        rules.decide_use_ids(data, purpose, &facts),
    ))
}

async fn decide_transfer(
    State(service): State<Service>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, Refused> {
    let (rules, facts, data, recipient) =
        asked(&service, &params, (&params.recipient, "recipient"))?;
    let recipient = found(rules.recipient_id(recipient), "recipient", recipient)?;
    Ok(audited(
        &service,
        rules.decide_transfer_ids(data, recipient, &facts),
    ))
}

/// What a decision starts from: one snapshot of the rules (a reload never
/// changes a request half-way), the user's facts, the data asked about,
/// and the name of the purpose or recipient (`target`, required).
fn asked<'p>(
    service: &Service,
    params: &'p Params,
    target: (&'p Option<String>, &str),
) -> Result<(Arc<Rules>, FactSet, DataId, &'p str), Refused> {
    let rules = service.rules.current();
    let facts = facts_of(&rules, params)?;
    let data = required(&params.data, "data")?;
    let name = required(target.0, target.1)?;
    let data = found(rules.data_id(data), "data", data)?;
    Ok((rules, facts, data, name))
}

/// The retention sweep: the erasure deadline of each record, from its date
/// of collection, the retention looked up once.
async fn sweep(
    State(service): State<Service>,
    Query(params): Query<Params>,
) -> Result<Json<Value>, Refused> {
    let rules = service.rules.current();
    let data = required(&params.data, "data")?;
    let data = found(rules.data_id(data), "data", data)?;
    let mut records = Vec::new();
    for date in list(params.collected.as_deref()) {
        let date: Date = date
            .parse()
            .map_err(|e| Refused(StatusCode::BAD_REQUEST, format!("{e}")))?;
        records.push([(Event::Collection, date)]);
    }
    let deadlines: Vec<String> = rules
        .deadlines(data, None, &records)
        .map(|d| d.to_string())
        .collect();
    Ok(Json(json!({ "deadlines": deadlines })))
}

/// The decision's report, stamped and written as an audit line.
fn audited(service: &Service, decision: Decision<'_>) -> Json<Value> {
    let report = decision.to_report().at(now());
    if let Ok(line) = serde_json::to_string(&report)
        && let Ok(mut audit) = service.audit.lock()
    {
        // An audit sink that fails is the operator's to see; the decision
        // stands.
        let _ = writeln!(audit, "{line}");
    }
    Json(serde_json::to_value(&report).unwrap_or(Value::Null))
}

/// The user's consent state as typed facts: every name must be one of the
/// table's, or the request is refused.
fn facts_of(rules: &Rules, params: &Params) -> Result<FactSet, Refused> {
    let mut facts = Vec::new();
    for name in list(params.consent.as_deref()) {
        match (rules.purpose_id(name), rules.recipient_id(name)) {
            (Some(p), _) => facts.push(Fact::consent_to(p)),
            (None, Some(r)) => facts.push(Fact::consent_to_recipient(r)),
            (None, None) => return Err(unknown("consent to", name)),
        }
    }
    for name in list(params.objection.as_deref()) {
        let purpose = rules
            .purpose_id(name)
            .ok_or_else(|| unknown("objection to", name))?;
        facts.push(Fact::objection_to(purpose));
    }
    for name in list(params.holds.as_deref()) {
        let ground = Ground::ALL
            .into_iter()
            .find(|g| g.plain_fact() == Some(name) || g.as_str() == name)
            .ok_or_else(|| unknown("ground fact", name))?;
        facts.push(Fact::ground_holds(ground));
    }
    Ok(rules.fact_set(facts))
}

fn list(value: Option<&str>) -> impl Iterator<Item = &str> {
    value.unwrap_or("").split(',').filter(|s| !s.is_empty())
}

fn required<'p>(value: &'p Option<String>, name: &str) -> Result<&'p str, Refused> {
    value
        .as_deref()
        .ok_or_else(|| Refused(StatusCode::BAD_REQUEST, format!("missing `{name}`")))
}

fn found<T>(id: Option<T>, kind: &str, name: &str) -> Result<T, Refused> {
    id.ok_or_else(|| {
        Refused(
            StatusCode::NOT_FOUND,
            format!("no {kind} `{name}` in the table"),
        )
    })
}

fn unknown(what: &str, name: &str) -> Refused {
    Refused(StatusCode::BAD_REQUEST, format!("unknown {what} `{name}`"))
}

/// A refused reload as a log line: transient errors are retried, others
/// need someone to look.
pub fn refusal(error: &LoadError) -> String {
    let what = if error.is_transient() {
        "will retry"
    } else {
        "ALERT"
    };
    format!(
        "keeping the current rules ({what}): {}",
        serde_json::to_string(error).unwrap_or_default()
    )
}

/// Now in UTC, to the second: the caller's timestamp of the audit line
/// (the runtime reads no clock).
fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date::from_system_time(SystemTime::now()),
        secs / 3600 % 24,
        secs / 60 % 60,
        secs % 60
    )
}
