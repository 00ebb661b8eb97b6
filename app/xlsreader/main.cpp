// cluedesk-xls-reader: reads a legacy .xls workbook with FreeXL in its own process and writes
// its sheets and cells to standard output for ClueDesk's XlsReader. FreeXL 1.0.6 (Debian 12)
// over-reads memory on some damaged files (found by fuzzing); in a separate process such a file
// can at worst end this process, never ClueDesk or the pool.
//
//   cluedesk-xls-reader FILE          sheets:  "S <count>" then "N <len>" + name per sheet
//   cluedesk-xls-reader FILE INDEX    rows of one sheet: "D <rows> <cols>", then per row
//                                     "R <row>" and its cells "C <col> <kind> <len>" + text,
//                                     "F <col>" for an unreadable cell; "Z" at the end
// Kinds: i integer, d double (%.17g), t text, D date, T date-time, H time. On failure:
// "E <FreeXL code>" or "P" (password) on standard output and exit status 2.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <freexl.h>

namespace {

void text(char kind, unsigned short col, const char* s)
{
    const size_t n = s ? std::strlen(s) : 0;
    std::printf("C %u %c %zu\n", col, kind, n);
    if (n)
        std::fwrite(s, 1, n, stdout);
    std::fputc('\n', stdout);
}

int failWith(int rc)
{
    std::printf("E %d\n", rc);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: cluedesk-xls-reader FILE [SHEET]\n");
        return 64;
    }
    const void* handle = nullptr;
    int rc = freexl_open(argv[1], &handle);
    if (rc != FREEXL_OK)
        return failWith(rc);
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        std::printf("P\n");
        freexl_close(handle);
        return 2;
    }
    unsigned int count = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count);
    if (argc == 2) {
        std::printf("S %u\n", count);
        for (unsigned short i = 0; i < count; ++i) {
            const char* name = nullptr;
            freexl_get_worksheet_name(handle, i, &name);
            const size_t n = name ? std::strlen(name) : 0;
            std::printf("N %zu\n", n);
            if (n)
                std::fwrite(name, 1, n, stdout);
            std::fputc('\n', stdout);
        }
        freexl_close(handle);
        return 0;
    }
    const long index = std::strtol(argv[2], nullptr, 10);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (index < 0 || index >= long(count) ||
        freexl_select_active_worksheet(handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
        return failWith(FREEXL_BIFF_ILLEGAL_SHEET_INDEX);
    std::printf("D %u %u\n", rows, columns);
    for (unsigned int r = 0; r < rows; ++r) {
        std::printf("R %u\n", r);
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue v;
            if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK) {
                std::printf("F %u\n", c);
                continue;
            }
            char number[64];
            switch (v.type) {
            case FREEXL_CELL_INT:
                std::snprintf(number, sizeof number, "%d", v.value.int_value);
                text('i', c, number);
                break;
            case FREEXL_CELL_DOUBLE:
                std::snprintf(number, sizeof number, "%.17g", v.value.double_value);
                text('d', c, number);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT: text('t', c, v.value.text_value); break;
            case FREEXL_CELL_DATE: text('D', c, v.value.text_value); break;
            case FREEXL_CELL_DATETIME: text('T', c, v.value.text_value); break;
            case FREEXL_CELL_TIME: text('H', c, v.value.text_value); break;
            default: break;
            }
        }
    }
    std::printf("Z\n");
    freexl_close(handle);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
