// SPDX-License-Identifier: GPL-3.0-or-later
/* Request/response client for the rules benchmark: CONNS TCP connections (or UDP sockets) to
 * 127.0.0.1:PORT, each with exactly one request in flight (a TCP stream would otherwise
 * coalesce two requests into one message); a reply is complete once REPLY_LEN bytes came back,
 * and the next request leaves at once. Runs for SECONDS, then prints "REPLIES SECONDS".
 * Bounded: stops after SECONDS, or after 2 s without any reply (printing what it counted, exit
 * status 1). Usage: reqresp tcp|udp PORT CONNS SECONDS REQUEST REPLY_LEN */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONNS 64

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: reqresp tcp|udp PORT CONNS SECONDS REQUEST REPLY_LEN\n");
        return 2;
    }
    const int udp = strcmp(argv[1], "udp") == 0;
    const int port = atoi(argv[2]);
    int conns = atoi(argv[3]);
    const double seconds = atof(argv[4]);
    const char *request = argv[5];
    const size_t requestLength = strlen(request);
    const long replyLength = atol(argv[6]);
    if (conns < 1 || conns > MAX_CONNS || replyLength < 1 || requestLength < 1) {
        fprintf(stderr, "reqresp: CONNS 1..%d, REQUEST and REPLY_LEN not empty\n", MAX_CONNS);
        return 2;
    }
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    struct pollfd fds[MAX_CONNS];
    long got[MAX_CONNS];
    for (int i = 0; i < conns; ++i) {
        int fd = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0);
        if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0) {
            perror("reqresp: connect");
            return 1;
        }
        if (!udp) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        fds[i].fd = fd;
        fds[i].events = POLLIN;
        got[i] = 0;
    }
    static char buffer[65536];
    long long replies = 0;
    const double start = now();
    double lastReply = start;
    for (int i = 0; i < conns; ++i)
        send(fds[i].fd, request, requestLength, MSG_NOSIGNAL);
    int status = 0;
    while (now() - start < seconds) {
        const int ready = poll(fds, (nfds_t)conns, 100);
        if (ready < 0) {
            perror("reqresp: poll");
            return 1;
        }
        if (ready == 0 && now() - lastReply > 2.0) {
            fprintf(stderr, "reqresp: no reply for 2 s\n");
            status = 1;
            break;
        }
        for (int i = 0; i < conns; ++i) {
            if (!fds[i].revents)
                continue;
            const ssize_t n = recv(fds[i].fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n <= 0) {
                if (n == 0 || udp)
                    continue;
                fprintf(stderr, "reqresp: connection %d ended\n", i);
                return 1;
            }
            got[i] += n;
            if (got[i] < replyLength)
                continue;
            got[i] = 0;
            ++replies;
            lastReply = now();
            send(fds[i].fd, request, requestLength, MSG_NOSIGNAL);
        }
    }
    printf("%lld %.4f\n", replies, now() - start);
    for (int i = 0; i < conns; ++i)
        close(fds[i].fd);
    return status;
}
