package io.shale.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.shale.dialect.h2.H2Splitter;
import io.shale.dialect.mysql.MySqlSplitter;
import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.dialect.sqlite.SqliteSplitter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Single rules of one dialect, each isolated in a short script; the golden files show them in context. */
class DialectRulesTest {

    record Case(String name, StatementSplitter splitter, String script, List<String> expected) {
        @Override
        public String toString() {
            return splitter.getClass().getSimpleName() + ": " + name;
        }
    }

    private static final StatementSplitter POSTGRES = new PostgresSplitter();
    private static final StatementSplitter MYSQL = new MySqlSplitter();
    private static final StatementSplitter SQLITE = new SqliteSplitter();
    private static final StatementSplitter H2 = new H2Splitter();

    static Stream<Case> cases() {
        return Stream.of(
                new Case("dollar-quote tags are case-sensitive", POSTGRES,
                        "SELECT $A$ x; $a$ y; $A$; SELECT 2", List.of("SELECT $A$ x; $a$ y; $A$", "SELECT 2")),
                new Case("a tag cannot start with a digit", POSTGRES,
                        "SELECT $1$; SELECT 2", List.of("SELECT $1$", "SELECT 2")),
                new Case("dollar sign inside a word starts no quote", POSTGRES,
                        "SELECT a$b$; SELECT 2", List.of("SELECT a$b$", "SELECT 2")),
                new Case("an E-string needs E at the start of a token", POSTGRES,
                        "SELECT 'a\\'; SELECT E'b\\';'; SELECT 3", List.of("SELECT 'a\\'", "SELECT E'b\\';'", "SELECT 3")),
                new Case("BEGIN and ATOMIC must be adjacent", POSTGRES,
                        "SELECT begin, atomic FROM t; SELECT 2", List.of("SELECT begin, atomic FROM t", "SELECT 2")),
                new Case("END of a body closes only at depth zero", POSTGRES,
                        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END; SELECT 2",
                        List.of("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END",
                                "SELECT 2")),
                new Case("DELIMITER only at the start of a line", MYSQL,
                        "SELECT 1; DELIMITER $$\nSELECT 2;", List.of("SELECT 1", "DELIMITER $$\nSELECT 2")),
                new Case("DELIMITER after a pending statement is part of it", MYSQL,
                        "SELECT a,\ndelimiter FROM t;", List.of("SELECT a,\ndelimiter FROM t")),
                new Case("DELIMITER without an argument is a word", MYSQL,
                        "DELIMITER\n;", List.of("DELIMITER")),
                new Case("DELIMITER inside a comment is ignored", MYSQL,
                        "/*\nDELIMITER $$\n*/ SELECT 1; SELECT 2", List.of("SELECT 1", "SELECT 2")),
                new Case("the rest of a DELIMITER line is dropped", MYSQL,
                        "  DELIMITER //  trailing words\nSELECT 1; SELECT 2//", List.of("SELECT 1; SELECT 2")),
                new Case("a changed delimiter ends the statement even inside a body", MYSQL,
                        "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1//\nSELECT 2//",
                        List.of("CREATE PROCEDURE p() BEGIN SELECT 1", "SELECT 2")),
                new Case("double dash at a line end is a comment", MYSQL,
                        "SELECT 1 --\n; SELECT 2", List.of("SELECT 1 --", "SELECT 2")),
                new Case("lower-case compound statement", MYSQL,
                        "create procedure p() begin if true then select 1; end if; end; select 2",
                        List.of("create procedure p() begin if true then select 1; end if; end", "select 2")),
                new Case("CASE statement with a nested BEGIN", MYSQL,
                        "CREATE PROCEDURE p(x INT) BEGIN CASE x WHEN 1 THEN BEGIN SELECT 1; END; ELSE SELECT 2; END CASE; END; SELECT 3",
                        List.of("CREATE PROCEDURE p(x INT) BEGIN CASE x WHEN 1 THEN BEGIN SELECT 1; END; ELSE SELECT 2; END CASE; END",
                                "SELECT 3")),
                new Case("columns named begin and end open and close nothing", MYSQL,
                        "CREATE PROCEDURE p(begin INT) BEGIN SELECT begin, end FROM t; SET x = begin; END; SELECT 2",
                        List.of("CREATE PROCEDURE p(begin INT) BEGIN SELECT begin, end FROM t; SET x = begin; END", "SELECT 2")),
                new Case("a handler's BEGIN after an error code", MYSQL,
                        "CREATE PROCEDURE p() BEGIN DECLARE EXIT HANDLER FOR 1062, SQLSTATE '23000' BEGIN SELECT 1; END; SELECT 2; END; SELECT 3",
                        List.of("CREATE PROCEDURE p() BEGIN DECLARE EXIT HANDLER FOR 1062, SQLSTATE '23000' BEGIN SELECT 1; END; SELECT 2; END",
                                "SELECT 3")),
                new Case("CREATE of anything else has no body", MYSQL,
                        "CREATE TABLE t (x INT); BEGIN; SELECT 1", List.of("CREATE TABLE t (x INT)", "BEGIN", "SELECT 1")),
                new Case("brackets are identifiers", SQLITE,
                        "SELECT [a;b] FROM t; SELECT 2", List.of("SELECT [a;b] FROM t", "SELECT 2")),
                new Case("only a trigger has a body", SQLITE,
                        "CREATE TABLE begin_end (x); BEGIN; END", List.of("CREATE TABLE begin_end (x)", "BEGIN", "END")),
                new Case("double slash is a comment", H2,
                        "// c;\nSELECT 1 // d;\n; SELECT 2", List.of("SELECT 1 // d;", "SELECT 2")),
                new Case("single dollar is no quote", H2,
                        "SELECT $1; SELECT 2", List.of("SELECT $1", "SELECT 2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void split_followsTheDialectRule(Case rule) {
        assertThat(rule.splitter().split(rule.script())).extracting(SqlStatement::sql).isEqualTo(rule.expected());
    }
}
