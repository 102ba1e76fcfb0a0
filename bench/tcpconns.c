// SPDX-License-Identifier: GPL-3.0-or-later
/* Connection benchmark client: opens COUNT TCP connections to 127.0.0.1:PORT (at most 1000
 * handshakes in flight), waits until every one has received at least one byte from the
 * server (proof that the server accepted it), prints "connected COUNT SECONDS", holds them
 * all for HOLD_MS, prints "released", and resets them (SO_LINGER 0: no TIME_WAIT left to eat
 * the ephemeral ports of the next run). Bounded: 60 s. Usage: tcpconns PORT COUNT HOLD_MS */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: tcpconns PORT COUNT HOLD_MS\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const int count = atoi(argv[2]);
    const int holdMs = atoi(argv[3]);
    int *fds = calloc(count, sizeof *fds);
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const struct linger reset = {1, 0};
    int ep = epoll_create1(0);
    int opened = 0, greeted = 0;
    const double start = now();
    while (greeted < count && now() - start < 60.0) {
        while (opened < count && opened - greeted < 1000) {
            int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (fd < 0) {
                perror("tcpconns: socket (raise ulimit -n)");
                return 1;
            }
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0 && errno != EINPROGRESS) {
                perror("tcpconns: connect");
                return 1;
            }
            struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (unsigned)opened};
            epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
            fds[opened++] = fd;
        }
        struct epoll_event events[256];
        const int n = epoll_wait(ep, events, 256, 100);
        for (int i = 0; i < n; ++i) {
            const int fd = fds[events[i].data.u32];
            char b[64];
            const ssize_t got = read(fd, b, sizeof b);
            if (got > 0)
                ++greeted;
            else {
                fprintf(stderr, "tcpconns: connection %u failed: %s\n", events[i].data.u32,
                        got == 0 ? "closed by the server" : strerror(errno));
                return 1;
            }
            epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL); /* greeted: stays open, idle */
        }
    }
    printf("connected %d %.4f\n", greeted, now() - start);
    fflush(stdout);
    usleep((useconds_t)holdMs * 1000);
    for (int i = 0; i < opened; ++i)
        close(fds[i]);
    printf("released\n");
    return greeted == count ? 0 : 1;
}
