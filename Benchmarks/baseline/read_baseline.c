/* The C baseline of the end-to-end benchmark's read-bound commands (`make bench`, see
 * Benchmarks/README.md): the same answers read from the same store with the raw sqlite3 API,
 * and for the cohort workbook the same *Données* cells written with libxlsxwriter in
 * constant-memory mode.
 *
 * usage:
 *   read_baseline org DB SLUG
 *       every answer of one organisation (what `score ORG` and `report org` read);
 *   read_baseline cohort DB COHORT
 *       the cohort's assessments as `cohort show` chooses them (per member, session and grid, the
 *       latest complete assessment dated within the session's window), then every answer of
 *       each (one prepared statement per assessment, in the order of the Données sheet);
 *   read_baseline cohort-workbook DB COHORT GRIDS_TSV OUT.xlsx
 *       the same read, then the Données sheet: one row per chosen assessment × criterion of its
 *       grid's newest version (GRIDS_TSV, in grid order), ordered by grid, organisation slug and
 *       session; valeur = consensus when recorded, else the mean of the respondents' values
 *       (level; the good yes/no answer = 1, the other 0; a number's band level; « non
 *       applicable », text and indicators excluded), for a fact the first value given (by
 *       respondent position: imports write respondents in position order, so ordering by id
 *       gives it without a sort; répondants then counts it and the different values given after);
 *       score = valeur / maximum × 100; répondants = respondents who gave a value. Answers are
 *       matched by criterion id: an assessment on an older version is not carried through the
 *       migrations (its split or merged criteria stay blank), the only difference with ours.
 *
 * prints `key value` lines: seconds (from opening the store to the closed file), assessments
 * (chosen), assessment_id_sum, answers (rows read), level_sum, number_sum, then for the
 * workbook rows, value_sum, score_sum, respondents_sum, sheets; peak_mib.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

#include "donnees_sheet.h"

#define MAX_CRITERIA 64
#define MAX_GRIDS 32
#define MAX_BANDS 12

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void check(int rc, sqlite3 *db, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static char *copy(const unsigned char *text) { return strdup(text ? (const char *)text : ""); }

/* One criterion of a grid's newest version. */
typedef struct {
    char id[64], dimension[64], kind[16];
    double maximum;
    int scored, fact, yes_good, band_count;
    /* Each band's interval: a limit is used when has_low/has_high, included when low_in/high_in. */
    double band_low[MAX_BANDS], band_high[MAX_BANDS];
    int has_low[MAX_BANDS], low_in[MAX_BANDS], has_high[MAX_BANDS], high_in[MAX_BANDS], band_level[MAX_BANDS];
} criterion;

typedef struct {
    char id[64], version[16];
    int count;
    criterion criteria[MAX_CRITERIA];
} grid;

static grid grids[MAX_GRIDS];
static int grid_count;

static void load_grids(const char *path) {
    FILE *file = fopen(path, "r");
    if (!file) { perror(path); exit(1); }
    char line[4096];
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\n")] = 0;
        char *fields[10];
        int n = 0;
        for (char *field = strtok(line, "\t"); field && n < 10; field = strtok(NULL, "\t")) fields[n++] = field;
        if (n != 10) { fprintf(stderr, "%s: 10 fields expected\n", path); exit(1); }
        grid *g = grid_count ? &grids[grid_count - 1] : NULL;
        if (!g || strcmp(g->id, fields[0]) != 0) {
            g = &grids[grid_count++];
            snprintf(g->id, sizeof g->id, "%s", fields[0]);
            snprintf(g->version, sizeof g->version, "%s", fields[1]);
        }
        criterion *c = &g->criteria[g->count++];
        snprintf(c->dimension, sizeof c->dimension, "%s", fields[2]);
        snprintf(c->id, sizeof c->id, "%s", fields[3]);
        snprintf(c->kind, sizeof c->kind, "%s", fields[4]);
        c->maximum = atof(fields[5]);
        c->scored = atoi(fields[6]);
        c->fact = atoi(fields[8]);
        c->yes_good = atoi(fields[9]);
        c->band_count = 0;
        if (strcmp(fields[7], "-") != 0) {
            /* low:low_included:high:high_included:level, a limit empty when open. */
            for (char *band = strtok(fields[7], ","); band; band = strtok(NULL, ",")) {
                int b = c->band_count++;
                char *part[5];
                for (int i = 0; i < 5; i++) { part[i] = band; band = strchr(band, ':'); if (band) *band++ = 0; else band = ""; }
                c->has_low[b] = *part[0] != 0; c->band_low[b] = atof(part[0]); c->low_in[b] = atoi(part[1]);
                c->has_high[b] = *part[2] != 0; c->band_high[b] = atof(part[2]); c->high_in[b] = atoi(part[3]);
                c->band_level[b] = atoi(part[4]);
            }
        }
    }
    fclose(file);
}

