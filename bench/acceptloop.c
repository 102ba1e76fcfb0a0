// SPDX-License-Identifier: GPL-3.0-or-later
#define _GNU_SOURCE
/* Reference TCP server for the connection benchmark: listens on 127.0.0.1:PORT with the same
 * backlog as SockLab (1024), accepts every connection, sends it one byte (a greeting) and
 * holds it. Exits when stdin reaches end of file or after 120 s.
 * Usage: acceptloop PORT   (raise ulimit -n first) */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: acceptloop PORT\n");
        return 2;
    }
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in at;
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_port = htons((unsigned short)atoi(argv[1]));
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *)&at, sizeof at) != 0 || listen(listener, 1024) != 0) {
        perror("acceptloop: bind/listen");
        return 1;
    }
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = listener};
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
    ev.data.fd = 0;
    epoll_ctl(ep, EPOLL_CTL_ADD, 0, &ev);
    printf("ready\n");
    fflush(stdout);
    long accepted = 0;
    const time_t start = time(NULL);
    char c = 'x';
    for (int stop = 0; !stop && time(NULL) - start < 120;) {
        struct epoll_event events[16];
        const int n = epoll_wait(ep, events, 16, 1000);
        for (int i = 0; i < n; ++i) {
            if (events[i].data.fd == 0) {
                char b[64];
                if (read(0, b, sizeof b) <= 0)
                    stop = 1;
                continue;
            }
            int fd;
            while ((fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                ++accepted;
                if (write(fd, &c, 1) != 1)
                    perror("acceptloop: write");
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                perror("acceptloop: accept");
        }
    }
    printf("%ld\n", accepted);
    return 0;
}
