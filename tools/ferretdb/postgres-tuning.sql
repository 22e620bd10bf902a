-- Applied by scripts/services.sh to FerretDB's PostgreSQL database on every start (idempotent).
--
-- FerretDB 1.24 pushes `{_id: x}` down as `_jsonb -> $key @> $value`. Its own `_id_` index is a
-- btree on `(_jsonb -> '_id')`, which `@>` cannot use, so every lookup by _id scanned the whole
-- collection (≈ 13 ms at 50k small documents, seconds on a real catalogue). A GIN index on the
-- same expression answers `@>`; custom plans are needed because FerretDB passes the key as a
-- parameter, and a generic plan (`_jsonb -> $1`) matches no expression index.
-- MongoDB and DocumentDB answer _id equality from their primary index: nothing to do there.

ALTER DATABASE :"dbname" SET plan_cache_mode = force_custom_plan;

CREATE OR REPLACE FUNCTION public.welness_ferretdb_id_index(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  rel record;
BEGIN
  SELECT c.relname, n.nspname INTO rel
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = target;
  -- Only FerretDB collection tables: a `_jsonb` column, not the per-database metadata table.
  IF rel.relname = '_ferretdb_database_metadata' OR NOT EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = '_jsonb' AND NOT attisdropped
  ) THEN
    RETURN;
  END IF;
  -- fastupdate off: a pending list is scanned linearly by every lookup until VACUUM, which
  -- after a bulk import made an index lookup cost milliseconds.
  EXECUTE format(
    'CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((_jsonb -> %L) jsonb_path_ops) WITH (fastupdate = off)',
    left(rel.relname, 50) || '_id_gin', rel.nspname, rel.relname, '_id'
  );
  EXECUTE format('ALTER INDEX %I.%I SET (fastupdate = off)', rel.nspname, left(rel.relname, 50) || '_id_gin');
END $$;

-- Product search (libs/facts ProductSearchService) filters on one top-level array element,
-- `{keywordPrefixes: "choc"}` or `{brandKeys: "ferrero"}`, which FerretDB pushes down as
-- `_jsonb -> 'keywordPrefixes' @> '"choc"'`. Its own index for `keyword_prefix_rank` is a btree
-- on the expression, which `@>` cannot use either: every search scanned the whole catalogue
-- (≈ 13 ms of PostgreSQL time per search at 2,100 products, growing with the catalogue). A GIN
-- `jsonb_path_ops` index per field answers it (≈ 0.2 ms). Only the `products` collection's table
-- (FerretDB names it `products_<fnv32a hash>`).
CREATE OR REPLACE FUNCTION public.welness_ferretdb_search_indexes(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  rel record;
  field text;
BEGIN
  SELECT c.relname, n.nspname INTO rel
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = target;
  IF rel.relname !~ '^products_[0-9a-f]{8}$' OR NOT EXISTS (
    SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = '_jsonb' AND NOT attisdropped
  ) THEN
    RETURN;
  END IF;
  FOREACH field IN ARRAY ARRAY['keywordPrefixes', 'brandKeys'] LOOP
    EXECUTE format(
      'CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin ((_jsonb -> %L) jsonb_path_ops) WITH (fastupdate = off)',
      rel.relname || '_' || lower(field) || '_gin', rel.nspname, rel.relname, field
    );
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION public.welness_ferretdb_on_create_table() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  obj record;
BEGIN
  FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' LOOP
    PERFORM public.welness_ferretdb_id_index(obj.objid::regclass);
    PERFORM public.welness_ferretdb_search_indexes(obj.objid::regclass);
  END LOOP;
END $$;

DROP EVENT TRIGGER IF EXISTS welness_ferretdb_id_index;
CREATE EVENT TRIGGER welness_ferretdb_id_index ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION public.welness_ferretdb_on_create_table();

-- Collections created before this file existed.
SELECT public.welness_ferretdb_id_index(c.oid::regclass), public.welness_ferretdb_search_indexes(c.oid::regclass)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'r'
    AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
    AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = '_jsonb');
