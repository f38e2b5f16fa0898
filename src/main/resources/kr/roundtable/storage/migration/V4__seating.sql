-- The organizer's edits to the shipped title levels (kr.roundtable.model.TitleLevels.defaults()).
CREATE TABLE title_level (
    title TEXT PRIMARY KEY,
    level INTEGER NOT NULL,
    head  INTEGER NOT NULL DEFAULT 0
);

-- An order of precedence set by hand (dragging in the ranked list); kept until reset.
CREATE TABLE precedence_override (
    meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);

-- The press photo caption of a meeting, for the press release.
CREATE TABLE photo_caption (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    caption    TEXT NOT NULL
);
