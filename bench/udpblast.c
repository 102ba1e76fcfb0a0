// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference UDP sender for the repeat benchmark: COUNT datagrams of SIZE bytes to
 * 127.0.0.1:PORT in a plain sendto() loop, as fast as the kernel takes them, then prints
 * "COUNT SECONDS". What `socklab-cli udp-client --count N --rate 0` is compared with.
 * With RATE > 0, datagram k is sent at start + k / RATE (clock_nanosleep to an absolute
 * time): the reference for the departure error of a paced repeat.
 * With RATE 0 and BATCH > 1, the datagrams leave BATCH at a time in sendmmsg() (each still a
 * datagram of its own): the reference for `--rate 0`, which batches what is due the same way.
 * With a sixth argument "gso", each batch is one sendmsg() with UDP_SEGMENT instead (the kernel
 * cuts it into BATCH datagrams of SIZE bytes): the same mechanism SockLab uses for runs of
 * equal datagrams, as a second reference.
 * Usage: udpblast PORT COUNT SIZE [RATE [BATCH [gso]]] */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/udp.h>
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
    if (argc < 4 || argc > 7) {
        fprintf(stderr, "usage: udpblast PORT COUNT SIZE [RATE [BATCH [gso]]]\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const long count = atol(argv[2]);
    const int size = atoi(argv[3]);
    const double rate = argc >= 5 ? atof(argv[4]) : 0;
    const int batch = argc >= 6 ? atoi(argv[5]) : 1;
    const int gso = argc == 7 && strcmp(argv[6], "gso") == 0;
    const long long interval = rate > 0 ? (long long)(1e9 / rate + 0.5) : 0;
    if (port <= 0 || port > 65535 || count <= 0 || size < 0 || size > 65507
        || batch < 1 || batch > 1024 || (batch > 1 && rate > 0)
        || (gso && (size == 0 || batch > 64 || (long)size * batch > 65507))) {
        fprintf(stderr, "udpblast: bad arguments\n");
        return 2;
    }
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in to;
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons((unsigned short)port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    char *payload = calloc(1, size > 0 ? (size_t)size : 1);
    const double start = now();
    struct timespec origin;
    clock_gettime(CLOCK_MONOTONIC, &origin);
    long sent = 0;
    if (gso) {
        struct iovec piece = {payload, (size_t)size};
        struct iovec *pieces = calloc((size_t)batch, sizeof *pieces);
        for (int i = 0; i < batch; ++i)
            pieces[i] = piece;
        union {
            char bytes[CMSG_SPACE(sizeof(unsigned short))];
            struct cmsghdr align;
        } control;
        while (sent < count) {
            const long left = count - sent;
            const int n = left < batch ? (int)left : batch;
            struct msghdr message;
            memset(&message, 0, sizeof message);
            memset(&control, 0, sizeof control);
            message.msg_name = &to;
            message.msg_namelen = sizeof to;
            message.msg_iov = pieces;
            message.msg_iovlen = (size_t)n;
            message.msg_control = control.bytes;
            message.msg_controllen = sizeof control.bytes;
            struct cmsghdr *header = CMSG_FIRSTHDR(&message);
            header->cmsg_level = SOL_UDP;
            header->cmsg_type = UDP_SEGMENT;
            header->cmsg_len = CMSG_LEN(sizeof(unsigned short));
            const unsigned short segment = (unsigned short)size;
            memcpy(CMSG_DATA(header), &segment, sizeof segment);
            if (sendmsg(fd, &message, 0) >= 0)
                sent += n;
            else if (errno != EINTR && errno != EAGAIN && errno != ENOBUFS) {
                perror("udpblast: sendmsg(UDP_SEGMENT)");
                break;
            }
        }
        free(pieces);
    } else if (batch > 1) {
        /* One iovec and one header per slot, all pointing at the same payload, built once. */
        struct mmsghdr *messages = calloc((size_t)batch, sizeof *messages);
        struct iovec piece = {payload, (size_t)size};
        for (int i = 0; i < batch; ++i) {
            messages[i].msg_hdr.msg_name = &to;
            messages[i].msg_hdr.msg_namelen = sizeof to;
            messages[i].msg_hdr.msg_iov = &piece;
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        while (sent < count) {
            const long left = count - sent;
            const int n = sendmmsg(fd, messages, (unsigned)(left < batch ? left : batch), 0);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EINTR && errno != EAGAIN && errno != ENOBUFS)
                break;
        }
        free(messages);
    }
    while (sent < count && batch == 1) {
        if (interval > 0) {
            const long long due = origin.tv_nsec + sent * interval;
            struct timespec at = {origin.tv_sec + due / 1000000000LL, due % 1000000000LL};
            while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, NULL) != 0) {
            }
        }
        if (sendto(fd, payload, (size_t)size, 0, (struct sockaddr *)&to, sizeof to) >= 0)
            ++sent;
    }
    printf("%ld %.6f\n", sent, now() - start);
    close(fd);
    free(payload);
    return 0;
}
