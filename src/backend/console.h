/* The host side of the guest console: output to a file descriptor (stdout), input from another
 * (stdin) through a ring buffer, with the host terminal in raw mode while the guest runs and the
 * QEMU-style escape prefix Ctrl-A:
 *   Ctrl-A x   quit capa (the guest is stopped)
 *   Ctrl-A h   print this help
 *   Ctrl-A c   print VM status (harts, uptime) on the host terminal
 *   Ctrl-A Ctrl-A  send Ctrl-A to the guest */
#ifndef CAPA_BACKEND_CONSOLE_H
#define CAPA_BACKEND_CONSOLE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define CONSOLE_RING 4096

struct console {
    int in_fd, out_fd;
    bool raw;        /* the terminal was put in raw mode and must be restored */
    bool escape;     /* saw Ctrl-A */
    bool no_escapes; /* Ctrl-A is plain input (a console socket: the client has its own keys) */
    pthread_t thread;
    bool thread_started;
    pthread_mutex_t lock;
    uint8_t ring[CONSOLE_RING];
    unsigned head, count;
    volatile bool stop;
    int wake_fd; /* eventfd: console_stop wakes the input thread out of its poll */
    /* Pushes buffered input to the guest device; returns how many bytes it took. */
    unsigned (*deliver)(void *opaque, const uint8_t *buf, unsigned len);
    void *deliver_opaque;
    /* Instead of deliver: told (under lock, must not block) when new input is in the ring; the
     * consumer takes it with console_read. Set with console_set_input_ready. */
    void (*input_ready)(void *opaque);
    void *input_opaque;
    void (*quit)(void *opaque);   /* Ctrl-A x */
    void (*status)(void *opaque); /* Ctrl-A c */
    void *cb_opaque;
};

/* Start reading in_fd on a thread (raw mode if it is a terminal). Input waits in the ring while
 * the guest takes none; when the ring is full, a pipe or file is not read on (nothing is dropped)
 * and a terminal only for the Ctrl-A commands. Returns 0 or -errno. */
int console_start(struct console *c, int in_fd, int out_fd);

/* Stop the input thread and restore the terminal. Safe to call twice. */
void console_stop(struct console *c);

/* Write guest output. Any thread. */
void console_write(struct console *c, const uint8_t *buf, unsigned len);

/* Take one buffered input byte, or -1 (for SBI console reads). Any thread. */
int console_read_byte(struct console *c);

/* Take up to len buffered input bytes into buf; returns how many. Any thread. */
unsigned console_read(struct console *c, uint8_t *buf, unsigned len);

/* Buffered input bytes. Any thread. */
unsigned console_pending(struct console *c);

/* Set (fn) or clear (NULL) the input_ready callback; once this returns, the old one is no longer
 * running or called. Any thread but the input thread. */
void console_set_input_ready(struct console *c, void (*fn)(void *opaque), void *opaque);

/* Set (fn) or clear (NULL) deliver, with the same guarantee: input waits in the ring while there
 * is none (no device to take it, e.g. between two boots). Any thread but the input thread. */
void console_set_deliver(struct console *c, unsigned (*fn)(void *, const uint8_t *, unsigned),
                         void *opaque);

/* The output terminal's size (0 and 0 when it is not a terminal). */
void console_size(struct console *c, uint16_t *cols, uint16_t *rows);

/* Restore every terminal put in raw mode (for fatal-signal and exit paths). */
void console_restore_terminal(void);

/* Put the terminal fd in raw mode (Ctrl-C and friends become input bytes) until
 * console_restore_terminal, which also runs at exit and on fatal signals. For a console relay
 * that does not use struct console (`capa console`). Returns 0 or -errno. */
int console_raw_enter(int fd);

/* What console_escape makes of an input byte. */
#define CONSOLE_KEY_INPUT (-1) /* pass the byte to the guest */
#define CONSOLE_KEY_NONE  0    /* swallowed: the Ctrl-A prefix, or an unknown command */

/* The Ctrl-A escape state machine shared by every console front end: feed each input byte with
 * the front end's *escape flag; returns CONSOLE_KEY_INPUT, CONSOLE_KEY_NONE, or the command
 * letter (lower case) that followed Ctrl-A. Ctrl-A Ctrl-A is a literal Ctrl-A (input). */
int console_escape(bool *escape, uint8_t b);

#endif
