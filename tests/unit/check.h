/* The assertion helpers every unit test uses: count checks, print each failure with its place,
 * and end with one summary line ("NAME: N passed, M failed") whose exit status CTest reads. */
#ifndef CAPA_TESTS_CHECK_H
#define CAPA_TESTS_CHECK_H

#include <stdio.h>

static int passed, failed;

/* Record one check; on failure print where and what. */
#define CHECK_MSG(cond, ...)                                                                       \
    do {                                                                                           \
        if (cond) {                                                                                \
            passed++;                                                                              \
        } else {                                                                                   \
            failed++;                                                                              \
            fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                                        \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fprintf(stderr, "\n");                                                                 \
        }                                                                                          \
    } while (0)

#define CHECK(cond) CHECK_MSG(cond, "CHECK(%s) failed", #cond)

/* Compare two integers (as 64-bit patterns) and print both on failure. */
#define CHECK_EQ(a, b)                                                                             \
    do {                                                                                           \
        unsigned long long a_ = (unsigned long long)(a), b_ = (unsigned long long)(b);             \
        CHECK_MSG(a_ == b_, "%s == %#llx, expected %s == %#llx", #a, a_, #b, b_);                  \
    } while (0)

/* Print the summary line and return the process exit status. */
static inline int check_report(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, passed, failed);
    return failed ? 1 : 0;
}

#endif
