-- The PostgreSQL schema of policygraph, version 1 (docs/postgres.md). `policygraph export --format
-- postgres` runs this once in the schema named by --schema (search_path points there), so the
-- names below carry no schema; the views bind to these tables when they are created.

-- One row: the version of this schema. A loader that finds another version stops.
CREATE TABLE policygraph_schema (
  version integer NOT NULL,
  written_by text NOT NULL
);

-- The source documents; evidence rows cite them by id (and pack or correction facts by
-- "pack:NAME" or "corrections:…", which have no row here).
CREATE TABLE documents (
  id text PRIMARY KEY,
  path text NOT NULL,
  title text NOT NULL,
  date text,                 -- 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; NULL when unknown
  sha256 text NOT NULL
);

CREATE TABLE nodes (
  id text PRIMARY KEY,       -- 'KIND/slug', e.g. 'administration/roh-moo-hyun'
  kind text NOT NULL,        -- administration, programme, goal, outcome, problem, …
  label text NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'  -- leader, start, end, date, type, title …
);
CREATE INDEX nodes_kind ON nodes (kind);
CREATE INDEX nodes_label ON nodes (lower(label));

CREATE TABLE aliases (
  node_id text NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
  alias text NOT NULL,
  PRIMARY KEY (node_id, alias)
);
CREATE INDEX aliases_alias ON aliases (lower(alias));

CREATE TABLE edges (
  source text NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
  relation text NOT NULL,    -- introduced, evolved_into, emphasised, …
  target text NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
  year integer,              -- the year the text gives, NULL when none
  attributes jsonb NOT NULL DEFAULT '{}',  -- mode, role, inferred …
  PRIMARY KEY (source, relation, target)
);
CREATE INDEX edges_target ON edges (target, relation);
CREATE INDEX edges_relation ON edges (relation);

-- What supports a node or an edge: one sentence of a document, read by one rule.
CREATE TABLE evidence (
  node_id text REFERENCES nodes (id) ON DELETE CASCADE,
  edge_source text,
  edge_relation text,
  edge_target text,
  document text NOT NULL,
  sentence integer NOT NULL,  -- -1 for facts a pack states
  begin_offset bigint NOT NULL,
  end_offset bigint NOT NULL,
  text text NOT NULL,
  rule text NOT NULL,
  confidence double precision NOT NULL,
  note text,
  FOREIGN KEY (edge_source, edge_relation, edge_target) REFERENCES edges (source, relation, target) ON DELETE CASCADE,
  CHECK ((node_id IS NULL) <> (edge_source IS NULL))
);
CREATE INDEX evidence_document ON evidence (document);
CREATE INDEX evidence_node ON evidence (node_id);
CREATE INDEX evidence_edge ON evidence (edge_source, edge_relation, edge_target);

