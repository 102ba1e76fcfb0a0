// SPDX-License-Identifier: GPL-3.0-or-later
/* An outside responsiveness probe, the way a desktop decides that a window is "not
 * responding": finds the mapped top-level window of process PID that advertises _NET_WM_PING
 * in WM_PROTOCOLS, then for DURATION_MS sends it a _NET_WM_PING every INTERVAL_MS (each with
 * its own serial in the timestamp field) and times each round trip to the reply the toolkit
 * sends back to the root window. The window cannot fake it: the reply comes from its GUI
 * thread's event processing.
 *
 * Prints "ready" once the window is found and, at the end (after waiting at most 2 s for the
 * last replies), "pings N answered M longest_ms X p99_ms Y": longest is the longest time a
 * ping stayed unanswered (pings still unanswered at the end count up to then), p99 the 99th
 * percentile of the round trips. Exits 0 when every ping was answered, 1 when some were not
 * (the window went away), 2 when the window was not found within 10 s.
 * Usage: xping PID DURATION_MS [INTERVAL_MS]   (DISPLAY names the X server) */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double nowMs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int ignoreErrors(Display *display, XErrorEvent *error)
{
    (void)display;
    (void)error;
    return 0; /* the window may go away between two requests */
}

static long cardinal(Display *d, Window w, Atom property)
{
    Atom type;
    int format;
    unsigned long n, after;
    unsigned char *data = NULL;
    long value = -1;
    if (XGetWindowProperty(d, w, property, 0, 1, False, XA_CARDINAL, &type, &format, &n, &after,
                           &data) == Success
        && data && n == 1 && format == 32)
        value = *(long *)data;
    if (data)
        XFree(data);
    return value;
}

static int advertisesPing(Display *d, Window w, Atom ping)
{
    Atom *protocols = NULL;
    int n = 0, found = 0;
    if (XGetWMProtocols(d, w, &protocols, &n)) {
        for (int i = 0; i < n; ++i)
            found |= protocols[i] == ping;
        XFree(protocols);
    }
    return found;
}

static Window findWindow(Display *d, long pid, Atom pidAtom, Atom ping)
{
    Window root = DefaultRootWindow(d), parent, *children = NULL, found = None;
    unsigned int n = 0;
    if (!XQueryTree(d, root, &root, &parent, &children, &n))
        return None;
    for (unsigned int i = 0; i < n && found == None; ++i) {
        XWindowAttributes attributes;
        if (!XGetWindowAttributes(d, children[i], &attributes)
            || attributes.map_state != IsViewable)
            continue;
        if (cardinal(d, children[i], pidAtom) == pid && advertisesPing(d, children[i], ping))
            found = children[i];
    }
    if (children)
        XFree(children);
    return found;
}

static int compareDoubles(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: xping PID DURATION_MS [INTERVAL_MS]\n");
        return 2;
    }
    const long pid = atol(argv[1]);
    const double durationMs = atof(argv[2]);
    const double intervalMs = argc == 4 ? atof(argv[3]) : 10.0;
    if (pid <= 0 || durationMs <= 0 || durationMs > 600000 || intervalMs < 1) {
        fprintf(stderr, "xping: bad arguments\n");
        return 2;
    }
    Display *d = XOpenDisplay(NULL);
    if (!d) {
        fprintf(stderr, "xping: cannot open display\n");
        return 2;
    }
    XSetErrorHandler(ignoreErrors);
    const Atom pidAtom = XInternAtom(d, "_NET_WM_PID", False);
    const Atom protocolsAtom = XInternAtom(d, "WM_PROTOCOLS", False);
    const Atom ping = XInternAtom(d, "_NET_WM_PING", False);
    const Window root = DefaultRootWindow(d);

    Window target = None;
    for (double start = nowMs(); target == None; usleep(50000)) {
        target = findWindow(d, pid, pidAtom, ping);
        if (target == None && nowMs() - start > 10000) {
            fprintf(stderr, "xping: no window of pid %ld answers _NET_WM_PING\n", pid);
            return 2;
        }
    }
    /* The toolkit sends the reply to the root window with the (sub)structure masks. */
    XSelectInput(d, root, SubstructureNotifyMask | StructureNotifyMask);
    XSelectInput(d, target, StructureNotifyMask);
    XSync(d, False);
    printf("ready\n");
    fflush(stdout);

    const long maxPings = (long)(durationMs / intervalMs) + 1;
    double *sentAt = calloc((size_t)maxPings, sizeof *sentAt);
    double *roundTrip = calloc((size_t)maxPings, sizeof *roundTrip);
    long sent = 0, answered = 0;
    int gone = 0;
    const double start = nowMs();
    double deadline = start + durationMs + 2000; /* the last replies get 2 s */
    while (!gone && (answered < sent || sent < maxPings) && nowMs() < deadline) {
        const double now = nowMs();
        if (sent < maxPings && now >= start + sent * intervalMs) {
            XEvent event;
            memset(&event, 0, sizeof event);
            event.xclient.type = ClientMessage;
            event.xclient.window = target;
            event.xclient.message_type = protocolsAtom;
            event.xclient.format = 32;
            event.xclient.data.l[0] = (long)ping;
            event.xclient.data.l[1] = sent + 1; /* the serial, echoed back */
            event.xclient.data.l[2] = (long)target;
            XSendEvent(d, target, False, NoEventMask, &event);
            XFlush(d);
            sentAt[sent++] = now;
        }
        while (XPending(d)) {
            XEvent event;
            XNextEvent(d, &event);
            if (event.type == DestroyNotify && event.xdestroywindow.window == target) {
                gone = 1;
            } else if (event.type == ClientMessage && event.xclient.message_type == protocolsAtom
                       && (Atom)event.xclient.data.l[0] == ping
                       && (Window)event.xclient.data.l[2] == target) {
                const long serial = event.xclient.data.l[1];
                if (serial >= 1 && serial <= sent && roundTrip[serial - 1] == 0) {
                    roundTrip[serial - 1] = nowMs() - sentAt[serial - 1];
                    ++answered;
                }
            }
        }
        /* Sleep until the next ping is due or the X connection has something. */
        double wait = sent < maxPings ? start + sent * intervalMs - nowMs() : 50;
        struct pollfd pfd = {ConnectionNumber(d), POLLIN, 0};
        poll(&pfd, 1, wait > 0 ? (int)(wait + 0.999) : 0);
    }
    const double end = nowMs();
    double longest = 0;
    long measured = 0;
    for (long i = 0; i < sent; ++i) {
        const double rtt = roundTrip[i] > 0 ? roundTrip[i] : end - sentAt[i];
        if (rtt > longest)
            longest = rtt;
        if (roundTrip[i] > 0)
            roundTrip[measured++] = roundTrip[i];
    }
    qsort(roundTrip, (size_t)measured, sizeof *roundTrip, compareDoubles);
    long rank = (long)((99.0 * (double)measured + 99) / 100); /* ceil(0.99 n) */
    const double p99 = measured ? roundTrip[(rank < 1 ? 1 : rank) - 1] : 0;
    printf("pings %ld answered %ld longest_ms %.1f p99_ms %.1f%s\n", sent, answered, longest, p99,
           gone ? " (window gone)" : "");
    XCloseDisplay(d);
    return answered == sent ? 0 : 1;
}
