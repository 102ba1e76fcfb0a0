// SPDX-License-Identifier: GPL-3.0-or-later
/* Holds N loopback TCP sockets for the socket-table benchmark: N/2 connected pairs to one
 * listener on 127.0.0.1 (plus the listener). Prints "ready <port>" once all are connected and
 * holds them until stdin closes or SIGTERM/SIGINT. Bounded: connect/accept are blocking on
 * loopback, and the script gives up after a timeout.
 * Usage: manysockets SOCKETS   (needs ulimit -n above SOCKETS + 16) */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    const int sockets = argc > 1 ? atoi(argv[1]) : 10000;
    const int pairs = sockets / 2;
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) != 0
        || listen(listener, 4096) != 0) {
        perror("manysockets: listen");
        return 1;
    }
    socklen_t length = sizeof address;
    getsockname(listener, (struct sockaddr *)&address, &length);
    for (int i = 0; i < pairs; ++i) {
        const int client = socket(AF_INET, SOCK_STREAM, 0);
        if (client < 0 || connect(client, (struct sockaddr *)&address, sizeof address) != 0) {
            perror("manysockets: connect");
            return 1;
        }
        if (accept(listener, NULL, NULL) < 0) {
            perror("manysockets: accept");
            return 1;
        }
    }
    printf("ready %d\n", ntohs(address.sin_port));
    fflush(stdout);
    char buffer[256];
    while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    return 0;
}