static grid *find_grid(const char *id) {
    for (int i = 0; i < grid_count; i++) if (strcmp(grids[i].id, id) == 0) return &grids[i];
    return NULL;
}

static int find_criterion(const grid *g, const char *id) {
    for (int i = 0; i < g->count; i++) if (strcmp(g->criteria[i].id, id) == 0) return i;
    return -1;
}

/* A number's level: that of the band holding it; 0 when it gives none. */
static int band_level(const criterion *c, double number, double *level) {
    for (int i = 0; i < c->band_count; i++) {
        if (c->has_low[i] && (number < c->band_low[i] || (number == c->band_low[i] && !c->low_in[i]))) continue;
        if (c->has_high[i] && (number > c->band_high[i] || (number == c->band_high[i] && !c->high_in[i]))) continue;
        *level = c->band_level[i];
        return 1;
    }
    return 0;
}

/* The columns of a stored answer, from `level_column` on: level, yes_no, number, not_applicable. */
enum { LEVEL, YES_NO, NUMBER, NOT_APPLICABLE };

/* The value of a stored answer for `c` in level units; 0 when it gives none. */
static int value_of(const criterion *c, sqlite3_stmt *q, int level_column, double *value) {
    if (sqlite3_column_int(q, level_column + NOT_APPLICABLE)) return 0;
    if (strcmp(c->kind, "number") == 0) {
        if (!c->scored || sqlite3_column_type(q, level_column + NUMBER) == SQLITE_NULL) return 0;
        return band_level(c, sqlite3_column_double(q, level_column + NUMBER), value);
    }
    if (strcmp(c->kind, "yes_no") == 0) {
        if (sqlite3_column_type(q, level_column + YES_NO) == SQLITE_NULL) return 0;
        int yes = sqlite3_column_int(q, level_column + YES_NO);
        *value = c->yes_good ? yes : 1 - yes;
        return 1;
    }
    if (strcmp(c->kind, "text") == 0 || sqlite3_column_type(q, level_column + LEVEL) == SQLITE_NULL) return 0;
    *value = sqlite3_column_int(q, level_column + LEVEL);
    return 1;
}

/* What an answer gives, to tell a fact's later values from its first: 0 none, 1 not applicable,
 * 2 a level, 3 yes/no, 4 a number, 5 a text. */
static int raw_of(sqlite3_stmt *q, int level_column, double *raw) {
    if (sqlite3_column_int(q, level_column + NOT_APPLICABLE)) { *raw = 0; return 1; }
    for (int column = LEVEL; column <= NUMBER; column++) {
        if (sqlite3_column_type(q, level_column + column) != SQLITE_NULL) {
            *raw = sqlite3_column_double(q, level_column + column);
            return 2 + column;
        }
    }
    return 0;
}

/* A chosen assessment. */
typedef struct {
    sqlite3_int64 id;
    char *name, *grid, *session, *date;
} chosen;

