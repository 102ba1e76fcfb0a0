// SPDX-License-Identifier: GPL-3.0-or-later
/* Reference TCP receiver: listens on 127.0.0.1:PORT, accepts one connection, reads until the
 * peer closes, closes, prints the byte count. Bounded: 60 s. Usage: tcpsink PORT */
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
    if (argc != 2) {
        fprintf(stderr, "usage: tcpsink PORT\n");
        return 2;
    }
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in at;
    memset(&at, 0, sizeof at);
    at.sin_family = AF_INET;
    at.sin_port = htons((unsigned short)atoi(argv[1]));
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *)&at, sizeof at) != 0 || listen(listener, 16) != 0) {
        perror("tcpsink: bind/listen");
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    struct pollfd p = {listener, POLLIN, 0};
    if (poll(&p, 1, 60000) <= 0)
        return 1;
    int fd = accept(listener, NULL, NULL);
    static char buffer[65536];
    long long received = 0;
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        received += n;
    close(fd);
    printf("%lld\n", received);
    return 0;
}
