-- Advisor store, initial schema (PostgreSQL). Times are timestamptz (UTC); money is numeric (exact round-trip).
CREATE TABLE recommendations (
    id                 text NOT NULL PRIMARY KEY,
    analyzer_id        text NOT NULL,
    resource_id        text NOT NULL,
    resource_arn       text NOT NULL,
    resource_type      text NOT NULL,
    account            text NOT NULL,
    region             text NOT NULL,
    action             text NOT NULL,
    summary            text NOT NULL,
    monthly_savings    numeric NOT NULL,
    cost_basis         text NOT NULL,
    confidence         text NOT NULL,
    risk               integer NOT NULL,
    effort             text NOT NULL,
    priority           text NOT NULL,
    score              numeric NOT NULL,
    team               text NULL,
    status             text NOT NULL,
    snoozed_until      timestamptz NULL,
    dismissed_savings  numeric NULL,
    first_seen_run_id  text NOT NULL,
    last_seen_run_id   text NOT NULL,
    first_seen_at      timestamptz NOT NULL,
    last_seen_at       timestamptz NOT NULL,
    resolved_at        timestamptz NULL,
    updated_at         timestamptz NOT NULL,
    document_json      text NOT NULL
);
CREATE INDEX ix_recommendations_status ON recommendations (status);
CREATE INDEX ix_recommendations_analyzer ON recommendations (analyzer_id);
CREATE INDEX ix_recommendations_scope ON recommendations (account, region, analyzer_id);
CREATE INDEX ix_recommendations_savings ON recommendations (monthly_savings);

CREATE TABLE recommendation_events (
    sequence           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recommendation_id  text NOT NULL,
    at                 timestamptz NOT NULL,
    actor              text NOT NULL,
    kind               text NOT NULL,
    from_status        text NULL,
    to_status          text NOT NULL,
    monthly_savings    numeric NULL,
    run_id             text NULL,
    note               text NULL
);
CREATE INDEX ix_recommendation_events_recommendation ON recommendation_events (recommendation_id, sequence);
CREATE INDEX ix_recommendation_events_at ON recommendation_events (at);

CREATE TABLE runs (
    id                     text NOT NULL PRIMARY KEY,
    started_at             timestamptz NOT NULL,
    finished_at            timestamptz NULL,
    state                  text NOT NULL,
    trigger                text NOT NULL,
    requested_by           text NOT NULL,
    scopes_json            text NOT NULL,
    recommendations        integer NOT NULL,
    created                integer NOT NULL,
    resolved               integer NOT NULL,
    total_monthly_savings  numeric NOT NULL,
    error                  text NULL
);
CREATE INDEX ix_runs_started ON runs (started_at);
CREATE INDEX ix_runs_state ON runs (state);

CREATE TABLE reports (
    id            text NOT NULL PRIMARY KEY,
    generated_at  timestamptz NOT NULL,
    period_start  timestamptz NOT NULL,
    period_end    timestamptz NOT NULL,
    run_id        text NULL,
    markdown      text NOT NULL,
    html          text NOT NULL,
    csv           text NOT NULL,
    json          text NOT NULL
);
CREATE INDEX ix_reports_generated ON reports (generated_at);

CREATE TABLE audit (
    sequence   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    role       text NOT NULL,
    operation  text NOT NULL,
    target     text NOT NULL,
    outcome    text NOT NULL,
    detail     text NULL
);

CREATE TABLE journal (
    id                 text NOT NULL PRIMARY KEY,
    idempotency_key    text NOT NULL,
    recommendation_id  text NOT NULL,
    action_kind        text NOT NULL,
    resource_id        text NOT NULL,
    resource_arn       text NOT NULL,
    resource_type      text NOT NULL,
    account            text NOT NULL,
    region             text NOT NULL,
    state              text NOT NULL,
    monthly_savings    numeric NOT NULL,
    dry_run            boolean NOT NULL,
    planned_at         timestamptz NOT NULL,
    not_before         timestamptz NULL,
    approval_required  boolean NOT NULL,
    approved_by        text NULL,
    approved_at        timestamptz NULL,
    started_at         timestamptz NULL,
    completed_at       timestamptz NULL,
    reason             text NULL,
    rollback_json      text NULL,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_journal_idempotency_key ON journal (idempotency_key);
CREATE INDEX ix_journal_state ON journal (state);
CREATE INDEX ix_journal_planned ON journal (planned_at);
