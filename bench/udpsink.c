// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference UDP receiver: a plain recv() loop on 127.0.0.1:PORT that counts datagrams until
 * nothing arrives for IDLE_MS (after the first one) or 60 s pass, then prints the count.
 * SO_RCVBUF is set like SockLab's (4 MiB asked) so both face the same kernel buffer.
 * Usage: udpsink PORT IDLE_MS */
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
    if (argc != 3) {
        fprintf(stderr, "usage: udpsink PORT IDLE_MS\n");
        return 2;
    }
    const int port = atoi(argv[1]);
    const int idle = atoi(argv[2]);
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
        while (recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) >= 0)
            ++received;
    }
    printf("%ld\n", received);
    close(fd);
    return 0;
}
