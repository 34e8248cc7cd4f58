#include "backend/unix_sock.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static int fill_addr(const char *path, struct sockaddr_un *sa, struct errbuf *eb)
{
    memset(sa, 0, sizeof(*sa));
    sa->sun_family = AF_UNIX;
    if (!*path || strlen(path) >= sizeof(sa->sun_path))
        return errbuf_set(eb, -ENAMETOOLONG, "socket path '%s' is empty or too long (max %zu)",
                          path, sizeof(sa->sun_path) - 1);
    strcpy(sa->sun_path, path);
    return 0;
}

/* Is a process accepting on the socket at path? */
static int socket_live(const struct sockaddr_un *sa)
{
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    int live = connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) == 0;
    close(fd);
    return live;
}

int unix_listen(const char *path, struct errbuf *eb)
{
    struct sockaddr_un sa;
    int err = fill_addr(path, &sa, eb);
    if (err)
        return err;
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode))
            return errbuf_set(eb, -EEXIST, "%s exists and is not a socket", path);
        if (socket_live(&sa))
            return errbuf_set(eb, -EADDRINUSE, "%s is served by another live process", path);
        unlink(path); /* stale: its process is gone */
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errbuf_set(eb, -errno, "socket: %s", strerror(errno));
    if (bind(fd, (const struct sockaddr *)&sa, sizeof(sa)) || listen(fd, 16)) {
        int e = errno;
        close(fd);
        return errbuf_set(eb, -e, "cannot listen on %s: %s", path, strerror(e));
    }
    return fd;
}
