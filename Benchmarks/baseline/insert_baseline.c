/* The C baseline of `make bench`: the same rows as our import, inserted with the raw sqlite3
 * API, one reused prepared statement per table, one transaction, into a copy of the same
 * database (same schema, same PRAGMAs as the store: WAL, synchronous=NORMAL, foreign_keys=ON).
 *
 * usage: insert_baseline DB COUNT DIMENSIONS CRITERIA SEED
 * prints: seconds S / rows N / level_sum N / peak_mib M
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static uint64_t state;
static uint64_t next(void) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void check(int rc, sqlite3 *db, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: %s DB COUNT DIMENSIONS CRITERIA SEED\n", argv[0]); return 2; }
    int count = atoi(argv[2]), dimensions = atoi(argv[3]), criteria = atoi(argv[4]);
    state = strtoull(argv[5], NULL, 10);
    sqlite3 *db;
    check(sqlite3_open(argv[1], &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", 0, 0, 0), db, "pragma");
    sqlite3_int64 org = 0, snapshot = 0;
    sqlite3_stmt *q;
    check(sqlite3_prepare_v2(db, "SELECT (SELECT id FROM organisation WHERE slug='bench-org'), (SELECT id FROM referentiel_snapshot WHERE referentiel_id='bench')", -1, &q, 0), db, "prepare");
    check(sqlite3_step(q), db, "lookup");
    org = sqlite3_column_int64(q, 0);
    snapshot = sqlite3_column_int64(q, 1);
    sqlite3_finalize(q);

    /* Criterion ids, built before timing like the Swift side builds its batch. */
    char (*ids)[16] = malloc((size_t)dimensions * criteria * 16);
    for (int d = 0; d < dimensions; d++)
        for (int c = 0; c < criteria; c++) snprintf(ids[d * criteria + c], 16, "d%02d.c%02d", d, c);

    double start = now();
    sqlite3_stmt *insert_assessment, *insert_respondent, *insert_answer;
    check(sqlite3_prepare_v2(db, "INSERT INTO assessment (organisation_id, snapshot_id, date, label, status, created_at) VALUES (?, ?, ?, ?, ?, ?)", -1, &insert_assessment, 0), db, "prepare assessment");
    check(sqlite3_prepare_v2(db, "INSERT INTO respondent (assessment_id, position, role, name) VALUES (?, ?, ?, ?)", -1, &insert_respondent, 0), db, "prepare respondent");
    check(sqlite3_prepare_v2(db, "INSERT INTO answer (respondent_id, criterion_id, level, number, text, not_applicable, comment, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert_answer, 0), db, "prepare answer");
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0), db, "begin");
    char label[32];
    long long level_sum = 0, rows = 0;
    for (int i = 0; i < count; i++) {
        snprintf(label, sizeof label, "a%d", i);
        sqlite3_bind_int64(insert_assessment, 1, org);
        sqlite3_bind_int64(insert_assessment, 2, snapshot);
        sqlite3_bind_text(insert_assessment, 3, "2024-01-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert_assessment, 4, label, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert_assessment, 5, "complete", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert_assessment, 6, "2024-01-01T00:00:00Z", -1, SQLITE_STATIC);
        check(sqlite3_step(insert_assessment), db, "insert assessment");
        sqlite3_reset(insert_assessment);
        sqlite3_int64 assessment = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(insert_respondent, 1, assessment);
        sqlite3_bind_int(insert_respondent, 2, 0);
        sqlite3_bind_text(insert_respondent, 3, "salarie", -1, SQLITE_STATIC);
        sqlite3_bind_null(insert_respondent, 4);
        check(sqlite3_step(insert_respondent), db, "insert respondent");
        sqlite3_reset(insert_respondent);
        sqlite3_int64 respondent = sqlite3_last_insert_rowid(db);
        for (int k = 0; k < dimensions * criteria; k++) {
            int level = (int)(next() % 5);
            sqlite3_bind_int64(insert_answer, 1, respondent);
            sqlite3_bind_text(insert_answer, 2, ids[k], -1, SQLITE_STATIC);
            sqlite3_bind_int(insert_answer, 3, level);
            sqlite3_bind_null(insert_answer, 4);
            sqlite3_bind_null(insert_answer, 5);
            sqlite3_bind_int(insert_answer, 6, 0);
            sqlite3_bind_null(insert_answer, 7);
            sqlite3_bind_null(insert_answer, 8);
            check(sqlite3_step(insert_answer), db, "insert answer");
            sqlite3_reset(insert_answer);
            level_sum += level;
            rows++;
        }
    }
    check(sqlite3_exec(db, "COMMIT", 0, 0, 0), db, "commit");
    double elapsed = now() - start;
    sqlite3_finalize(insert_assessment);
    sqlite3_finalize(insert_respondent);
    sqlite3_finalize(insert_answer);
    sqlite3_close(db);
    free(ids);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("seconds %.6f\nrows %lld\nlevel_sum %lld\npeak_mib %.1f\n", elapsed, rows, level_sum, usage.ru_maxrss / 1024.0);
    return 0;
}
