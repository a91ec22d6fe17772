INSERT INTO notes VALUES ('it\'s; escaped', 'it''s; doubled');
INSERT INTO notes VALUES ("double \"quoted\"; string", "with ""doubled""; quotes");
SELECT 'a backslash at the end \\', 'next; one';
SELECT '-- not a comment', "# nor this", '/* nor this */';
SELECT _utf8mb4'x;y', X'1F', b'1010', N'n;n';
