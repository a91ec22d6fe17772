CREATE ALIAS REVERSE_TEXT AS $$
String reverse(String s) {
    // a Java comment; with a delimiter
    String quote = "it's; \"java\"";
    return new StringBuilder(s).reverse().toString();
}
$$;
CALL REVERSE_TEXT('abc');
CREATE ALIAS IF NOT EXISTS NOW_MILLIS AS $$ long now() { return System.currentTimeMillis(); } $$;
SELECT $$ a dollar-quoted; text $$, 'plain';
