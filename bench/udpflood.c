// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference UDP sender for the benchmarks: sends COUNT datagrams of SIZE bytes to
 * 127.0.0.1:PORT at RATE datagrams per second (paced in 1 ms slots), then exits.
 * RATE 0: unpaced, as fast as sendmmsg() goes (batches of 64), what a receiver faces from the
 * fastest sender on the machine. Prints "SENT SECONDS".
 * Usage: udpflood PORT RATE COUNT SIZE */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
    if (argc != 5) {
        fprintf(stderr, "usage: udpflood PORT RATE COUNT SIZE\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const double rate = atof(argv[2]);
    const long count = atol(argv[3]);
    const int size = atoi(argv[4]);
    if (port <= 0 || port > 65535 || rate < 0 || count <= 0 || size < 0 || size > 65507) {
        fprintf(stderr, "udpflood: bad arguments\n");
        return 2;
    }
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char *buffer = calloc(1, size ? size : 1);
    const double start = now();
    long sent = 0;
    if (rate == 0) {
        enum { batch = 64 };
        static struct mmsghdr messages[batch];
        struct iovec piece = {buffer, (size_t)size};
        for (int i = 0; i < batch; ++i) {
            messages[i].msg_hdr.msg_name = &to;
            messages[i].msg_hdr.msg_namelen = sizeof to;
            messages[i].msg_hdr.msg_iov = &piece;
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        while (sent < count && now() - start < 60.0) {
            const long left = count - sent;
            const int n = sendmmsg(fd, messages, (unsigned)(left < batch ? left : batch), 0);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EINTR && errno != EAGAIN && errno != ENOBUFS)
                break;
        }
    }
    while (rate > 0 && sent < count) {
        /* Send what the schedule allows so far, then sleep to the next millisecond. */
        const long due = (long)((now() - start) * rate) + 1;
        while (sent < due && sent < count) {
            memcpy(buffer, &sent, size >= (int)sizeof sent ? sizeof sent : (size_t)size);
            if (sendto(fd, buffer, size, 0, (struct sockaddr *)&to, sizeof to) >= 0)
                ++sent;
        }
        if (now() - start > 60.0)
            break; /* bounded in time whatever happens */
        usleep(1000);
    }
    const double elapsed = now() - start;
    printf("%ld %.3f\n", sent, elapsed);
    free(buffer);
    close(fd);
    return 0;
}
