-- How each answer was entered: at the kiosk, typed into the grid, or read from a scanned
-- sheet and confirmed. Answers that came in a bundle keep it unknown (NULL).
ALTER TABLE answers ADD COLUMN entered TEXT CHECK (entered IN ('kiosk', 'grid', 'scan'));

UPDATE answers SET entered = (
    SELECT CASE t.mode WHEN 'kiosk' THEN 'kiosk' ELSE 'grid' END
    FROM attempts t WHERE t.id = answers.attempt_id
);
