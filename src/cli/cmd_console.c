/* `capa console NAME`: relay this terminal (raw mode) to the VM's console socket. Ctrl-A d
 * detaches and leaves the VM running; Ctrl-A Ctrl-A sends a Ctrl-A. When stdin is not a
 * terminal the bytes are relayed as they are (scripts and tests). */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "backend/console.h"
#include "backend/console_server.h"
#include "cli/cli.h"
#include "mgr/mgr.h"

#define BUF 4096
/* After stdin ends (a script's input is all sent), output still arriving is relayed until
 * the console has been quiet this long. */
#define DRAIN_QUIET_MS 300

static int write_all(int fd, const char *p, size_t n, bool sock)
{
    while (n) {
        ssize_t w = sock ? send(fd, p, n, MSG_NOSIGNAL) : write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -errno;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static void say(const char *msg)
{
    ssize_t r = write(STDERR_FILENO, msg, strlen(msg));
    (void)r;
}

/* Filter terminal input through the escape keys into out; returns how many bytes to send, or
 * -1 to detach. */
static ssize_t filter_keys(bool *escape, const char *in, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int k = console_escape(escape, (uint8_t)in[i]);
        if (k == CONSOLE_KEY_INPUT)
            out[o++] = in[i];
        else if (k == 'd' || k == 0x04) /* Ctrl-A d, or Ctrl-A Ctrl-D with Ctrl still held */
            return -1;
        else if (k == 'h')
            say("\r\nC-a d  detach (the VM keeps running)\r\nC-a C-a  send C-a\r\n");
    }
    return (ssize_t)o;
}

/* How the relay ended. */
enum relay_end {
    RELAY_DONE,   /* detached, or the input ended and the console went quiet */
    RELAY_CLOSED, /* the VMM closed the console */
    RELAY_BUSY,   /* another client is attached */
};

static enum relay_end relay(int sock, bool tty)
{
    bool escape = false, in_open = true, first = true;
    char buf[BUF], out[BUF];
    for (;;) {
        struct pollfd p[2] = { { .fd = sock, .events = POLLIN },
                               { .fd = in_open ? STDIN_FILENO : -1, .events = POLLIN } };
        int n = poll(p, 2, in_open ? -1 : DRAIN_QUIET_MS);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return RELAY_DONE; /* input done and the console quiet */
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t r = read(sock, buf, sizeof(buf));
            if (r <= 0)
                return RELAY_CLOSED;
            /* The server's refusal arrives as one short write before it closes. */
            if (first && (size_t)r == strlen(CONSOLE_BUSY_MSG) &&
                !memcmp(buf, CONSOLE_BUSY_MSG, (size_t)r))
                return RELAY_BUSY;
            first = false;
            if (write_all(STDOUT_FILENO, buf, (size_t)r, false))
                return RELAY_DONE; /* nobody reads our output any more */
        }
        if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t r = read(STDIN_FILENO, buf, sizeof(buf));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                in_open = false;
                continue;
            }
            ssize_t len = tty ? filter_keys(&escape, buf, (size_t)r, out) : r;
            if (len < 0) {
                say("\r\ncapa: detached (the VM keeps running)\r\n");
                return RELAY_DONE;
            }
            if (write_all(sock, tty ? out : buf, (size_t)len, true))
                return RELAY_CLOSED;
        }
    }
}

int cli_console(struct mgr *m, const char *name)
{
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    struct errbuf eb;
    if (mgr_console_path(m, name, sa.sun_path, sizeof(sa.sun_path), &eb)) {
        fprintf(stderr, "capa console: %s\n", eb.msg);
        return CLI_EXIT_FAIL;
    }
    int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0 || connect(sock, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
        fprintf(stderr, "capa console: cannot attach to VM '%s' (%s): %s\n", name, sa.sun_path,
                strerror(errno));
        if (sock >= 0)
            close(sock);
        return CLI_EXIT_FAIL;
    }
    signal(SIGPIPE, SIG_IGN);
    bool tty = isatty(STDIN_FILENO);
    if (tty) {
        int err = console_raw_enter(STDIN_FILENO);
        if (err) {
            fprintf(stderr, "capa console: cannot set up the terminal: %s\n", strerror(-err));
            close(sock);
            return CLI_EXIT_FAIL;
        }
        fprintf(stderr, "capa: attached to %s (Ctrl-A d detaches, Ctrl-A h helps)\r\n", name);
    }
    enum relay_end end = relay(sock, tty);
    console_restore_terminal();
    close(sock);
    if (end == RELAY_BUSY) {
        fprintf(stderr, "capa console: VM '%s' already has a console attached (one at a time)\n",
                name);
        return CLI_EXIT_FAIL;
    }
    if (end == RELAY_CLOSED) {
        /* The VM stopped, or its VMM let us go (a client that took no output for too long). */
        struct vm_info info;
        bool up = !mgr_info(m, name, &info, NULL) &&
                  (info.state == MGR_STATE_RUNNING || info.state == MGR_STATE_PAUSED);
        fprintf(stderr, tty ? "\r\ncapa: %s\r\n" : "capa: %s\n",
                up ? "console closed by the VMM (the VM keeps running)"
                   : "console closed (the VM stopped)");
    }
    return 0;
}
