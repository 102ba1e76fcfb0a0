// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference TCP sender for the benchmarks: connects to 127.0.0.1:PORT, writes BYTES bytes in
 * 64 KiB chunks, shuts its side down and waits until the receiver has read everything and
 * closed (read() returns 0), so the time covers the receiver's work. Prints "BYTES SECONDS".
 * Bounded: gives up after 60 s. Usage: tcpflood PORT BYTES */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
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
    if (argc != 3) {
        fprintf(stderr, "usage: tcpflood PORT BYTES\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const long long total = atoll(argv[2]);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0) {
        perror("tcpflood: connect");
        return 1;
    }
    static char buffer[65536];
    memset(buffer, 'x', sizeof buffer);
    const double start = now();
    long long sent = 0;
    while (sent < total && now() - start < 60.0) {
        const size_t chunk = total - sent < (long long)sizeof buffer ? (size_t)(total - sent)
                                                                     : sizeof buffer;
        const ssize_t n = send(fd, buffer, chunk, 0);
        if (n <= 0) {
            perror("tcpflood: send");
            return 1;
        }
        sent += n;
    }
    shutdown(fd, SHUT_WR);
    struct pollfd p = {fd, POLLIN, 0};
    while (now() - start < 60.0 && poll(&p, 1, 1000) >= 0) {
        if (p.revents && read(fd, buffer, sizeof buffer) <= 0)
            break;
    }
    printf("%lld %.4f\n", sent, now() - start);
    close(fd);
    return 0;
}
