// SPDX-License-Identifier: GPL-3.0-or-later
/* Framed TCP sender for bench/framing.sh: connects to 127.0.0.1:PORT and writes BYTES bytes of
 * back-to-back messages of FRAME bytes each (rounded down to whole messages), 64 KiB or so per
 * send(), then shuts its side down and waits until the receiver has read everything and closed
 * (read() returns 0), so the time covers the receiver's work. KIND "lines": FRAME - 1 bytes
 * then '\n'; "length": a 2-byte big-endian length, then FRAME - 2 body bytes. The same bytes
 * are sent to an unframed receiver for the reference. Prints "BYTES SECONDS". Bounded: gives up
 * after 60 s. Usage: framedflood PORT BYTES lines|length FRAME */
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
    if (argc != 5) {
        fprintf(stderr, "usage: framedflood PORT BYTES lines|length FRAME\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const long long wanted = atoll(argv[2]);
    const int lines = strcmp(argv[3], "lines") == 0;
    const long frame = atol(argv[4]);
    if (frame < 3 || frame > 65535 || (!lines && strcmp(argv[3], "length") != 0)) {
        fprintf(stderr, "framedflood: FRAME must be 3..65535, KIND lines or length\n");
        return 2;
    }
    /* One block of whole messages, so that blocks follow each other seamlessly. */
    const long perBlock = frame >= 65536 ? 1 : 65536 / frame;
    const size_t blockSize = (size_t)(perBlock * frame);
    char *block = malloc(blockSize);
    for (long m = 0; m < perBlock; ++m) {
        char *f = block + m * frame;
        memset(f, 'x', (size_t)frame);
        if (lines) {
            f[frame - 1] = '\n';
        } else {
            f[0] = (char)((frame - 2) >> 8);
            f[1] = (char)((frame - 2) & 0xff);
        }
    }
    const long long total = wanted / frame * frame;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&to, sizeof to) != 0) {
        perror("framedflood: connect");
        return 1;
    }
    const double start = now();
    long long sent = 0;
    size_t offset = 0; /* where in the block the next send starts */
    while (sent < total && now() - start < 60.0) {
        size_t chunk = blockSize - offset;
        if ((long long)chunk > total - sent)
            chunk = (size_t)(total - sent);
        const ssize_t n = send(fd, block + offset, chunk, 0);
        if (n <= 0) {
            perror("framedflood: send");
            return 1;
        }
        sent += n;
        offset = (offset + (size_t)n) % blockSize;
    }
    shutdown(fd, SHUT_WR);
    char buffer[4096];
    struct pollfd p = {fd, POLLIN, 0};
    while (now() - start < 60.0 && poll(&p, 1, 1000) >= 0) {
        if (p.revents && read(fd, buffer, sizeof buffer) <= 0)
            break;
    }
    printf("%lld %.4f\n", sent, now() - start);
    close(fd);
    free(block);
    return sent == total ? 0 : 1;
}
