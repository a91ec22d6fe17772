CREATE TABLE "odd;name" ("a""b;c" TEXT, [BEGIN; END] INTEGER, `x``y;z` REAL);
INSERT INTO "odd;name" VALUES ('it''s; one string', 1, 2.0);
SELECT [BEGIN; END], `x``y;z` FROM "odd;name";
SELECT 'a backslash \';
SELECT X'00FF', $param, :name, @at, ?1;
