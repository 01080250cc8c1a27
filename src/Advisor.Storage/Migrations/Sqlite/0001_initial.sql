-- Advisor store, initial schema (SQLite). Times are ISO-8601 UTC text (fixed width, so text order is time order);
-- money is decimal text (exact round-trip), sorted and filtered through CAST(... AS REAL).
CREATE TABLE recommendations (
    id                 TEXT NOT NULL PRIMARY KEY,
    analyzer_id        TEXT NOT NULL,
    resource_id        TEXT NOT NULL,
    resource_arn       TEXT NOT NULL,
    resource_type      TEXT NOT NULL,
    account            TEXT NOT NULL,
    region             TEXT NOT NULL,
    action             TEXT NOT NULL,
    summary            TEXT NOT NULL,
    monthly_savings    TEXT NOT NULL,
    cost_basis         TEXT NOT NULL,
    confidence         TEXT NOT NULL,
    risk               INTEGER NOT NULL,
    effort             TEXT NOT NULL,
    priority           TEXT NOT NULL,
    score              TEXT NOT NULL,
    team               TEXT NULL,
    status             TEXT NOT NULL,
    snoozed_until      TEXT NULL,
    dismissed_savings  TEXT NULL,
    first_seen_run_id  TEXT NOT NULL,
    last_seen_run_id   TEXT NOT NULL,
    first_seen_at      TEXT NOT NULL,
    last_seen_at       TEXT NOT NULL,
    resolved_at        TEXT NULL,
    updated_at         TEXT NOT NULL,
    document_json      TEXT NOT NULL
);
CREATE INDEX ix_recommendations_status ON recommendations (status);
CREATE INDEX ix_recommendations_analyzer ON recommendations (analyzer_id);
CREATE INDEX ix_recommendations_scope ON recommendations (account, region, analyzer_id);
CREATE INDEX ix_recommendations_savings ON recommendations (CAST(monthly_savings AS REAL));

CREATE TABLE recommendation_events (
    sequence           INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id  TEXT NOT NULL,
    at                 TEXT NOT NULL,
    actor              TEXT NOT NULL,
    kind               TEXT NOT NULL,
    from_status        TEXT NULL,
    to_status          TEXT NOT NULL,
    monthly_savings    TEXT NULL,
    run_id             TEXT NULL,
    note               TEXT NULL
);
CREATE INDEX ix_recommendation_events_recommendation ON recommendation_events (recommendation_id, sequence);
CREATE INDEX ix_recommendation_events_at ON recommendation_events (at);

CREATE TABLE runs (
    id                     TEXT NOT NULL PRIMARY KEY,
    started_at             TEXT NOT NULL,
    finished_at            TEXT NULL,
    state                  TEXT NOT NULL,
    trigger                TEXT NOT NULL,
    requested_by           TEXT NOT NULL,
    scopes_json            TEXT NOT NULL,
    recommendations        INTEGER NOT NULL,
    created                INTEGER NOT NULL,
    resolved               INTEGER NOT NULL,
    total_monthly_savings  TEXT NOT NULL,
    error                  TEXT NULL
);
CREATE INDEX ix_runs_started ON runs (started_at);
CREATE INDEX ix_runs_state ON runs (state);

CREATE TABLE reports (
    id            TEXT NOT NULL PRIMARY KEY,
    generated_at  TEXT NOT NULL,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    run_id        TEXT NULL,
    markdown      TEXT NOT NULL,
    html          TEXT NOT NULL,
    csv           TEXT NOT NULL,
    json          TEXT NOT NULL
);
CREATE INDEX ix_reports_generated ON reports (generated_at);

CREATE TABLE audit (
    sequence   INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    role       TEXT NOT NULL,
    operation  TEXT NOT NULL,
    target     TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    detail     TEXT NULL
);

CREATE TABLE journal (
    id                 TEXT NOT NULL PRIMARY KEY,
    idempotency_key    TEXT NOT NULL,
    recommendation_id  TEXT NOT NULL,
    action_kind        TEXT NOT NULL,
    resource_id        TEXT NOT NULL,
    resource_arn       TEXT NOT NULL,
    resource_type      TEXT NOT NULL,
    account            TEXT NOT NULL,
    region             TEXT NOT NULL,
    state              TEXT NOT NULL,
    monthly_savings    TEXT NOT NULL,
    dry_run            INTEGER NOT NULL,
    planned_at         TEXT NOT NULL,
    not_before         TEXT NULL,
    approval_required  INTEGER NOT NULL,
    approved_by        TEXT NULL,
    approved_at        TEXT NULL,
    started_at         TEXT NULL,
    completed_at       TEXT NULL,
    reason             TEXT NULL,
    rollback_json      TEXT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_journal_idempotency_key ON journal (idempotency_key);
CREATE INDEX ix_journal_state ON journal (state);
CREATE INDEX ix_journal_planned ON journal (planned_at);
