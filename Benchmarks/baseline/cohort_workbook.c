/* The C baseline of the cohort benchmark (`make bench`): the long *Données* sheet of the cohort
 * workbook, written with libxlsxwriter in constant-memory mode, from the same synthetic cohort
 * as the Swift side (same splitmix64 generator, same seed, same order).
 *
 * One row per organisation × session × criterion, columns
 *   organisation, session, date, référentiel, version, dimension, critère, valeur, score, répondants
 * header row first (bold, white on blue), date cells `yyyy-mm-dd`, one respondent per assessment
 * (valeur = level, score = level / 4 × 100, both with the number format `0.00`; répondants = 1).
 * Organisations are named « Organisation 00000 »…, sessions T0, T1, T2 dated 2024-03-15,
 * 2025-03-15… A sheet holds at most 1,048,575 data rows; the rest goes on the next sheets
 * (« Données (2) », « Données (3) »…), each with its header.
 *
 * usage: cohort_workbook OUT.xlsx ORGANISATIONS SESSIONS DIMENSIONS CRITERIA SEED
 * prints: seconds S / rows N / level_sum N / score_sum X / respondents_sum N / sheets N / peak_mib M
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <xlsxwriter.h>

#include "donnees_sheet.h"

static uint64_t state;
static uint64_t next(void) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc != 7) { fprintf(stderr, "usage: %s OUT.xlsx ORGANISATIONS SESSIONS DIMENSIONS CRITERIA SEED\n", argv[0]); return 2; }
    int organisations = atoi(argv[2]), sessions = atoi(argv[3]), dimensions = atoi(argv[4]), criteria = atoi(argv[5]);
    state = strtoull(argv[6], NULL, 10);
    int per_assessment = dimensions * criteria;

    double start = now();
    /* Labels: criterion and dimension ids, session names and dates. */
    char (*criterion_ids)[32] = malloc((size_t)per_assessment * 32);
    char (*dimension_ids)[16] = malloc((size_t)dimensions * 16);
    for (int d = 0; d < dimensions; d++) {
        snprintf(dimension_ids[d], 16, "d%02d", d);
        for (int c = 0; c < criteria; c++) snprintf(criterion_ids[d * criteria + c], 32, "d%02d.c%02d", d, c);
    }
    char (*session_names)[16] = malloc((size_t)sessions * 16);
    lxw_datetime *dates = malloc((size_t)sessions * sizeof *dates);
    for (int s = 0; s < sessions; s++) {
        snprintf(session_names[s], 16, "T%d", s);
        dates[s] = (lxw_datetime){.year = 2024 + s, .month = 3, .day = 15};
    }

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) { fprintf(stderr, "workbook_new %s\n", argv[1]); return 1; }
    donnees_formats formats = donnees_add_formats(workbook);

    long long rows = 0, level_sum = 0, respondents_sum = 0;
    double score_sum = 0;
    int sheet_index = 0;
    lxw_worksheet *sheet = donnees_new_sheet(workbook, sheet_index, &formats);
    lxw_row_t row = 0;
    char organisation[32];
    for (int o = 0; o < organisations; o++) {
        snprintf(organisation, sizeof organisation, "Organisation %05d", o);
        for (int s = 0; s < sessions; s++) {
            for (int k = 0; k < per_assessment; k++) {
                int level = (int)(next() % 5);
                double score = level / 4.0 * 100.0;
                if (row == DONNEES_ROWS_PER_SHEET) {
                    donnees_check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
                    sheet = donnees_new_sheet(workbook, ++sheet_index, &formats);
                    row = 0;
                }
                row++;
                donnees_check(worksheet_write_string(sheet, row, 0, organisation, NULL), "organisation");
                donnees_check(worksheet_write_string(sheet, row, 1, session_names[s], NULL), "session");
                donnees_check(worksheet_write_datetime(sheet, row, 2, &dates[s], formats.date), "date");
                donnees_check(worksheet_write_string(sheet, row, 3, "bench", NULL), "référentiel");
                donnees_check(worksheet_write_string(sheet, row, 4, "1.0.0", NULL), "version");
                donnees_check(worksheet_write_string(sheet, row, 5, dimension_ids[k / criteria], NULL), "dimension");
                donnees_check(worksheet_write_string(sheet, row, 6, criterion_ids[k], NULL), "critère");
                donnees_check(worksheet_write_number(sheet, row, 7, level, formats.decimal), "valeur");
                donnees_check(worksheet_write_number(sheet, row, 8, score, formats.decimal), "score");
                donnees_check(worksheet_write_number(sheet, row, 9, 1, NULL), "répondants");
                rows++;
                level_sum += level;
                score_sum += score;
                respondents_sum += 1;
            }
        }
    }
    donnees_check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
    donnees_check(workbook_close(workbook), "workbook_close");
    double elapsed = now() - start;
    free(criterion_ids);
    free(dimension_ids);
    free(session_names);
    free(dates);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("seconds %.6f\nrows %lld\nlevel_sum %lld\nscore_sum %.1f\nrespondents_sum %lld\nsheets %d\npeak_mib %.1f\n",
           elapsed, rows, level_sum, score_sum, respondents_sum, sheet_index + 1, usage.ru_maxrss / 1024.0);
    return 0;
}
