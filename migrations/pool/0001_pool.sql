-- A region's pool of pseudonymous results, pushed by each installation (`respond pool push`).
-- Participant codes only: no names, no own codes, no passphrases, no keys. Every row carries
-- the installation it belongs to: a person, and all their tests, belong to the installation
-- that trained them.

CREATE TABLE respond.installations (
    uid        text PRIMARY KEY,
    first_push timestamptz NOT NULL DEFAULT now(),
    last_push  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE respond.sessions (
    uid          text PRIMARY KEY,
    installation text NOT NULL,
    date         date NOT NULL,
    site         text NOT NULL,
    country      text,
    trainers     text NOT NULL,
    audience     text NOT NULL,
    language     text NOT NULL,
    quiz_id      text NOT NULL,
    modules      text NOT NULL,
    closed_at    text,
    created_at   text NOT NULL,
    hash         text NOT NULL
);
CREATE INDEX sessions_installation ON respond.sessions (installation);

CREATE TABLE respond.participants (
    uid                 text PRIMARY KEY,
    installation        text NOT NULL,
    session_uid         text NOT NULL,
    code                text NOT NULL,
    language            text NOT NULL,
    consent_followup    boolean NOT NULL,
    release_date        date,
    created_at          text NOT NULL,
    followup_method     text,
    followup_similarity double precision,
    followup_at         text,
    booster_module      text,
    booster_at          text,
    kit_status          text,
    kit_date            date,
    hash                text NOT NULL
);
CREATE INDEX participants_installation ON respond.participants (installation);
CREATE INDEX participants_session ON respond.participants (session_uid);

CREATE TABLE respond.attempts (
    uid             text PRIMARY KEY,
    installation    text NOT NULL,
    participant_uid text NOT NULL,
    phase           text NOT NULL,
    quiz_id         text NOT NULL,
    bank_version    text NOT NULL,
    language        text NOT NULL,
    mode            text NOT NULL,
    recorded_at     text NOT NULL,
    hash            text NOT NULL
);
CREATE INDEX attempts_installation ON respond.attempts (installation);
CREATE INDEX attempts_participant ON respond.attempts (participant_uid);

-- An attempt's answers are replaced whole when the attempt changes, in the push's one
-- transaction, so (attempt_uid, item_id) stays unique without an index of its own: a hash
-- index on the attempt is what joins and replacements need, and it is the cheapest to fill.
CREATE TABLE respond.answers (
    attempt_uid  text NOT NULL,
    installation text NOT NULL,
    item_id      text NOT NULL,
    chosen       text NOT NULL                -- a JSON array of option ids, as the app stores it
);
CREATE INDEX answers_attempt ON respond.answers USING hash (attempt_uid);

-- The question bank the answers are graded with (the newest pushed): one rule, as in the app.
CREATE TABLE respond.items (
    item_id      text PRIMARY KEY,
    bank_version text NOT NULL,
    kind         text NOT NULL,
    domain       text NOT NULL,
    myth         text,
    answer       jsonb NOT NULL
);
CREATE TABLE respond.quizzes (
    quiz_id text PRIMARY KEY,
    items   integer NOT NULL
);

CREATE TABLE respond.push_log (
    id           bigserial PRIMARY KEY,
    installation text NOT NULL,
    pushed_at    timestamptz NOT NULL DEFAULT now(),
    sessions     integer NOT NULL,
    participants integer NOT NULL,
    attempts     integer NOT NULL,
    new          integer NOT NULL,
    updated      integer NOT NULL,
    removed      integer NOT NULL
);

-- The long CSV's columns, one row per answer, graded by the bank's key.
CREATE VIEW respond.long_answers AS
SELECT s.installation, s.uid AS session_uid, s.date AS session_date, s.site, s.audience,
       s.language AS session_language, s.quiz_id, p.code AS participant, t.phase, t.mode,
       t.language, t.recorded_at, x.item_id, i.domain, i.myth,
       (SELECT string_agg(c, ';') FROM jsonb_array_elements_text(x.chosen::jsonb) c) AS chosen,
       CASE WHEN i.kind = 'agree' OR i.kind IS NULL THEN NULL
            ELSE (jsonb_array_length(x.chosen::jsonb) > 0 AND x.chosen::jsonb @> i.answer AND i.answer @> x.chosen::jsonb)::int
       END AS correct,
       (count(*) OVER (PARTITION BY x.attempt_uid) >= q.items)::int AS attempt_complete
FROM respond.answers x
JOIN respond.attempts t ON t.uid = x.attempt_uid
JOIN respond.participants p ON p.uid = t.participant_uid
JOIN respond.sessions s ON s.uid = p.session_uid
LEFT JOIN respond.items i ON i.item_id = x.item_id
LEFT JOIN respond.quizzes q ON q.quiz_id = s.quiz_id;

-- One row per participant and phase: knowledge questions right, of those asked.
CREATE VIEW respond.scores AS
SELECT installation, session_uid, session_date, site, audience, participant, phase,
       bool_and(attempt_complete = 1) AS complete,
       count(correct) AS knowledge_items,
       sum(correct) AS right_answers,
       round(100.0 * sum(correct) / nullif(count(correct), 0), 2) AS percent_right
FROM respond.long_answers
GROUP BY installation, session_uid, session_date, site, audience, participant, phase;

-- Per quarter, site and audience: sessions, people trained and tested, kits given.
CREATE VIEW respond.quarterly AS
SELECT date_trunc('quarter', s.date)::date AS quarter, s.site, s.audience,
       count(DISTINCT s.uid) AS sessions,
       count(p.uid) AS people,
       count(p.uid) FILTER (WHERE p.kit_status IN ('at-training', 'in-property', 'on-release')) AS kits_given,
       count(p.uid) FILTER (WHERE EXISTS (SELECT 1 FROM respond.attempts t WHERE t.participant_uid = p.uid AND t.phase = 'pre')) AS tested_pre,
       count(p.uid) FILTER (WHERE EXISTS (SELECT 1 FROM respond.attempts t WHERE t.participant_uid = p.uid AND t.phase = 'post')) AS tested_post,
       count(p.uid) FILTER (WHERE EXISTS (SELECT 1 FROM respond.attempts t WHERE t.participant_uid = p.uid AND t.phase = 'followup')) AS followed_up
FROM respond.sessions s
LEFT JOIN respond.participants p ON p.session_uid = s.uid
GROUP BY 1, 2, 3;
