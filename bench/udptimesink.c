// SPDX-License-Identifier: GPL-3.0-or-later
/* Paced-send receiver for the repeat benchmark: counts datagrams on 127.0.0.1:PORT and takes
 * the kernel's receive timestamp of each (SO_TIMESTAMPNS), until nothing arrives for IDLE_MS
 * after the first one (or 60 s pass). Datagram k (in arrival order; loopback keeps the order)
 * was due at t0 + k * INTERVAL_NS. The start t0 is not known here, so it is taken as the
 * latest one consistent with "no message early": t0 = min over k of (t_k - k * INTERVAL_NS)
 * (anchoring on the first arrival instead would turn a late first message into everyone else
 * looking early). A message's error is then t_k - t0 - k * INTERVAL_NS >= 0. Prints one line:
 *   COUNT SECONDS RATE P50_US P99_US MAX_US FIRST_US
 * (SECONDS from the first to the last arrival, RATE = (COUNT - 1) / SECONDS, FIRST_US the
 * first message's own error). Usage: udptimesink PORT IDLE_MS INTERVAL_NS */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_STAMPS (4L * 1000 * 1000)

static int compare(const void *a, const void *b)
{
    const long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: udptimesink PORT IDLE_MS INTERVAL_NS\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const int idle = atoi(argv[2]);
    const long long interval = atoll(argv[3]);
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    int rcvbuf = 4 * 1024 * 1024, on = 1;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    struct sockaddr_in at;
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_port = htons((unsigned short)port);
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&at, sizeof at) != 0) {
        perror("udptimesink: bind");
        return 1;
    }
    long long *stamps = malloc(sizeof(long long) * MAX_STAMPS);
    printf("ready\n");
    fflush(stdout);
    static char buffer[65536];
    char control[256];
    long received = 0;
    struct pollfd p = {fd, POLLIN, 0};
    for (int waited = 0; waited < 60000;) {
        const int timeout = received ? idle : 1000;
        if (poll(&p, 1, timeout) <= 0) {
            if (received)
                break;
            waited += timeout;
            continue;
        }
        for (;;) {
            struct iovec iov = {buffer, sizeof buffer};
            struct msghdr msg;
            memset(&msg, 0, sizeof msg);
            msg.msg_iov = &iov;
            msg.msg_iovlen = 1;
            msg.msg_control = control;
            msg.msg_controllen = sizeof control;
            if (recvmsg(fd, &msg, MSG_DONTWAIT) < 0)
                break;
            long long stamp = -1;
            for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                    struct timespec ts;
                    memcpy(&ts, CMSG_DATA(c), sizeof ts);
                    stamp = ts.tv_sec * 1000000000LL + ts.tv_nsec;
                }
            }
            if (received < MAX_STAMPS)
                stamps[received] = stamp;
            ++received;
        }
    }
    const long n = received < MAX_STAMPS ? received : MAX_STAMPS;
    if (n < 2) {
        printf("%ld 0 0 0 0 0 0\n", received);
        return 0;
    }
    const double seconds = (stamps[n - 1] - stamps[0]) / 1e9;
    long long *errors = malloc(sizeof(long long) * n);
    for (long k = 0; k < n; ++k)
        errors[k] = stamps[k] - stamps[0] - k * interval;
    long long earliest = errors[0];
    for (long k = 1; k < n; ++k)
        earliest = errors[k] < earliest ? errors[k] : earliest;
    for (long k = 0; k < n; ++k)
        errors[k] -= earliest;
    const long long first = errors[0];
    qsort(errors, n, sizeof *errors, compare);
    printf("%ld %.6f %.1f %.1f %.1f %.1f %.1f\n", received, seconds, (n - 1) / seconds,
           errors[n / 2] / 1e3, errors[(long)(n * 0.99)] / 1e3, errors[n - 1] / 1e3,
           first / 1e3);
    close(fd);
    return 0;
}