static const char *CHOOSE =
    "WITH candidates AS ("
    " SELECT a.id, o.slug, o.name, s.referentiel_id AS grid, cs.position, cs.label, a.date,"
    "  ROW_NUMBER() OVER (PARTITION BY o.id, s.referentiel_id, cs.position ORDER BY a.date DESC, a.id DESC) AS rank"
    " FROM cohort c JOIN cohort_member m ON m.cohort_id = c.id JOIN organisation o ON o.id = m.organisation_id"
    " JOIN assessment a ON a.organisation_id = o.id AND a.status = 'complete'"
    " JOIN referentiel_snapshot s ON s.id = a.snapshot_id"
    " JOIN cohort_session cs ON cs.cohort_id = c.id AND a.date BETWEEN cs.window_start AND cs.window_end"
    " WHERE c.name = ?)"
    " SELECT id, name, grid, label, date FROM candidates WHERE rank = 1 ORDER BY grid, slug, position";

static const char *ANSWERS =
    "SELECT an.criterion_id, an.level, an.yes_no, an.number, an.not_applicable, an.text IS NOT NULL, an.respondent_id"
    " FROM respondent r JOIN answer an ON an.respondent_id = r.id WHERE r.assessment_id = ? ORDER BY r.id";
static const char *CONSENSUS = "SELECT criterion_id, level, yes_no, number, not_applicable FROM consensus_answer WHERE assessment_id = ?";

static void print_peak(double seconds) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("seconds %.6f\npeak_mib %.1f\n", seconds, usage.ru_maxrss / 1024.0);
}

static int read_organisation(const char *path, const char *slug) {
    double start = now();
    sqlite3 *db;
    check(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), db, "open");
    sqlite3_stmt *q;
    check(sqlite3_prepare_v2(db,
        "SELECT a.id, an.criterion_id, an.level, an.number, an.not_applicable, an.text, an.comment, an.yes_no"
        " FROM organisation o JOIN assessment a ON a.organisation_id = o.id JOIN respondent r ON r.assessment_id = a.id"
        " JOIN answer an ON an.respondent_id = r.id WHERE o.slug = ? ORDER BY a.date, a.id, r.position", -1, &q, NULL), db, "prepare");
    sqlite3_bind_text(q, 1, slug, -1, SQLITE_STATIC);
    long long answers = 0, level_sum = 0;
    double number_sum = 0;
    sqlite3_int64 last = -1, id_sum = 0, assessments = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(q, 0);
        if (id != last) { assessments++; id_sum += id; last = id; }
        answers++;
        level_sum += sqlite3_column_int(q, 2) + sqlite3_column_int(q, 7);
        number_sum += sqlite3_column_double(q, 3);
        (void)sqlite3_column_text(q, 1);
        (void)sqlite3_column_text(q, 5);
        (void)sqlite3_column_text(q, 6);
    }
    check(rc, db, "step");
    sqlite3_finalize(q);
    sqlite3_close(db);
    double seconds = now() - start;
    printf("assessments %lld\nassessment_id_sum %lld\nanswers %lld\nlevel_sum %lld\nnumber_sum %.1f\n", (long long)assessments,
           (long long)id_sum, answers, level_sum, number_sum);
    print_peak(seconds);
    return 0;
}

