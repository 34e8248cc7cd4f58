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
    bool raw;    /* the terminal was put in raw mode and must be restored */
    bool escape; /* saw Ctrl-A */
    pthread_t thread;
    bool thread_started;
    pthread_mutex_t lock;
    uint8_t ring[CONSOLE_RING];
    unsigned head, count;
    volatile bool stop;
    /* Pushes buffered input to the guest device; returns how many bytes it took. */
    unsigned (*deliver)(void *opaque, const uint8_t *buf, unsigned len);
    void *deliver_opaque;
    void (*quit)(void *opaque);   /* Ctrl-A x */
    void (*status)(void *opaque); /* Ctrl-A c */
    void *cb_opaque;
};

/* Start reading in_fd on a thread (raw mode if it is a terminal). Returns 0 or -errno. */
int console_start(struct console *c, int in_fd, int out_fd);

/* Stop the input thread and restore the terminal. Safe to call twice. */
void console_stop(struct console *c);

/* Write guest output. Any thread. */
void console_write(struct console *c, const uint8_t *buf, unsigned len);

/* Take one buffered input byte, or -1 (for SBI console reads). Any thread. */
int console_read_byte(struct console *c);

/* Restore every terminal put in raw mode (for fatal-signal and exit paths). */
void console_restore_terminal(void);

#endif
