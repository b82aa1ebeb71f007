/* The *Données* sheet as the cohort workbook writes it, for the C baselines of `make bench`
 * (cohort_workbook.c, read_baseline.c): the header row (bold, white on blue), the column widths
 * and the frozen header; the formats of its cells. A sheet holds at most DONNEES_ROWS_PER_SHEET
 * data rows; the rest goes on « Données (2) », « Données (3) »…, each with its header.
 */
#ifndef DONNEES_SHEET_H
#define DONNEES_SHEET_H

#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#define DONNEES_ROWS_PER_SHEET 1048575L

static const char *donnees_headers[] = {"organisation", "session", "date", "référentiel", "version", "dimension", "critère", "valeur", "score", "répondants"};

typedef struct {
    lxw_format *header;
    lxw_format *date;
    lxw_format *decimal;
} donnees_formats;

static void donnees_check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "%s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

static donnees_formats donnees_add_formats(lxw_workbook *workbook) {
    donnees_formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_font_color(formats.header, 0xFFFFFF);
    format_set_pattern(formats.header, LXW_PATTERN_SOLID);
    format_set_bg_color(formats.header, 0x1F4E79);
    format_set_border(formats.header, LXW_BORDER_THIN);
    format_set_border_color(formats.header, 0xBFBFBF);
    format_set_align(formats.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(formats.header);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.decimal = workbook_add_format(workbook);
    format_set_num_format(formats.decimal, "0.00");
    return formats;
}

/* The sheet number `index` (0: « Données »), with its header row. */
static lxw_worksheet *donnees_new_sheet(lxw_workbook *workbook, int index, const donnees_formats *formats) {
    char name[32];
    if (index == 0) snprintf(name, sizeof name, "Données");
    else snprintf(name, sizeof name, "Données (%d)", index + 1);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
    if (!sheet) { fprintf(stderr, "add_worksheet %s\n", name); exit(1); }
    for (int column = 0; column < 10; column++) donnees_check(worksheet_write_string(sheet, 0, column, donnees_headers[column], formats->header), "header");
    donnees_check(worksheet_set_column(sheet, 0, 0, 30, NULL), "set_column");
    donnees_check(worksheet_set_column(sheet, 1, 2, 11, NULL), "set_column");
    donnees_check(worksheet_set_column(sheet, 3, 6, 24, NULL), "set_column");
    donnees_check(worksheet_set_column(sheet, 7, 9, 10, NULL), "set_column");
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

#endif
