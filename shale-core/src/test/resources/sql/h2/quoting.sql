CREATE TABLE "odd;name" ("a""b;c" VARCHAR, "BEGIN" INT);
INSERT INTO "odd;name" VALUES ('it''s; one string', 1);
SELECT 'a backslash \', "BEGIN" FROM "odd;name";
SELECT X'00FF', U&'\0041;';
