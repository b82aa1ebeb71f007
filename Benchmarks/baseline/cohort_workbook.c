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

#define ROWS_PER_SHEET 1048575L

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

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "%s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

static const char *headers[] = {"organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"};

static lxw_worksheet *new_sheet(lxw_workbook *workbook, int index, lxw_format *header) {
    char name[32];
    if (index == 0) snprintf(name, sizeof name, "Données");
    else snprintf(name, sizeof name, "Données (%d)", index + 1);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
    if (!sheet) { fprintf(stderr, "add_worksheet %s\n", name); exit(1); }
    for (int column = 0; column < 10; column++) check(worksheet_write_string(sheet, 0, column, headers[column], header), "header");
    check(worksheet_set_column(sheet, 0, 0, 30, NULL), "set_column");
    check(worksheet_set_column(sheet, 1, 2, 11, NULL), "set_column");
    check(worksheet_set_column(sheet, 3, 6, 24, NULL), "set_column");
    check(worksheet_set_column(sheet, 7, 9, 10, NULL), "set_column");
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
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
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_font_color(header, 0xFFFFFF);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, 0x1F4E79);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_border_color(header, 0xBFBFBF);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(header);
    lxw_format *date_format = workbook_add_format(workbook);
    format_set_num_format(date_format, "yyyy-mm-dd");
    lxw_format *decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.00");

    long long rows = 0, level_sum = 0, respondents_sum = 0;
    double score_sum = 0;
    int sheet_index = 0;
    lxw_worksheet *sheet = new_sheet(workbook, sheet_index, header);
    lxw_row_t row = 0;
    char organisation[32];
    for (int o = 0; o < organisations; o++) {
        snprintf(organisation, sizeof organisation, "Organisation %05d", o);
        for (int s = 0; s < sessions; s++) {
            for (int k = 0; k < per_assessment; k++) {
                int level = (int)(next() % 5);
                double score = level / 4.0 * 100.0;
                if (row == ROWS_PER_SHEET) {
                    check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
                    sheet = new_sheet(workbook, ++sheet_index, header);
                    row = 0;
                }
                row++;
                check(worksheet_write_string(sheet, row, 0, organisation, NULL), "organisation");
                check(worksheet_write_string(sheet, row, 1, session_names[s], NULL), "session");
                check(worksheet_write_datetime(sheet, row, 2, &dates[s], date_format), "date");
                check(worksheet_write_string(sheet, row, 3, "bench", NULL), "référentiel");
                check(worksheet_write_string(sheet, row, 4, "1.0.0", NULL), "version");
                check(worksheet_write_string(sheet, row, 5, dimension_ids[k / criteria], NULL), "dimension");
                check(worksheet_write_string(sheet, row, 6, criterion_ids[k], NULL), "critère");
                check(worksheet_write_number(sheet, row, 7, level, decimal), "valeur");
                check(worksheet_write_number(sheet, row, 8, score, decimal), "score");
                check(worksheet_write_number(sheet, row, 9, 1, NULL), "répondants");
                rows++;
                level_sum += level;
                score_sum += score;
                respondents_sum += 1;
            }
        }
    }
    check(worksheet_autofilter(sheet, 0, 0, row, 9), "autofilter");
    check(workbook_close(workbook), "workbook_close");
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