static int read_cohort(const char *path, const char *cohort, const char *grids_path, const char *out) {
    if (grids_path) load_grids(grids_path);
    double start = now();
    sqlite3 *db;
    check(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), db, "open");
    sqlite3_stmt *choose, *answers, *consensus;
    check(sqlite3_prepare_v2(db, CHOOSE, -1, &choose, NULL), db, "prepare choose");
    check(sqlite3_prepare_v2(db, ANSWERS, -1, &answers, NULL), db, "prepare answers");
    check(sqlite3_prepare_v2(db, CONSENSUS, -1, &consensus, NULL), db, "prepare consensus");
    sqlite3_bind_text(choose, 1, cohort, -1, SQLITE_STATIC);
    size_t count = 0, capacity = 1024;
    chosen *list = malloc(capacity * sizeof *list);
    int rc;
    while ((rc = sqlite3_step(choose)) == SQLITE_ROW) {
        if (count == capacity) list = realloc(list, (capacity *= 2) * sizeof *list);
        list[count++] = (chosen){sqlite3_column_int64(choose, 0), copy(sqlite3_column_text(choose, 1)), copy(sqlite3_column_text(choose, 2)),
                                 copy(sqlite3_column_text(choose, 3)), copy(sqlite3_column_text(choose, 4))};
    }
    check(rc, db, "choose");

    lxw_workbook *workbook = NULL;
    lxw_worksheet *sheet = NULL;
    donnees_formats formats;
    if (out) {
        lxw_workbook_options options = {.constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE};
        workbook = workbook_new_opt(out, &options);
        if (!workbook) { fprintf(stderr, "workbook_new %s\n", out); return 1; }
        formats = donnees_add_formats(workbook);
        sheet = donnees_new_sheet(workbook, 0, &formats);
    }
    long long answer_rows = 0, level_sum = 0, rows = 0, respondents_sum = 0;
    double number_sum = 0, value_sum = 0, score_sum = 0;
    sqlite3_int64 id_sum = 0;
    int sheet_index = 0;
    lxw_row_t row = 0;
    double sum[MAX_CRITERIA], agreed[MAX_CRITERIA], first_raw[MAX_CRITERIA];
    int n[MAX_CRITERIA], has_agreed[MAX_CRITERIA], first_kind[MAX_CRITERIA], has_first[MAX_CRITERIA];
    for (size_t i = 0; i < count; i++) {
        const chosen *a = &list[i];
        id_sum += a->id;
        grid *g = out ? find_grid(a->grid) : NULL;
        if (out && !g) { fprintf(stderr, "grid %s missing from %s\n", a->grid, grids_path); return 1; }
        if (g) {
            memset(sum, 0, sizeof sum);
            memset(n, 0, sizeof n);
            memset(has_agreed, 0, sizeof has_agreed);
            memset(first_kind, 0, sizeof first_kind);
            memset(has_first, 0, sizeof has_first);
        }
        sqlite3_bind_int64(answers, 1, a->id);
        while ((rc = sqlite3_step(answers)) == SQLITE_ROW) {
            answer_rows++;
            level_sum += sqlite3_column_int(answers, 1) + sqlite3_column_int(answers, 2);
            number_sum += sqlite3_column_double(answers, 3);
            if (!g) continue;
            int k = find_criterion(g, (const char *)sqlite3_column_text(answers, 0));
            if (k < 0) continue;
            const criterion *c = &g->criteria[k];
            double value;
            if (c->fact) {
                /* A fact: the first value given counts; a different value given after is a
                 * divergence, counted among the values (répondants), never averaged. */
                double raw;
                int kind = raw_of(answers, 1, &raw);
                if (!kind && sqlite3_column_int(answers, 5)) { kind = 5; raw = 0; }
                if (!kind) continue;
                if (!first_kind[k]) {
                    first_kind[k] = kind;
                    first_raw[k] = raw;
                    if (value_of(c, answers, 1, &value)) { sum[k] = value; n[k] = 1; has_first[k] = 1; }
                } else if (kind != first_kind[k] || raw != first_raw[k] || kind == 5) {
                    if (value_of(c, answers, 1, &value)) n[k]++;
                }
                continue;
            }
            if (value_of(c, answers, 1, &value)) { sum[k] += value; n[k]++; }
        }
        check(rc, db, "answers");
        sqlite3_reset(answers);
        sqlite3_bind_int64(consensus, 1, a->id);
        while ((rc = sqlite3_step(consensus)) == SQLITE_ROW) {
            answer_rows++;
            if (!g) continue;
            int k = find_criterion(g, (const char *)sqlite3_column_text(consensus, 0));
            if (k < 0) continue;
            has_agreed[k] = 1;
            if (!value_of(&g->criteria[k], consensus, 1, &agreed[k])) has_agreed[k] = -1; /* agreed « non applicable » */
            if (g->criteria[k].fact) n[k] = has_agreed[k] == 1; /* a fact agreed: its one value */
        }
        check(rc, db, "consensus");
        sqlite3_reset(consensus);
        if (!g) continue;
        int year = 0, month = 0, day = 0;
        sscanf(a->date, "%d-%d-%d", &year, &month, &day);
        lxw_datetime date = {.year = year, .month = month, .day = day};
        for (int k = 0; k < g->count; k++) {
            const criterion *c = &g->criteria[k];
            if (row == DONNEES_ROWS_PER_SHEET) {
                donnees_check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
                sheet = donnees_new_sheet(workbook, ++sheet_index, &formats);
                row = 0;
            }
            row++;
            rows++;
            donnees_check(worksheet_write_string(sheet, row, 0, a->name, NULL), "organisation");
            donnees_check(worksheet_write_string(sheet, row, 1, a->session, NULL), "session");
            donnees_check(worksheet_write_datetime(sheet, row, 2, &date, formats.date), "date");
            donnees_check(worksheet_write_string(sheet, row, 3, g->id, NULL), "référentiel");
            donnees_check(worksheet_write_string(sheet, row, 4, g->version, NULL), "version");
            donnees_check(worksheet_write_string(sheet, row, 5, c->dimension, NULL), "dimension");
            donnees_check(worksheet_write_string(sheet, row, 6, c->id, NULL), "critère");
            int has_value = 0;
            double value = 0;
            if (has_agreed[k] == 1) { value = agreed[k]; has_value = 1; }
            else if (has_agreed[k] == 0 && c->fact) { value = sum[k]; has_value = has_first[k]; }
            else if (has_agreed[k] == 0 && n[k] > 0) { value = sum[k] / n[k]; has_value = 1; }
            if (has_value && c->scored) {
                double score = value / c->maximum * 100;
                donnees_check(worksheet_write_number(sheet, row, 7, value, formats.decimal), "valeur");
                donnees_check(worksheet_write_number(sheet, row, 8, score, formats.decimal), "score");
                value_sum += value;
                score_sum += score;
            }
            donnees_check(worksheet_write_number(sheet, row, 9, n[k], NULL), "répondants");
            respondents_sum += n[k];
        }
    }
    if (workbook) {
        donnees_check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
        donnees_check(workbook_close(workbook), "workbook_close");
    }
    sqlite3_finalize(choose);
    sqlite3_finalize(answers);
    sqlite3_finalize(consensus);
    sqlite3_close(db);
    double seconds = now() - start;
    printf("assessments %zu\nassessment_id_sum %lld\nanswers %lld\nlevel_sum %lld\nnumber_sum %.1f\n", count, (long long)id_sum,
           answer_rows, level_sum, number_sum);
    if (out) printf("rows %lld\nvalue_sum %.3f\nscore_sum %.3f\nrespondents_sum %lld\nsheets %d\n", rows, value_sum, score_sum,
                    respondents_sum, sheet_index + 1);
    print_peak(seconds);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 4 && strcmp(argv[1], "org") == 0) return read_organisation(argv[2], argv[3]);
    if (argc == 4 && strcmp(argv[1], "cohort") == 0) return read_cohort(argv[2], argv[3], NULL, NULL);
    if (argc == 6 && strcmp(argv[1], "cohort-workbook") == 0) return read_cohort(argv[2], argv[3], argv[4], argv[5]);
    fprintf(stderr, "usage: %s org DB SLUG | cohort DB COHORT | cohort-workbook DB COHORT GRIDS_TSV OUT.xlsx\n", argv[0]);
    return 2;
}
