-- Results store of `scan` (issue 5). One schema for SQLite and PostgreSQL: {{id}} is the only
-- word that differs (an auto-numbered key). Times are epoch milliseconds (BIGINT) on both.
CREATE TABLE runs (
    id          {{id}},
    run_key     TEXT    NOT NULL,   -- site list hash + checklist: the same command finds its unfinished run
    seq         INTEGER NOT NULL,   -- 1, 2, … for runs of the same key
    checklist   TEXT    NOT NULL,
    as_of       TEXT    NOT NULL,   -- yyyy-mm-dd (Gregorian)
    sites_file  TEXT    NOT NULL,
    sites_total INTEGER NOT NULL,
    bad_rows    INTEGER NOT NULL,
    started_at  BIGINT  NOT NULL,
    finished_at BIGINT,
    UNIQUE (run_key, seq)
);

CREATE TABLE run_sites (
    run_id      BIGINT  NOT NULL REFERENCES runs (id),
    site_id     TEXT    NOT NULL,
    line        INTEGER NOT NULL,   -- line in the sites file: claim order
    name        TEXT    NOT NULL,
    province    TEXT    NOT NULL,
    homepage    TEXT    NOT NULL,
    state       TEXT    NOT NULL,   -- PENDING | CLAIMED | DONE
    worker      TEXT,               -- host/pid/random of the claiming worker
    lease_until BIGINT,             -- a CLAIMED row whose lease passed may be claimed again
    attempts    INTEGER NOT NULL DEFAULT 0,
    status      TEXT,               -- CHECKED | UNKNOWN | BLOCKED | ERROR, once DONE
    score       DOUBLE PRECISION,
    passed      INTEGER,
    failed      INTEGER,
    review      INTEGER,
    pages       INTEGER,
    errors      INTEGER,
    seconds     DOUBLE PRECISION,
    report      TEXT,               -- report.json, relative to the output folder
    problem     TEXT,               -- why the site is UNKNOWN, BLOCKED or ERROR
    finished_at BIGINT,
    PRIMARY KEY (run_id, site_id)
);
CREATE INDEX run_sites_claim ON run_sites (run_id, state, line);

CREATE TABLE item_verdicts (
    run_id       BIGINT  NOT NULL,
    site_id      TEXT    NOT NULL,
    item         TEXT    NOT NULL,  -- O1, O2, …
    item_order   INTEGER NOT NULL,  -- position in the checklist
    verdict      TEXT    NOT NULL,  -- PASS, NOT_FOUND, …, NEEDS_REVIEW
    outcome      TEXT    NOT NULL,  -- PASS | FAIL | UNKNOWN (not judged: site down, network failure, review)
    evidence_url TEXT,
    PRIMARY KEY (run_id, site_id, item),
    FOREIGN KEY (run_id, site_id) REFERENCES run_sites (run_id, site_id)
);
CREATE INDEX item_verdicts_item ON item_verdicts (run_id, item, outcome);
