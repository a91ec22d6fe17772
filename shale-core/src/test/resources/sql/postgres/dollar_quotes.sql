CREATE FUNCTION add_one(i integer) RETURNS integer AS $$
BEGIN
    RETURN i + 1; -- ; inside the body
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION tagged() RETURNS text AS $body$
    SELECT $$ an inner $$ || $x$;$x$;
$body$ LANGUAGE sql;

DO $do$
BEGIN
    RAISE NOTICE 'done; really';
END
$do$;

SELECT $_tag_2$ it's; fine $_tag_2$, $ä$ unicode tag; $ä$;
COMMENT ON TABLE users IS $$users; the people$$;
