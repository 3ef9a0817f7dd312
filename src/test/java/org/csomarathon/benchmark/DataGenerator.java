package org.csomarathon.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a size of data into the configured database in bulk — every table filled by a few
 * {@code INSERT … SELECT} statements over MariaDB's sequence tables — deterministic from the seed
 * (every choice is a CRC32 of the seed and a natural key, never of a generated id). The cohorts take
 * the years before the earliest cohort in the database (the demo's, laid out around today); the
 * accounts sign in with the demo password.
 *
 * <p>People: participants {@code bench.p1…} (the first {@code participants} of them are admitted
 * and in teams; the rest applied and were not), experts {@code bench.e1…} and application reviewers
 * {@code bench.r1…}, all {@code @bench.example.org}. Each team hands in every assignment once or
 * twice: a single version is accepted, a first of two was returned for revision and the second waits
 * for its expert.
 */
public final class DataGenerator {

    static final String DOMAIN = "@bench.example.org";

    private final Connection db;
    private final Size size;

    public DataGenerator(Connection db, Size size) {
        this.db = db;
        this.size = size;
    }

    public static String participant(int n) {
        return "bench.p" + n + DOMAIN;
    }

    /** Fills the database; the row counts of what was made, by table. */
    public Map<String, Long> generate(long seed) throws SQLException {
        int participants = size.participants();
        int people = participants + size.otherApplicants();
        int organisations = (people + 2) / 3;
        try (Statement s = db.createStatement()) {
            long lastYear = count(s, "SELECT COALESCE(MIN(year), 0) FROM cohort") - 1;
            if (lastYear < 0) {
                throw new IllegalStateException("The database holds no cohort: generate after the demo is loaded.");
            }
            s.execute("SET @seed = " + seed);
            s.execute("SET @last_year = " + lastYear);
            s.execute("SET @first_year = " + (lastYear - size.cohorts + 1));
            s.execute("SET @ppc = " + size.participantsPerCohort());
            s.execute("SET @members = " + size.membersPerTeam);
            s.execute("SET @participants = " + participants);
            s.execute("SET @others = " + size.otherApplicantsPerCohort);
            s.execute("SET @experts = " + size.experts);
            s.execute("SET @reviewers = " + size.reviewers);
            s.execute("SET @now = UTC_TIMESTAMP(6)");
            s.execute("SET @hash = (SELECT password_hash FROM account WHERE email = 'coordinator@example.org')");
            s.execute("SET @coordinator = (SELECT id FROM account WHERE email = 'coordinator@example.org')");
            s.execute("SET @rubric = (SELECT MIN(id) FROM rubric)");
            if (count(s, "SELECT @hash IS NULL") == 1) {
                throw new IllegalStateException("The demo data is missing (coordinator@example.org): start with demo data.");
            }
            for (String sql : statements(people, organisations, participants)) {
                s.execute(sql);
            }
            Map<String, Long> made = new LinkedHashMap<>();
            for (String table : List.of("organisation", "account", "cohort", "team", "team_membership", "assignment",
                    "submission", "submission_version", "review", "meeting_attendance", "application", "application_review")) {
                made.put(table, count(s, "SELECT COUNT(*) FROM " + table));
            }
            return made;
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String h(String what, String key) {
        return "CRC32(CONCAT(@seed, ':" + what + ":', " + key + "))";
    }

    private List<String> statements(int people, int organisations, int participants) {
        String generated = "c.year BETWEEN @first_year AND @last_year";
        String versions = "1 + " + h("versions", "CONCAT(b.nkey, a.title)") + " MOD 2";
        return List.of(
                "CREATE TEMPORARY TABLE bench_region (k INT PRIMARY KEY, code CHAR(2), time_zone VARCHAR(40)) "
                        + "SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS k, code, time_zone FROM region "
                        + "WHERE code NOT IN ('77', '50')",
                "SET @regions = (SELECT COUNT(*) FROM bench_region)",
                // Organisations: registry-shaped numbers that no real organisation has (OGRN 9…, INN 99…).
                "INSERT INTO organisation (name, ogrn, inn, region_code, website, created_at) "
                        + "SELECT CONCAT('АНО «Гражданская сеть ', seq, '»'), CONCAT('9', LPAD(seq, 12, '0')), "
                        + "CONCAT('99', LPAD(seq, 8, '0')), r.code, CONCAT('https://ngo', seq, '.example.org'), @now "
                        + "FROM seq_1_to_" + organisations + " JOIN bench_region r ON r.k = " + h("org", "seq") + " MOD @regions",
                "INSERT INTO account (email, full_name, password_hash, language, time_zone, organisation_id, position, "
                        + "enabled, created_at, version) "
                        + "SELECT CONCAT('bench.p', s.seq, '" + DOMAIN + "'), CONCAT(ELT(1 + " + h("first", "s.seq")
                        + " MOD 10, 'Анна', 'Борис', 'Вера', 'Глеб', 'Дина', 'Егор', 'Жанна', 'Илья', 'Кира', 'Лев'), ' ', "
                        + "ELT(1 + " + h("last", "s.seq") + " MOD 10, 'Ким', 'Шевчук', 'Коваленко', 'Мельник', 'Ткаченко', "
                        + "'Кравец', 'Бондаренко', 'Лях', 'Штерн', 'Гросс'), ' ', s.seq), @hash, 'ru', r.time_zone, o.id, "
                        + "'Специалист по коммуникациям', TRUE, @now, 0 FROM seq_1_to_" + people + " s "
                        + "JOIN organisation o ON o.ogrn = CONCAT('9', LPAD(1 + (s.seq - 1) DIV 3, 12, '0')) "
                        + "JOIN region r ON r.code = o.region_code",
                staff("bench.e", "Эксперт", size.experts),
                staff("bench.r", "Рецензент", size.reviewers),
                role("PARTICIPANT", "bench.p", participants),
                role("APPLICANT", "bench.p", people),
                role("EXPERT", "bench.e", size.experts),
                role("REVIEWER", "bench.r", size.reviewers),
                "INSERT INTO cohort (year, name, time_zone, webinar_at, application_deadline, results_by, stage1_start, "
                        + "stage1_end, stage2_start, stage2_end, min_participants, stage2_seats, required_attendance_percent, version) "
                        + "SELECT y, CONCAT('Стажировка по коммуникациям для НКО — ', y), 'Europe/Moscow', "
                        + "CONCAT(y, '-03-05 09:00:00'), CONCAT(y, '-03-10 20:59:00'), CONCAT(y, '-03-18'), CONCAT(y, '-03-30'), "
                        + "CONCAT(y, '-05-10'), CONCAT(y, '-06-01'), CONCAT(y, '-06-05'), 30, 10, 50, 0 "
                        + "FROM (SELECT @first_year + seq - 1 AS y FROM seq_1_to_" + size.cohorts + ") years",
                "INSERT INTO selection_terms (cohort_id, weight_development, weight_transparency, weight_motivation, "
                        + "weight_plans, weight_commitment, involvement_bonus, results_published_at, version) "
                        + "SELECT c.id, 20, 20, 20, 20, 20, 0.50, TIMESTAMP(c.results_by), 0 FROM cohort c WHERE " + generated,
                "INSERT INTO weekly_module (cohort_id, number, title, description, opens_at, version) "
                        + "SELECT c.id, m.seq, CONCAT('Модуль ', m.seq), 'Материалы и задания недели.', "
                        + "TIMESTAMP(c.stage1_start) + INTERVAL (m.seq - 1) * 7 DAY + INTERVAL 6 HOUR, 0 "
                        + "FROM cohort c JOIN seq_1_to_" + Size.MODULES + " m WHERE " + generated,
                "INSERT INTO assignment (module_id, title, instructions, opens_at, due_at, cut_off_at, required, file_types, "
                        + "max_file_mb, text_allowed, links_allowed, rubric_id, created_at, version) "
                        + "SELECT m.id, CONCAT('Задание ', m.number, '.', k.seq), 'Опишите, что сделала команда и что получилось.', "
                        + "m.opens_at, m.opens_at + INTERVAL 5 DAY + INTERVAL 14 HOUR, m.opens_at + INTERVAL 7 DAY, k.seq = 1, "
                        + "'DOCX,PDF', 20, TRUE, TRUE, @rubric, @now, 0 "
                        + "FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id JOIN seq_1_to_"
                        + Size.ASSIGNMENTS_PER_MODULE + " k WHERE " + generated,
                "INSERT INTO team (cohort_id, name, created_at) SELECT c.id, CONCAT('Команда ', LPAD(t.seq, 3, '0')), "
                        + "TIMESTAMP(c.stage1_start) - INTERVAL 3 DAY FROM cohort c JOIN seq_1_to_" + size.teamsPerCohort
                        + " t WHERE " + generated,
                "INSERT INTO team_membership (team_id, account_id, joined_at, left_at) "
                        + "SELECT t.id, a.id, t.created_at, NULL FROM seq_1_to_" + participants + " s "
                        + "JOIN account a ON a.email = CONCAT('bench.p', s.seq, '" + DOMAIN + "') "
                        + "JOIN cohort c ON c.year = @first_year + (s.seq - 1) DIV @ppc "
                        + "JOIN team t ON t.cohort_id = c.id "
                        + "AND t.name = CONCAT('Команда ', LPAD(1 + ((s.seq - 1) MOD @ppc) DIV @members, 3, '0'))",
                "INSERT INTO cohort_participant (cohort_id, account_id, admitted_at) "
                        + "SELECT t.cohort_id, m.account_id, m.joined_at FROM team_membership m JOIN team t ON t.id = m.team_id "
                        + "JOIN cohort c ON c.id = t.cohort_id WHERE " + generated,
                "CREATE TEMPORARY TABLE bench_team (team_id BIGINT PRIMARY KEY, cohort_id BIGINT, first_member BIGINT, "
                        + "expert_id BIGINT, nkey VARCHAR(100)) "
                        + "SELECT t.id AS team_id, t.cohort_id, MIN(m.account_id) AS first_member, e.id AS expert_id, "
                        + "CONCAT(c.year, t.name) AS nkey FROM team t JOIN cohort c ON c.id = t.cohort_id "
                        + "JOIN team_membership m ON m.team_id = t.id "
                        + "JOIN account e ON e.email = CONCAT('bench.e', 1 + " + h("expert", "CONCAT(c.year, t.name)")
                        + " MOD @experts, '" + DOMAIN + "') WHERE " + generated + " GROUP BY t.id, t.cohort_id, e.id, c.year, t.name",
                "INSERT INTO expert_allocation (team_id, assignment_id, expert_id, allocated_by, allocated_at) "
                        + "SELECT team_id, NULL, expert_id, @coordinator, @now FROM bench_team",
                "INSERT INTO expert_meeting (module_id, starts_at, duration_minutes, expert_id, link, version) "
                        + "SELECT m.id, m.opens_at + INTERVAL 3 DAY + INTERVAL 6 HOUR, 60, e.id, 'https://meet.example.org/bench', 0 "
                        + "FROM weekly_module m JOIN cohort c ON c.id = m.cohort_id "
                        + "JOIN account e ON e.email = CONCAT('bench.e', 1 + " + h("meeting", "CONCAT(c.year, m.number)")
                        + " MOD @experts, '" + DOMAIN + "') WHERE " + generated,
                "INSERT INTO meeting_attendance (meeting_id, account_id, marked_by, marked_at) "
                        + "SELECT em.id, p.account_id, em.expert_id, em.starts_at + INTERVAL 1 HOUR FROM expert_meeting em "
                        + "JOIN weekly_module m ON m.id = em.module_id JOIN cohort c ON c.id = m.cohort_id "
                        + "JOIN cohort_participant p ON p.cohort_id = c.id WHERE " + generated + " AND "
                        + h("present", "CONCAT(em.id, ':', p.account_id)") + " MOD 10 < 7",
                "INSERT INTO submission (assignment_id, team_id, draft_text, draft_links, draft_saved_by, draft_saved_at, "
                        + "draft_revision, submitted_revision, versions) "
                        + "SELECT a.id, b.team_id, 'Что сделала команда за неделю.', NULL, b.first_member, "
                        + "a.due_at - INTERVAL 6 HOUR, " + versions + ", " + versions + ", " + versions + " FROM bench_team b "
                        + "JOIN weekly_module m ON m.cohort_id = b.cohort_id JOIN assignment a ON a.module_id = m.id",
                "INSERT INTO submission_version (submission_id, number, body, links, submitted_by, submitted_at, late, outcome) "
                        + "SELECT s.id, 1, 'Что сделала команда за неделю.', NULL, b.first_member, a.due_at - INTERVAL 3 DAY, FALSE, "
                        + "IF(s.versions = 2, 'NEEDS_REVISION', 'ACCEPTED') FROM submission s "
                        + "JOIN bench_team b ON b.team_id = s.team_id JOIN assignment a ON a.id = s.assignment_id",
                "INSERT INTO submission_version (submission_id, number, body, links, submitted_by, submitted_at, late, outcome) "
                        + "SELECT s.id, 2, 'Исправленная версия по отзыву эксперта.', NULL, b.first_member, "
                        + "a.due_at - INTERVAL 6 HOUR, FALSE, NULL FROM submission s "
                        + "JOIN bench_team b ON b.team_id = s.team_id JOIN assignment a ON a.id = s.assignment_id "
                        + "WHERE s.versions = 2",
                "INSERT INTO review (version_id, team_id, assignment_id, expert_id, state, created_at, version, decision, "
                        + "comment, saved_by, saved_at, released_at) "
                        + "SELECT v.id, s.team_id, s.assignment_id, b.expert_id, IF(v.number = 1, 'RELEASED', 'WAITING'), "
                        + "v.submitted_at, 0, v.outcome, IF(v.number = 1, 'Отзыв эксперта о работе.', NULL), "
                        + "IF(v.number = 1, b.expert_id, NULL), IF(v.number = 1, v.submitted_at + INTERVAL 1 DAY, NULL), "
                        + "IF(v.number = 1, v.submitted_at + INTERVAL 1 DAY, NULL) FROM submission_version v "
                        + "JOIN submission s ON s.id = v.submission_id JOIN bench_team b ON b.team_id = s.team_id",
                // Applications: every participant was admitted; the others were rejected or put on the waiting list.
                "INSERT INTO application (cohort_id, applicant_id, state, phone, position, employed, communications_duty, "
                        + "organisation_name, ogrn, inn, region_code, website, social_links, annual_report_url, motivation, plans, "
                        + "commitment, involvement, consent_at, consent_version, organisation_id, eligible, submitted_at, decision, "
                        + "decided_at, decided_by, decision_published_at, created_at, updated_at, version) "
                        + "SELECT c.id, a.id, 'SUBMITTED', '+7 900 000-00-00', a.position, TRUE, TRUE, o.name, o.ogrn, o.inn, "
                        + "o.region_code, o.website, NULL, NULL, 'Хотим, чтобы о нашей работе знали в регионе.', "
                        + "'Запустить рассылку и вести страницу организации.', 'Четыре часа в неделю.', NULL, "
                        + "c.application_deadline - INTERVAL 2 DAY, '2027-1', o.id, TRUE, "
                        + "c.application_deadline - INTERVAL (1 + " + h("sent", "s.seq") + " MOD 200) HOUR, "
                        + "IF(s.seq <= @participants, 'ADMITTED', IF(" + h("decision", "s.seq") + " MOD 3 = 0, 'WAITLISTED', 'REJECTED')), "
                        + "TIMESTAMP(c.results_by) - INTERVAL 1 DAY, @coordinator, TIMESTAMP(c.results_by), "
                        + "c.application_deadline - INTERVAL 3 DAY, c.application_deadline - INTERVAL 2 DAY, 0 "
                        + "FROM seq_1_to_" + people + " s JOIN account a ON a.email = CONCAT('bench.p', s.seq, '" + DOMAIN + "') "
                        + "JOIN organisation o ON o.id = a.organisation_id "
                        + "JOIN cohort c ON c.year = @first_year + IF(s.seq <= @participants, (s.seq - 1) DIV @ppc, "
                        + "(s.seq - @participants - 1) DIV @others)",
                "INSERT INTO application_review (application_id, reviewer_id, assigned_at, development, transparency, "
                        + "motivation, plans, commitment, comment, scored_at, version) "
                        + "SELECT ap.id, r.id, ap.submitted_at, " + score("1") + ", " + score("2") + ", " + score("3") + ", "
                        + score("4") + ", " + score("5") + ", 'Оценка рецензента.', ap.submitted_at + INTERVAL 2 DAY, 0 "
                        + "FROM application ap JOIN cohort c ON c.id = ap.cohort_id JOIN seq_1_to_2 k "
                        + "JOIN account r ON r.email = CONCAT('bench.r', 1 + (" + h("reviewer", "ap.applicant_id")
                        + " + k.seq) MOD @reviewers, '" + DOMAIN + "') WHERE " + generated);
    }

    private static String score(String criterion) {
        return h("score" + criterion, "CONCAT(ap.applicant_id, ':', k.seq)") + " MOD 6";
    }

    private static String staff(String prefix, String title, int count) {
        return "INSERT INTO account (email, full_name, password_hash, language, time_zone, organisation_id, position, "
                + "enabled, created_at, version) SELECT CONCAT('" + prefix + "', seq, '" + DOMAIN + "'), "
                + "CONCAT('" + title + " ', seq), @hash, 'ru', 'Europe/Moscow', NULL, NULL, TRUE, @now, 0 FROM seq_1_to_" + count;
    }

    private static String role(String role, String prefix, int count) {
        return "INSERT INTO account_role (account_id, role) SELECT a.id, '" + role + "' FROM seq_1_to_" + count + " s "
                + "JOIN account a ON a.email = CONCAT('" + prefix + "', s.seq, '" + DOMAIN + "')";
    }

    /** Runs one statement with parameters (used by the load run for its own set-up). */
    static int execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p.execute() ? 0 : p.getUpdateCount();
        }
    }
}
