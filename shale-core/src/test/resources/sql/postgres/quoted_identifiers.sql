CREATE TABLE "odd;name" ("say ""hi""; twice" text, "BEGIN" int, "END" int);
SELECT "BEGIN", "END" FROM "odd;name";
CREATE TABLE "BEGIN ATOMIC" ("END;" text);
SELECT U&"d\0061t;a" FROM t;
