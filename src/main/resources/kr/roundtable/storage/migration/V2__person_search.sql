-- What a person is found by (see kr.roundtable.model.SearchText): filled by the app for rows where it is NULL.
ALTER TABLE person ADD COLUMN search_text TEXT;
