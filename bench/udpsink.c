// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference UDP receiver: a plain recv() loop on 127.0.0.1:PORT that counts datagrams until
 * nothing arrives for IDLE_MS (after the first one) or 60 s pass, then prints the count.
 * SO_RCVBUF is set like SockLab's (4 MiB asked) so both face the same kernel buffer.
 * With BATCH > 1 it reads with recvmmsg(), BATCH datagrams of up to 64 KiB per call, each
 * with its sender's address: the reference for a batched receiver.
 * Usage: udpsink PORT IDLE_MS [BATCH] */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: udpsink PORT IDLE_MS [BATCH]\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const int idle = atoi(argv[2]);
    const int batch = argc == 4 ? atoi(argv[3]) : 1;
    if (batch < 1 || batch > 1024) {
        fprintf(stderr, "udpsink: bad batch\n");
        return 2;
    }
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    int rcvbuf = 4 * 1024 * 1024;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
    struct sockaddr_in at;
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_port = htons((unsigned short)port);
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&at, sizeof at) != 0) {
        perror("udpsink: bind");
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    static char buffer[65536];
    /* recvmmsg(): a 64 KiB buffer and an address per slot, like a receiver that keeps each
     * datagram and its sender. */
    struct mmsghdr *messages = calloc((size_t)batch, sizeof *messages);
    struct iovec *pieces = calloc((size_t)batch, sizeof *pieces);
    struct sockaddr_storage *from = calloc((size_t)batch, sizeof *from);
    char *buffers = batch > 1 ? malloc((size_t)batch * 65536) : NULL;
    for (int i = 0; batch > 1 && i < batch; ++i) {
        pieces[i].iov_base = buffers + (size_t)i * 65536;
        pieces[i].iov_len = 65536;
        messages[i].msg_hdr.msg_iov = &pieces[i];
        messages[i].msg_hdr.msg_iovlen = 1;
        messages[i].msg_hdr.msg_name = &from[i];
    }
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
        if (batch > 1) {
            for (;;) {
                for (int i = 0; i < batch; ++i)
                    messages[i].msg_hdr.msg_namelen = sizeof from[i];
                const int n = recvmmsg(fd, messages, (unsigned)batch, MSG_DONTWAIT, NULL);
                if (n <= 0)
                    break;
                received += n;
            }
        } else {
            while (recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) >= 0)
                ++received;
        }
    }
    printf("%ld\n", received);
    free(messages);
    free(pieces);
    free(from);
    free(buffers);
    close(fd);
    return 0;
}