-- The year of a date attribute ('2003-02-25' → 2003), NULL when it is not a date.
CREATE FUNCTION year_of(date_text text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN date_text ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' AND left(date_text, 4)::integer > 0
              THEN left(date_text, 4)::integer END
$$;

-- An administration's term as `policygraph query` prints it: '2003–2008', '2022–', NULL without a start.
CREATE FUNCTION term_of(attributes jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT year_of(attributes->>'start') || '–' || coalesce(year_of(attributes->>'end')::text, '')
$$;

-- Who introduced what, as `policygraph query who-introduced` answers: one row per administration
-- and programme, `rank` 1 for the earliest (the year given, else the start of the term).
CREATE VIEW who_introduced AS
SELECT e.target AS programme_id,
       p.label AS programme,
       e.source AS administration_id,
       a.label AS administration,
       a.attributes->>'leader' AS leader,
       term_of(a.attributes) AS term,
       e.year,
       coalesce(e.year::text, 'during ' || term_of(a.attributes), '')
         || coalesce(' (inferred ' || (e.attributes->>'inferred') || ')', '') AS "when",
       e.attributes->>'inferred' AS inferred,
       row_number() OVER (PARTITION BY e.target
                          ORDER BY coalesce(e.year, year_of(a.attributes->>'start'), 2147483647),
                                   e.source COLLATE "C") AS rank
FROM edges e
JOIN nodes a ON a.id = e.source
JOIN nodes p ON p.id = e.target
WHERE e.relation = 'introduced';

-- The lineage through each programme along evolved_into, either way, as `policygraph query
-- evolution` answers: one row per member, `step` 1 the earliest. Members come from a recursive walk;
-- the steps from a second one that places, each time, the first member (by first year, label, id)
-- whose predecessors are placed, or, in a cycle, the first member left.
CREATE VIEW programme_lineage AS
WITH RECURSIVE
link (a, b) AS (
  SELECT source, target FROM edges WHERE relation = 'evolved_into' AND source <> target
  UNION ALL
  SELECT target, source FROM edges WHERE relation = 'evolved_into' AND source <> target
),
member (programme_id, member_id) AS (
  SELECT DISTINCT a, a FROM link
  UNION
  SELECT m.programme_id, l.b FROM member m JOIN link l ON l.a = m.member_id
),
keyed AS (
  SELECT m.programme_id, m.member_id, n.label,
         coalesce((SELECT min(coalesce(w.year, year_of(ad.attributes->>'start'), 2147483647))
                   FROM edges w JOIN nodes ad ON ad.id = w.source
                   WHERE w.relation = 'introduced' AND w.target = m.member_id), 2147483647) AS first_year
  FROM member m JOIN nodes n ON n.id = m.member_id
),
step (programme_id, placed, step, member_id) AS (
  SELECT s.programme_id, ARRAY[s.member_id], 1, s.member_id
  FROM (SELECT DISTINCT ON (programme_id) programme_id, member_id
        FROM keyed k
        ORDER BY programme_id,
                 EXISTS (SELECT 1 FROM edges e JOIN member pm ON pm.programme_id = k.programme_id AND pm.member_id = e.source
                         WHERE e.relation = 'evolved_into' AND e.target = k.member_id AND e.source <> e.target),
                 first_year, label COLLATE "C", member_id COLLATE "C") s
  UNION ALL
  SELECT s.programme_id, s.placed || nxt.member_id, s.step + 1, nxt.member_id
  FROM step s
  CROSS JOIN LATERAL (
    SELECT k.member_id
    FROM keyed k
    WHERE k.programme_id = s.programme_id AND k.member_id <> ALL (s.placed)
    ORDER BY EXISTS (SELECT 1 FROM edges e JOIN member pm ON pm.programme_id = k.programme_id AND pm.member_id = e.source
                     WHERE e.relation = 'evolved_into' AND e.target = k.member_id AND e.source <> e.target
                       AND e.source <> ALL (s.placed)),
             k.first_year, k.label COLLATE "C", k.member_id COLLATE "C"
    LIMIT 1) nxt
)
SELECT s.programme_id,
       s.step,
       s.member_id,
       n.label AS member,
       coalesce((SELECT array_agg(w.administration_id ORDER BY w.rank) FROM who_introduced w
                 WHERE w.programme_id = s.member_id), '{}') AS introduced_by,
       coalesce((SELECT string_agg(w."when", '; ' ORDER BY w.rank) FROM who_introduced w
                 WHERE w.programme_id = s.member_id AND w."when" <> ''), '') AS "when",
       coalesce((SELECT array_agg(e.source ORDER BY e.source COLLATE "C") FROM edges e
                 WHERE e.relation = 'evolved_into' AND e.target = s.member_id AND e.source <> e.target), '{}') AS "from",
       coalesce((SELECT string_agg(mode, ', ' ORDER BY first_source COLLATE "C")
                 FROM (SELECT e.attributes->>'mode' AS mode, min(e.source COLLATE "C") AS first_source FROM edges e
                       WHERE e.relation = 'evolved_into' AND e.target = s.member_id AND e.source <> e.target
                         AND coalesce(e.attributes->>'mode', '') <> ''
                       GROUP BY e.attributes->>'mode') modes), '') AS mode
FROM step s
JOIN nodes n ON n.id = s.member_id;

-- Administrations in order of term with what each introduced (by year, then label) and emphasised
-- (by label), as `policygraph query timeline` answers: `position` orders the rows.
CREATE VIEW timeline AS
WITH administration AS (
  SELECT n.*, row_number() OVER (ORDER BY coalesce(n.attributes->>'start', E'\u00ff') COLLATE "C", n.id COLLATE "C") AS term_order
  FROM nodes n WHERE n.kind = 'administration'
),
item AS (
  SELECT e.source, 'introduced' AS relation, 0 AS relation_order, e.target, e.year,
         coalesce(e.year::text, 'during ' || term_of(a.attributes), '')
           || coalesce(' (inferred ' || (e.attributes->>'inferred') || ')', '') AS "when",
         coalesce(e.year, 2147483647) AS year_order
  FROM edges e JOIN nodes a ON a.id = e.source WHERE e.relation = 'introduced'
  UNION ALL
  SELECT e.source, 'emphasised', 1, e.target, e.year, '', 0
  FROM edges e WHERE e.relation = 'emphasised'
)
SELECT row_number() OVER (ORDER BY a.term_order, i.relation_order, i.year_order, t.label COLLATE "C", i.target COLLATE "C") AS position,
       a.id AS administration_id,
       a.label AS administration,
       a.attributes->>'leader' AS leader,
       term_of(a.attributes) AS term,
       i.relation,
       i.target AS item_id,
       t.label AS item,
       i.year,
       i."when"
FROM administration a
LEFT JOIN item i ON i.source = a.id
LEFT JOIN nodes t ON t.id = i.target;
