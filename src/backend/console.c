#include "backend/console.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define CTRL_A 0x01

/* The terminal state to restore: process-wide because the terminal is (one per process). */
static struct termios saved_tio;
static int saved_fd = -1;

void console_restore_terminal(void)
{
    if (saved_fd >= 0) {
        tcsetattr(saved_fd, TCSANOW, &saved_tio);
        saved_fd = -1;
    }
}

static void fatal_signal(int sig)
{
    console_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

int console_raw_enter(int fd)
{
    struct termios tio;
    if (tcgetattr(fd, &tio) < 0)
        return -errno;
    saved_tio = tio;
    saved_fd = fd;
    atexit(console_restore_terminal);
    /* Every way out restores the terminal: exit (atexit), termination signals and crashes. */
    static const int sigs[] = {
        SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGABRT, SIGFPE
    };
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
        signal(sigs[i], fatal_signal);
    cfmakeraw(&tio);              /* Ctrl-C and friends go to the guest */
    tio.c_oflag |= OPOST | ONLCR; /* our own messages stay readable; guest sends \r\n anyway */
    return tcsetattr(fd, TCSANOW, &tio) < 0 ? -errno : 0;
}

static void say(struct console *c, const char *msg)
{
    ssize_t r = write(c->out_fd, msg, strlen(msg));
    (void)r;
}

int console_escape(bool *escape, uint8_t b)
{
    if (!*escape) {
        if (b == CTRL_A) {
            *escape = true;
            return CONSOLE_KEY_NONE;
        }
        return CONSOLE_KEY_INPUT;
    }
    *escape = false;
    if (b == CTRL_A)
        return CONSOLE_KEY_INPUT;
    if (b >= 'A' && b <= 'Z')
        return b - 'A' + 'a';
    return b == '?' ? 'h' : b;
}

/* Ctrl-A commands; returns true if the byte was consumed. */
static bool handle_escape(struct console *c, uint8_t b)
{
    switch (console_escape(&c->escape, b)) {
    case CONSOLE_KEY_INPUT: return false;
    case 'x':
        say(c, "\r\ncapa: terminated by Ctrl-A x\r\n");
        if (c->quit)
            c->quit(c->cb_opaque);
        return true;
    case 'c':
        if (c->status)
            c->status(c->cb_opaque);
        return true;
    case 'h':
        say(c, "\r\nC-a x  quit capa\r\nC-a c  VM status\r\nC-a h  this help\r\n"
               "C-a C-a  send C-a to the guest\r\n");
        return true;
    default: return true; /* unknown command: ignored */
    }
}

static void ring_push(struct console *c, uint8_t b)
{
    pthread_mutex_lock(&c->lock);
    if (c->count < CONSOLE_RING) {
        c->ring[(c->head + c->count) % CONSOLE_RING] = b;
        c->count++;
    }
    pthread_mutex_unlock(&c->lock);
}

/* Move buffered input into the guest device as space allows. */
static void pump(struct console *c)
{
    pthread_mutex_lock(&c->lock);
    while (c->count && c->deliver) {
        unsigned run = c->count;
        if (c->head + run > CONSOLE_RING)
            run = CONSOLE_RING - c->head;
        unsigned took = c->deliver(c->deliver_opaque, c->ring + c->head, run);
        c->head = (c->head + took) % CONSOLE_RING;
        c->count -= took;
        if (took < run)
            break;
    }
    pthread_mutex_unlock(&c->lock);
}

/* Tell the input_ready consumer that the ring has input. */
static void signal_input(struct console *c)
{
    pthread_mutex_lock(&c->lock);
    if (c->count && c->input_ready)
        c->input_ready(c->input_opaque);
    pthread_mutex_unlock(&c->lock);
}

static void *input_thread(void *arg)
{
    struct console *c = arg;
    bool eof = false;
    while (!c->stop) {
        unsigned pending = console_pending(c), room = CONSOLE_RING - pending;
        /* While the ring is full, input stays in the host's pipe or file (nothing dropped). An
         * interactive terminal is still read a little, so that Ctrl-A x works when the guest
         * reads nothing; what a person types beyond a full ring is dropped there. */
        unsigned want = room ? room : c->raw ? 16 : 0;
        if (want > 256)
            want = 256;
        /* With input waiting, look again soon: every 2 ms to hand it to a device through
         * deliver (its FIFO drains fast), every 50 ms for room while an input_ready consumer
         * pulls by itself. With none, sleep until input or console_stop, so that an idle or
         * paused VM's console never wakes the host. */
        struct pollfd pfd[2] = { { .fd = eof || !want ? -1 : c->in_fd, .events = POLLIN },
                                 { .fd = c->wake_fd, .events = POLLIN } };
        int n = poll(pfd, 2, pending ? (c->deliver ? 2 : 50) : -1);
        if (n > 0 && (pfd[0].revents & (POLLERR | POLLNVAL)))
            eof = true; /* an input that cannot be read would wake us forever */
        else if (n > 0 && (pfd[0].revents & (POLLIN | POLLHUP))) {
            uint8_t buf[256];
            ssize_t got = read(c->in_fd, buf, want);
            if (got <= 0) {
                eof = got == 0 || errno != EINTR;
            } else {
                for (ssize_t i = 0; i < got; i++)
                    if (c->no_escapes || !handle_escape(c, buf[i]))
                        ring_push(c, buf[i]);
                signal_input(c);
            }
        }
        pump(c);
    }
    return NULL;
}

int console_start(struct console *c, int in_fd, int out_fd)
{
    c->in_fd = in_fd;
    c->out_fd = out_fd;
    c->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (c->wake_fd >= 0 && c->wake_fd <= STDERR_FILENO) {
        /* stdin, stdout or stderr was closed: never let the eventfd pose as one of them. */
        int fd = fcntl(c->wake_fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
        close(c->wake_fd);
        c->wake_fd = fd;
    }
    if (c->wake_fd < 0)
        return -errno;
    pthread_mutex_init(&c->lock, NULL);
    int err = 0;
    if (isatty(in_fd)) {
        err = console_raw_enter(in_fd);
        if (err)
            goto fail;
        c->raw = true;
    }
    if (pthread_create(&c->thread, NULL, input_thread, c) != 0) {
        err = -EAGAIN;
        console_stop(c); /* the terminal back to cooked mode */
        goto fail;
    }
    c->thread_started = true;
    return 0;
fail:
    close(c->wake_fd);
    c->wake_fd = -1;
    return err;
}

void console_stop(struct console *c)
{
    c->stop = true;
    if (c->thread_started) {
        uint64_t one = 1;
        ssize_t r = write(c->wake_fd, &one, sizeof(one)); /* out of its poll */
        (void)r;
        pthread_join(c->thread, NULL);
        c->thread_started = false;
        close(c->wake_fd);
        c->wake_fd = -1;
    }
    if (c->raw) {
        console_restore_terminal();
        c->raw = false;
    }
}

void console_write(struct console *c, const uint8_t *buf, unsigned len)
{
    while (len) {
        ssize_t n = write(c->out_fd, buf, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; /* output closed: the guest keeps running */
        }
        buf += n;
        len -= (unsigned)n;
    }
}

unsigned console_read(struct console *c, uint8_t *buf, unsigned len)
{
    unsigned done = 0;
    pthread_mutex_lock(&c->lock);
    while (done < len && c->count) {
        unsigned run = c->count < len - done ? c->count : len - done;
        if (c->head + run > CONSOLE_RING)
            run = CONSOLE_RING - c->head;
        memcpy(buf + done, c->ring + c->head, run);
        c->head = (c->head + run) % CONSOLE_RING;
        c->count -= run;
        done += run;
    }
    pthread_mutex_unlock(&c->lock);
    return done;
}

unsigned console_pending(struct console *c)
{
    pthread_mutex_lock(&c->lock);
    unsigned n = c->count;
    pthread_mutex_unlock(&c->lock);
    return n;
}

void console_set_input_ready(struct console *c, void (*fn)(void *opaque), void *opaque)
{
    pthread_mutex_lock(&c->lock);
    c->input_ready = fn;
    c->input_opaque = opaque;
    pthread_mutex_unlock(&c->lock);
}

void console_set_deliver(struct console *c, unsigned (*fn)(void *, const uint8_t *, unsigned),
                         void *opaque)
{
    pthread_mutex_lock(&c->lock); /* pump calls deliver under it */
    c->deliver = fn;
    c->deliver_opaque = opaque;
    pthread_mutex_unlock(&c->lock);
}

void console_size(struct console *c, uint16_t *cols, uint16_t *rows)
{
    struct winsize ws;
    *cols = *rows = 0;
    if (ioctl(c->out_fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col && ws.ws_row) {
        *cols = ws.ws_col;
        *rows = ws.ws_row;
    }
}

int console_read_byte(struct console *c)
{
    int b = -1;
    pthread_mutex_lock(&c->lock);
    if (c->count) {
        b = c->ring[c->head];
        c->head = (c->head + 1) % CONSOLE_RING;
        c->count--;
    }
    pthread_mutex_unlock(&c->lock);
    return b;
}
