-- Roundtable schema, version 1. Times are ISO-8601 text: dates 'YYYY-MM-DD', times 'HH:MM', instants
-- 'YYYY-MM-DDTHH:MM:SS' in local time. Enums are stored by their constant name.

CREATE TABLE organization (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    sector      TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE UNIQUE INDEX organization_name ON organization (name);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    organization_id INTEGER REFERENCES organization (id) ON DELETE SET NULL,
    department      TEXT,
    title           TEXT,
    rank            INTEGER,
    phone           TEXT,
    email           TEXT,
    note            TEXT,
    birth_year      INTEGER,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX person_name ON person (name);
CREATE INDEX person_organization ON person (organization_id);

CREATE TABLE meeting_series (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    interval_days INTEGER
);
CREATE UNIQUE INDEX meeting_series_name ON meeting_series (name);

CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    series_id       INTEGER REFERENCES meeting_series (id) ON DELETE SET NULL,
    ordinal         INTEGER CHECK (ordinal IS NULL OR ordinal > 0),
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    date            TEXT,
    start_time      TEXT,
    end_time        TEXT,
    venue           TEXT,
    chair_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    purpose         TEXT,
    status          TEXT NOT NULL,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE UNIQUE INDEX meeting_series_ordinal ON meeting (series_id, ordinal) WHERE series_id IS NOT NULL;
CREATE INDEX meeting_date ON meeting (date);

-- 주최 (HOST) and 주관 (CO_HOST) organizations, in display order
CREATE TABLE meeting_host (
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('HOST', 'CO_HOST')),
    position        INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, role, organization_id)
);

CREATE TABLE participant (
    id                   INTEGER PRIMARY KEY,
    meeting_id           INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id            INTEGER NOT NULL REFERENCES person (id),
    side                 TEXT NOT NULL,
    role                 TEXT NOT NULL,
    attendance           TEXT NOT NULL,
    substitute_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    title                TEXT,
    organization_name    TEXT
);
CREATE UNIQUE INDEX participant_once ON participant (meeting_id, person_id);
CREATE INDEX participant_person ON participant (person_id);

CREATE TABLE agenda_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT,
    presenter_id    INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    planned_minutes INTEGER CHECK (planned_minutes IS NULL OR planned_minutes >= 0),
    actual_start    TEXT,
    actual_end      TEXT
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

CREATE TABLE category (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE UNIQUE INDEX category_name ON category (name);
INSERT INTO category (name, position) VALUES
    ('규제', 1), ('자금·금융', 2), ('수출·해외진출', 3), ('R&D·기술', 4), ('인력', 5),
    ('판로·마케팅', 6), ('인증·실증', 7), ('세제', 8), ('기타', 9);

CREATE TABLE remark (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
    speaker_id     INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL,
    category_id    INTEGER REFERENCES category (id) ON DELETE SET NULL,
    text           TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    reply_to_id    INTEGER REFERENCES remark (id) ON DELETE CASCADE,
    disposition    TEXT,
    press_flag     INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX remark_meeting ON remark (meeting_id, recorded_at);
CREATE INDEX remark_speaker ON remark (speaker_id);
CREATE INDEX remark_reply ON remark (reply_to_id);

CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    remark_id  INTEGER NOT NULL REFERENCES remark (id) ON DELETE CASCADE,
    department TEXT,
    owner      TEXT,
    due_date   TEXT,
    due_text   TEXT,
    status     TEXT NOT NULL,
    result     TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX follow_up_remark ON follow_up (remark_id);
CREATE INDEX follow_up_status ON follow_up (status, due_date);

CREATE TABLE follow_up_note (
    id           INTEGER PRIMARY KEY,
    follow_up_id INTEGER NOT NULL REFERENCES follow_up (id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX follow_up_note_follow_up ON follow_up_note (follow_up_id);

CREATE TABLE seating_plan (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    layout      TEXT NOT NULL,
    seat_count  INTEGER NOT NULL CHECK (seat_count > 0),
    right_first INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX seating_plan_meeting ON seating_plan (meeting_id);

CREATE TABLE seat (
    plan_id        INTEGER NOT NULL REFERENCES seating_plan (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, number)
);
CREATE UNIQUE INDEX seat_participant ON seat (plan_id, participant_id);

-- small key/value settings of the user: language, window geometry
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
