/* Unit tests for backend/console.c input buffering (the host side of --console virtio): input
 * from a pipe fills the ring, wakes the input_ready consumer, and is never dropped: while the ring
 * is full the pipe is simply not read. Ctrl-A escapes are taken out of the stream. */
#include <fcntl.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "backend/console.h"
#include "check.h"

#define TOTAL 10000

static atomic_int ready_calls, quits;

static void on_ready(void *opaque)
{
    (void)opaque;
    ready_calls++;
}

static void on_quit(void *opaque)
{
    (void)opaque;
    quits++;
}

static void sleep_ms(long ms)
{
    nanosleep(&(struct timespec){ 0, ms * 1000000 }, NULL);
}

int main(void)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return 1;
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    static struct console c;
    c.quit = on_quit;
    CHECK_EQ(console_start(&c, in[0], out[1]), 0);
    console_set_input_ready(&c, on_ready, NULL);

    /* More than the ring holds: the rest stays in the pipe. */
    static uint8_t data[TOTAL], got[TOTAL];
    for (unsigned i = 0; i < TOTAL; i++)
        data[i] = (uint8_t)('a' + i % 26);
    ssize_t w = write(in[1], data, TOTAL);
    CHECK_EQ(w, TOTAL);
    for (int i = 0; i < 200 && console_pending(&c) < CONSOLE_RING; i++)
        sleep_ms(5);
    sleep_ms(100);
    CHECK_EQ(console_pending(&c), CONSOLE_RING);
    CHECK(ready_calls > 0);

    /* Drain in odd-sized pieces: every byte arrives, in order. */
    unsigned have = 0;
    for (int i = 0; i < 2000 && have < TOTAL; i++) {
        have += console_read(&c, got + have, TOTAL - have < 777 ? TOTAL - have : 777);
        if (!console_pending(&c))
            sleep_ms(2);
    }
    CHECK_EQ(have, TOTAL);
    CHECK(memcmp(got, data, TOTAL) == 0);
    CHECK_EQ(console_read(&c, got, 1), 0);
    CHECK_EQ(console_read_byte(&c), -1);

    /* Ctrl-A Ctrl-A is a literal Ctrl-A; Ctrl-A x quits and is not input. */
    w = write(in[1], "q\001\001z\001x", 6);
    CHECK_EQ(w, 6);
    for (int i = 0; i < 200 && (console_pending(&c) < 3 || !quits); i++)
        sleep_ms(5);
    CHECK_EQ(quits, 1);
    CHECK_EQ(console_read(&c, got, sizeof(got)), 3);
    CHECK(memcmp(got, "q\001z", 3) == 0);

    console_set_input_ready(&c, NULL, NULL);
    console_stop(&c);
    uint16_t cols, rows;
    console_size(&c, &cols, &rows); /* a pipe: no size */
    CHECK_EQ(cols, 0);
    CHECK_EQ(rows, 0);

    /* The escape state machine `capa console` shares: C-a d is a command (any case), C-a C-a a
     * literal C-a, plain bytes input, the prefix swallowed. */
    bool esc = false;
    CHECK_EQ(console_escape(&esc, 'a'), CONSOLE_KEY_INPUT);
    CHECK_EQ(console_escape(&esc, 0x01), CONSOLE_KEY_NONE);
    CHECK_EQ(console_escape(&esc, 'D'), 'd');
    CHECK_EQ(console_escape(&esc, 0x01), CONSOLE_KEY_NONE);
    CHECK_EQ(console_escape(&esc, 0x01), CONSOLE_KEY_INPUT);
    CHECK(!esc);
    CHECK_EQ(console_escape(&esc, 0x01), CONSOLE_KEY_NONE);
    CHECK_EQ(console_escape(&esc, '?'), 'h');
    return check_report("console");
}
