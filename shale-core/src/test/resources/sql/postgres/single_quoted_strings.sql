INSERT INTO notes VALUES ('it''s; not the end');
INSERT INTO notes VALUES ('-- not a comment', '/* nor this */');
SELECT 'a backslash \ stays; standard strings have no escapes';
SELECT 'multi
line; string', N'national; string', X'1F', B'1010';
SELECT '';
