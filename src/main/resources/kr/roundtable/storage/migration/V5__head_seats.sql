-- How many seats the head side of a plan has (마주보기: the government row; 강의식: the head table); NULL: the usual.
ALTER TABLE seating_plan ADD COLUMN head_seats INTEGER;
