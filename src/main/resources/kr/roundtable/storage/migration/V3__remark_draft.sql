-- What the secretary is typing, stored at most a second after the last keystroke so a crash loses nothing.
CREATE TABLE remark_draft (
    meeting_id     INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id INTEGER,
    speaker_id     INTEGER,
    kind           TEXT,
    category_id    INTEGER,
    text           TEXT NOT NULL,
    saved_at       TEXT NOT NULL
);
