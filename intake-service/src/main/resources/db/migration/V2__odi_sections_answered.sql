-- Version 1.1: ODI is scored only with at least 8 of 10 sections answered; the count is kept either way.
ALTER TABLE screening ADD COLUMN odi_sections_answered INT CHECK (odi_sections_answered BETWEEN 0 AND 10);
-- screenings stored before: count the answered sections from the answers kept with them
UPDATE screening SET odi_sections_answered = (
    SELECT count(*) FROM jsonb_array_elements(answers -> 'odi') AS section WHERE section <> 'null'::jsonb)
WHERE jsonb_typeof(answers -> 'odi') = 'array';
