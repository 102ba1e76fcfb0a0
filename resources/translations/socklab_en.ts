<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SockLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and UDP sockets: start servers, connect clients, send messages and watch every byte, address and state change.&lt;/p&gt;&lt;p&gt;The Examples menu loads the four programs of the sockets tutorial.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 the SockLab developers&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;SockLab is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Project: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>No checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum-8 (mod 256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-8/SMBUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-16/MODBUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-16/CCITT-FALSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC-32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksumCombo</name>
    <message>
        <source>%1 (LE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, little-endian: low byte first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, big-endian: high byte first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to reach: an address (127.0.0.1, ::1) or a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the server (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the UDP socket the system bound on the first send; replies stop arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a connection attempt after this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP needs no connection: every Send is one datagram to host:port, and replies appear in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send datagrams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; connect before sending (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket closed; the next Send opens a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this client sent and received, and how its connection ended. The traffic log below has every detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) to %1 from local port %2.</source>
        <translation>
            <numerusform>Sent %n byte to %1 from local port %2.</numerusform>
            <numerusform>Sent %n bytes to %1 from local port %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the file as one datagram of %n byte(s).</source>
        <translation>
            <numerusform>Sent the file as one datagram of %n byte.</numerusform>
            <numerusform>Sent the file as one datagram of %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting the certificate %1 for %2; connecting again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <source>SockLab&apos;s own socket: select it to show its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process holds this socket (it is closing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process is not visible to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This socket has just closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This socket has just appeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: a socket of SockLab itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID/Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Show TCP sockets, UDP sockets or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sockets in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listening only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP sockets in LISTEN and unconnected UDP sockets, like netstat -l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockLab&apos;s &amp;own only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sockets of this SockLab window&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by address, port, PID or program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two reads of the socket table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop refreshing the table; Refresh now still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of /proc/net were not understood.</source>
        <translation>
            <numerusform>%n line of /proc/net was not understood.</numerusform>
            <numerusform>%n lines of /proc/net were not understood.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sockets shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · read in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersLabel</name>
    <message>
        <source>In: %1 msg, %2 (%3/s)   Out: %4 msg, %5 (%6/s)   Errors: %7   Log: %8 held, %9 evicted</source>
        <extracomment>Status bar. %1 messages received, %2 bytes received, %3 receive rate; then the same for sent; %7 errors; %8 events held by the log, %9 events evicted from it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>No address given; enter an address such as 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; a server binds to an address of this machine such as 127.0.0.1, ::1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port given; enter a number from %1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; is not a number; enter a number from %2 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination; enter a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range; enter a number from %2 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 of %2 bytes shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log kept the first %1 bytes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · #%3</source>
        <extracomment>Details panel heading: event name, session, sequence number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplePresets</name>
    <message>
        <source>server_tcp.py — TCP server, greets Hello World!, stops after 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_tcp.py — TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_udp.py — UDP server, stops after 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_udp.py — UDP client sends Hello Server!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSendRow</name>
    <message>
        <source>Send &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes: TCP streams any size from disk; UDP sends it as one datagram (at most 65,507 bytes over IPv4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not sent in full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File sent: %n byte(s).</source>
        <translation>
            <numerusform>File sent: %n byte.</numerusform>
            <numerusform>File sent: %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileStreamer</name>
    <message>
        <source>replaced by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read from the FIFO &quot;%1&quot;: no process has it open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming files is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivered more than %2 bytes, the limit for a device that may never end; sending stopped there and the stream is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameSpec</name>
    <message>
        <source>use none, delimiter:TEXT, fixed:N, length:2be (1, 2 or 4 bytes, be or le) or idle:MS, each optionally followed by ,max=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framing&apos;s max=%1 is not a size from 1 to %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length prefix&apos;s offset=%1 is not a whole number of header bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framing option &quot;%1&quot; is unknown or repeated; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length prefix &quot;%1&quot; is not one of 1, 2be, 2le, 4be or 4le (its size in bytes and its byte order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framing &quot;none&quot; takes no value after a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framing &quot;%1&quot; is not known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter &quot;%1&quot; is not valid text with escapes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The delimiter must be 1 to 64 bytes long, not %n byte(s).</source>
        <translation>
            <numerusform>The delimiter must be 1 to 64 bytes long, not %n byte.</numerusform>
            <numerusform>The delimiter must be 1 to 64 bytes long, not %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delimiter is longer than the largest message (max=%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed message length &quot;%1&quot; is not a size from 1 to %2 bytes (max=%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length prefix&apos;s header (offset=%1 and a %2-byte field) is longer than the largest message (max=%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle gap &quot;%1&quot; is not a number of milliseconds from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no framing: one message per recv()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages end with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>messages of %n byte(s)</source>
        <translation>
            <numerusform>messages of %n byte</numerusform>
            <numerusform>messages of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>1-byte length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-byte big-endian length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-byte little-endian length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n header byte(s)</source>
        <translation>
            <numerusform>%1 after %n header byte</numerusform>
            <numerusform>%1 after %n header bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 counting the whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counting the body only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>messages end after %n ms without data</source>
        <translation>
            <numerusform>messages end after %n ms without data</numerusform>
            <numerusform>messages end after %n ms without data</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, at most %2 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramingEdit</name>
    <message>
        <source>None (raw chunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. \r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message ends after these bytes (kept in the message): text with escapes such as \n, \r\n, \0 or \x03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message is exactly this many bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-byte length</source>
        <translation>
            <numerusform>%n-byte length</numerusform>
            <numerusform>%n-byte length</numerusform>
        </translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header bytes before the length field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length counts the whole frame, header included, instead of the body after the length field only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message ends when nothing more arrives for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the TCP stream is cut into messages for the log, the rules and the counters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing delimiter: type 1 to 64 bytes, such as \n or \r\n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length field offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedRegex</name>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression cannot be guarded against runaway matching: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its groups change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpAndVersion</name>
    <message>
        <source>SockLab: a workbench for TCP and UDP sockets. Start servers, connect clients, send text or hex messages and watch every socket event in one window.
Qt&apos;s own options (-platform, -style, ...) are accepted too. socklab-cli does the same without a window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexPattern</name>
    <message>
        <source>The hex pattern has more than %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern ends in half a byte at character %1: write two hex digits, ?? or *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern has &quot;%1&quot; at character %2: write two hex digits, ?? for any byte or * for any run of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern is empty: write hex bytes, ?? or * (* alone matches every message).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a UDP datagram to an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one TCP payload (it is held in memory whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes, over the limit of %4 bytes for %3; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivers more than %2 bytes, the limit for %3; reading stopped there and nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to read from the FIFO &quot;%1&quot;: no process has it open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnDock</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection #%1: TCP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Connection refused: TCP asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP is connection-oriented: connect() first asks the server&apos;s kernel for a connection. When no socket listens on that port, the kernel answers with a reset (RST) and connect() fails at once with &quot;connection refused&quot; (ECONNREFUSED), as the tutorial&apos;s client_tcp.py does once server_tcp.py has stopped. UDP has no connection to refuse: sending a datagram to the same port would have &quot;succeeded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one socket may be bound to an address and port at a time, so that the kernel knows which process gets what arrives there. The sentence above says who holds the port, read from the socket table (what ss -tanp and the Connections tab show). A TCP port can also stay taken after its program ended: the side that closed first keeps each connection in TIME-WAIT for up to 60 s, so that late packets of the old connection are not taken for a new one. SO_REUSEADDR, set by the old server and the new one, lets a new listener bind over TIME-WAIT; the tutorial&apos;s server_tcp.py does not set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: an error that comes late, if at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listened where an earlier datagram went, and the peer&apos;s kernel answered with an ICMP &quot;port unreachable&quot; message. The sendto() had already succeeded: UDP does not wait for an answer. Linux passes such a message on, as an error on a later call, only to a connected UDP socket; across a network it is often filtered, and then nothing at all tells the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP sends without a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sendto() succeeded: the kernel sent this %n-byte datagram towards %1 whether or not anything listens there. UDP does no handshake and no retransmission, so it cannot report that nobody received it, as the tutorial&apos;s client_udp.py shows after server_udp.py has stopped. If nothing listens, the peer&apos;s kernel may answer with an ICMP &quot;port unreachable&quot;, which Linux hands on, as an error on a later call, only to a connected UDP socket (SockLab logs it as a hint when it comes). TCP would have refused the connection instead.</source>
        <translation>
            <numerusform>sendto() succeeded: the kernel sent this %n-byte datagram towards %1 whether or not anything listens there. UDP does no handshake and no retransmission, so it cannot report that nobody received it, as the tutorial&apos;s client_udp.py shows after server_udp.py has stopped. If nothing listens, the peer&apos;s kernel may answer with an ICMP &quot;port unreachable&quot;, which Linux hands on, as an error on a later call, only to a connected UDP socket (SockLab logs it as a hint when it comes). TCP would have refused the connection instead.</numerusform>
            <numerusform>sendto() succeeded: the kernel sent this %n-byte datagram towards %1 whether or not anything listens there. UDP does no handshake and no retransmission, so it cannot report that nobody received it, as the tutorial&apos;s client_udp.py shows after server_udp.py has stopped. If nothing listens, the peer&apos;s kernel may answer with an ICMP &quot;port unreachable&quot;, which Linux hands on, as an error on a later call, only to a connected UDP socket (SockLab logs it as a hint when it comes). TCP would have refused the connection instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>recv() returns whatever bytes have arrived, not one message: several send() calls of the peer may come out of one recv(), and one send() may take several. TCP keeps no message boundaries, so a protocol marks its own (a newline, a length prefix); framing in SockLab cuts the stream that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this message the framing note says &quot;%1&quot;: that many recv() calls made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP is a byte stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address finds the machine; the port finds the process on it. This socket is %1, held by SockLab (PID %2): the kernel hands what arrives for that port to it and to no other process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer is %1: another process, told apart by its own port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer is %1, held by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connections tab (like netstat -ap, ss -p or the tutorial&apos;s ps step) shows which PID and program holds each port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports tell processes apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleModel</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 chosen by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls: %1, bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this end closed first (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the peer&apos;s FIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <source>Socket lifecycle diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a server or a client: its socket calls light up here as they happen. Select a row in the traffic log to follow its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program: its calls are not in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, connection #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bind(): connect() has the kernel pick the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: no connection to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP state: read from the socket table once a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP state: that end&apos;s socket belongs to the other program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, gone in %n s</source>
        <translation>
            <numerusform>%1, gone in %n s</numerusform>
            <numerusform>%1, gone in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFileController</name>
    <message>
        <source>Log to &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event, none dropped, to a file as JSON lines, whatever the view shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped logging: %n event(s) written to %1.</source>
        <translation>
            <numerusform>Stopped logging: %n event written to %1.</numerusform>
            <numerusform>Stopped logging: %n events written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log to File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging every event to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroTemplate</name>
    <message>
        <source>The placeholder opened with {{ at byte %1 is not closed with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter at byte %1 has a bad option &quot;%2&quot;: use start=N, step=N or width=0..%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder at byte %1 needs a byte count from 1 to %2, as in {{random:4}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder {{%1}} at byte %2 takes no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholder at byte %1 needs a group number from 0 to %2 or a group&apos;s name, as in {{group:1}} or {{group:id}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder &quot;%1&quot; at byte %2: use counter, seq, time, date, unixms, random:N or group:N (write {{{{ for a literal {{).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SockLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;server tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;client tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SockLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a %1 tab like the tutorial&apos;s %2; press %3 to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect or Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1. Press %2 to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected socket belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last message (%1 characters) was too large to keep in the settings (limit %2 characters); use Save to file in the message editor to keep large messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn: lifecycle, layers, tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in a TCP server on 127.0.0.1:60001 that greets with Hello World!; press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop in the TCP server&apos;s tab, then Connect in the client tab (port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in a TCP client for port %1; press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connections tab: SockLab&apos;s own sockets are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in a UDP server on 127.0.0.1:60002; press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop in the UDP server&apos;s tab, then Send in the client tab (port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in a UDP client for port %1 with Hello Server!; press Send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageEditDialog</name>
    <message>
        <source>Edit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; a/b nests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a fixed target when no pane is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageJson</name>
    <message>
        <source>message %1: &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; is &quot;%3&quot;, which is none of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SockLab message library (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer SockLab (format version %1; this one reads version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;messages&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 messages; at most %2 are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: &quot;hex&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: the payload is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in &quot;target&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1: &quot;target&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLayers</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) to %1 over %2</source>
        <translation>
            <numerusform>Sent %n byte to %1 over %2</numerusform>
            <numerusform>Sent %n bytes to %1 over %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n byte(s) from %1 over %2</source>
        <translation>
            <numerusform>Received %n byte from %1 over %2</numerusform>
            <numerusform>Received %n bytes from %1 over %2</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS (shown decrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(the log did not keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one datagram: one sendto() arrives as one recvfrom(), never split or joined with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One send() whose bytes the kernel took: it may cut them into several segments or join them with others. TCP carries a byte stream, not messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recv(): its bytes may come from several segments and from several send() calls of the peer. TCP carries a byte stream, not messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wire these bytes travel encrypted in TLS records (a 5-byte header each, plus an authentication tag); the log does not see the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the program&apos;s own bytes, as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port %1 → destination port %2: the port tells the process on each machine apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 bytes exactly: both ports, a length and a checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length field says %1 (8 + the payload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 to 60 bytes per segment: 20 fixed, plus options that the log does not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system offers TCP timestamps (net.ipv4.tcp_timestamps): when the peer agrees, as Linux does by default, each segment carries 12 bytes of them, 32 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP timestamps are off on this system (net.ipv4.tcp_timestamps = 0), so data segments usually carry no options: 20 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine (the socket is bound to %1; which of its addresses was used is not logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: the address finds the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 bytes, fixed (SockLab adds no extension headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 bytes without options (SockLab sets none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This datagram makes a packet of %n byte(s).</source>
        <translation>
            <numerusform>This datagram makes a packet of %n byte.</numerusform>
            <numerusform>This datagram makes a packet of %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A loopback address: the packet never leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this machine&apos;s interfaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address of this machine: the kernel delivers the packet internally, through the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface holding the local address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is bound to every address and the log does not record which interface the packet used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface holds %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the link (Ethernet: a 14-byte header and a 4-byte check sequence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on a wire: loopback hands the packet over in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethernet: a 14-byte header and a 4-byte frame check sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi: an 802.11 header, whose size depends on the frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the link type of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1-byte packet is larger than that: IP sends it in fragments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLayersView</name>
    <message>
        <source>Layers of the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this message carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header it adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sent or received row in the traffic log to see the layers its bytes pass through: the tutorial&apos;s TCP/IP table, filled in with what SockLab knows about that row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibrary</name>
    <message>
        <source>The message library is full (%1 messages); delete some before adding &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to duplicate is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no message named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages are named &quot;%2&quot;; name one by its folder, as in &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; is %2 bytes long; a library message holds at most %3 bytes (send larger data as a file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLibraryDocument</name>
    <message>
        <source>Messages not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>%n B</source>
        <extracomment>the size of a saved message&apos;s payload</extracomment>
        <translation>
            <numerusform>%n B</numerusform>
            <numerusform>%n B</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageRouter</name>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>%1 is &quot;Server&quot; or &quot;Client&quot;, %2 the tab&apos;s number, %3 its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: the current pane cannot send and the client tab is busy; open a new client tab for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: connect the client, or start the server and wait for a client (“%1” has no target of its own).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message library %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty library started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be moved aside and was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: it is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, folder, notes, payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected message (Enter or double-click); several selected are sent in order as a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current pane&apos;s message editor as a new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to: no pane yet (click into a server or client tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n in sequence</source>
        <translation>
            <numerusform>Send %n in sequence</numerusform>
            <numerusform>Send %n in sequence</numerusform>
        </translation>
    </message>
    <message>
        <source>Nowhere to send: connect a client or start a server with a client connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) in sequence.</source>
        <translation>
            <numerusform>Sending %n message in sequence.</numerusform>
            <numerusform>Sending %n messages in sequence.</numerusform>
        </translation>
    </message>
    <message>
        <source>No message editor to save: open a server or client tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1” into the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n message(s)</source>
        <translation>
            <numerusform>Duplicate %n message</numerusform>
            <numerusform>Duplicate %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>Deleted %n message.</numerusform>
            <numerusform>Deleted %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n message(s)</source>
        <translation>
            <numerusform>Import %n message</numerusform>
            <numerusform>Import %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s) from %1.</source>
        <translation>
            <numerusform>Imported %n message from %1.</numerusform>
            <numerusform>Imported %n messages from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) could not be mapped:</source>
        <translation>
            <numerusform>%n thing could not be mapped:</numerusform>
            <numerusform>%n things could not be mapped:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.json *.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockLab messages (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay between the messages of a sequence sent with Send; Sequence… sets a delay for each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;quence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected messages as a sequence with a delay of its own before each step, in an order you choose (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as se&amp;quence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the messages of the sequence first (Ctrl+click or Shift+click selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) in sequence, the last due %1 ms after Send.</source>
        <translation>
            <numerusform>Sending %n message in sequence, the last due %1 ms after Send.</numerusform>
            <numerusform>Sending %n messages in sequence, the last due %1 ms after Send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay between steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastBox</name>
    <message>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>239.1.2.3 or ff15::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loopback interface keeps the group on this machine; choose another to receive from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source-specific multicast: only datagrams from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (interface down: rejoined when it is back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast groups joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastMembership</name>
    <message>
        <source>%1 from %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood in --join; write GROUP[@IFACE][,source=ADDR].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface named &quot;%1&quot; on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multicast group; IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 and the group %2 are not of the same address family.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MulticastSendOptions</name>
    <message>
        <source>Multicast TTL (IPv4) or hop limit (IPv6): 1 keeps datagrams to a group on the local link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop&amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams to a group also reach members on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(routing table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface datagrams to a group leave from; the loopback interface keeps them on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast &amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No process is reading the FIFO &quot;%1&quot;; start its reader first, or write the log to a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketSenderImport</name>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: it is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: it holds no Packet Sender packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Packet Sender JSON export (a list of packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not a packet and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet without a name was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; has no hexString; it was imported with an empty payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; was skipped: its hexString is not valid hex: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; was skipped: its payload is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the protocol &quot;%2&quot; is not mapped (SockLab sends plain TCP and UDP); it was imported without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Sender: %1 to %2 port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; has no address (toIP); it was imported without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the port &quot;%2&quot; is not a port from 1 to 65535; it was imported without a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the resend interval &quot;%2&quot; is not a number of seconds and was not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the source address (fromIP %2) is not mapped; SockLab chooses it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the source port (fromPort %2) is not mapped; SockLab chooses it when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the response setting (sendResponse) is not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the HTTP request path (requestPath %2) is not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneConfig</name>
    <message>
        <source>The saved framing was dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response rules (%1 characters) were too large to keep in the settings; use Export… in the Rules tab to keep large rule sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved response rules were damaged and were dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanePython</name>
    <message>
        <source>Settings of the pane &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n client(s) at once</source>
        <translation>
            <numerusform>at most %n client at once</numerusform>
            <numerusform>at most %n clients at once</numerusform>
        </translation>
    </message>
    <message>
        <source>the message, which does not parse (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends as Start on the Repeat row does (its count and interval); Send sends once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholders: every message here is the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (python3&apos;s ssl module would wrap the socket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>Lone backslash at position %1 at the end of the text; write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete escape &quot;%1&quot; at position %2: \x needs two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape &quot;%1&quot; at position %2 needs two hex digits, but %3 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape &quot;\%1&quot; at position %2; use \n, \r, \t, \\, \0 or \xHH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape at position %1: a backslash followed by %2; use \n, \r, \t, \\, \0 or \xHH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not followed by hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd number of hex digits (%1) in &quot;%2&quot; at position %3; each byte needs two digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>Message to send. Escapes: \n \r \t \\ \0 \xHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the message is written: text with escapes, or hex bytes. Switching converts the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending appended to every message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ \n (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ \r\n (CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this message and edit a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message&apos;s exact bytes to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the exact bytes of a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message (%1 characters) was too large to edit and not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text (%1 characters) is too large to edit here and is not a valid message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes — too large to edit here; it will be sent as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load message from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ \r (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand placeholders when sending: {{counter}}, {{counter:start=1,step=1,width=4}}, {{seq}}, {{time}}, {{date}}, {{unixms}}, {{random:N}}. Write {{{{ for a literal {{.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum appended after the line ending, computed over everything before it, in the byte order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent from this pane, most recent first (Ctrl+Up / Ctrl+Down in the editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact bytes of the next send as a hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s), not shown.</source>
        <translation>
            <numerusform>… and %n more byte, not shown.</numerusform>
            <numerusform>… and %n more bytes, not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortHolders</name>
    <message>
        <source>this SockLab (PID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 is already in use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program (or another SockLab session) is bound to it; stop it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program listens on port %1 (its PID is not visible to this user; ss -ltnp as root shows it); stop it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program is bound to UDP port %1 (its PID is not visible to this user; ss -lunp as root shows it); stop it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listens on port %2; stop it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is bound to UDP port %2; stop it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n connection(s) in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them up to 60 s after the close, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait up to a minute or pick another port.</source>
        <translation>
            <numerusform>only %n connection in TIME-WAIT holds it, left over by the server that closed it first. Linux keeps it up to 60 s after the close, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait up to a minute or pick another port.</numerusform>
            <numerusform>only %n connections in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them up to 60 s after the close, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait up to a minute or pick another port.</numerusform>
        </translation>
    </message>
    <message>
        <source>programs whose PID is not visible to this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nobody listens on port %1, but %n connection(s) on it still exist (held by %2, plus %3 in TIME-WAIT); they free the port once closed.</source>
        <translation>
            <numerusform>nobody listens on port %1, but %n connection on it still exists (held by %2, plus %3 in TIME-WAIT); they free the port once closed.</numerusform>
            <numerusform>nobody listens on port %1, but %n connections on it still exist (held by %2, plus %3 in TIME-WAIT); they free the port once closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>the socket table shows no socket on port %1 (another network namespace, or a socket closed just now); stop the program that uses it or pick another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n connection(s) in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them 60 s after the close; the last of them goes in %1 s, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait or pick another port.</source>
        <translation>
            <numerusform>only %n connection in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them 60 s after the close; the last of them goes in %1 s, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait or pick another port.</numerusform>
            <numerusform>only %n connections in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them 60 s after the close; the last of them goes in %1 s, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait or pick another port.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortOwner</name>
    <message>
        <source>%1 (PID %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <source>The python3 program that does what SockLab does here, written by SockLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It serves one client at a time, as the tutorial does; SockLab serves several at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expressed here (SockLab does it, this program does not): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(): create a socket; %1: the address family (IPv4 or IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP, a connected byte stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP, separate datagrams without a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(): tie the socket to an address and a port (0: the kernel picks a free one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(): wait for clients; 1: how many may wait to be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept(): take the next client; conn is a new socket for it, addr its (address, port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): the greeting (sendall() repeats send() until every byte is out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(): whatever has arrived, up to 4096 bytes; b&apos;&apos; once the client has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo: send the same bytes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): end this client&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvfrom(): one whole datagram and its sender&apos;s (address, port); 65535 so that no datagram is cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(): reply to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most %1 s for the connection and for data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect(): ask the server at this address and port for a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send(): the message (sendall() repeats send() until every byte is out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(): one datagram to the server; it succeeds even if nobody listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv(): whatever has arrived, up to 4096 bytes; b&apos;&apos; once the server has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing arrived for a while: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): release the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It listens on 127.0.0.1 only; SockLab listens on ::1 at the same port too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonProgramDialog</name>
    <message>
        <source>Show as Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The python3 socket program that does what this pane does. Run it with python3 beside SockLab and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Python program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python programs (*.py);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatRow</name>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to send the message; 0 sends until Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate (msg/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per second; 0 sends as fast as the socket accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds between messages; 0 sends as fast as the socket accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stopped: %2</source>
        <extracomment>%1 is the count and rate, %2 the reason the repeat stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval or rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatRunner</name>
    <message>
        <source>replaced by a new repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>the reply at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library message &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 rules; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the delay must be from 0 to %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the pattern at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: the library message it replies with (id %2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes, over the %2 bytes a regular expression looks at, so regex rules were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1&apos;s regular expression gave up after %2 steps of backtracking (a guard against patterns that take exponential time), so it counted as no match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1&apos;s regular expression was stopped after %2 ms on this message (a guard against patterns that take too long), so it counted as no match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (%2 &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>The pattern is empty: type the text to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is empty: type a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern is empty: type bytes such as 02 ?? 10 *.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleNarration</name>
    <message numerus="yes">
        <source>reply, %n byte(s)</source>
        <translation>
            <numerusform>reply, %n byte</numerusform>
            <numerusform>reply, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 acts as drop: UDP has no connection to close, so nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acts as drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop: nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2, in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not carried out: the server already holds its limit of delayed actions (%2 actions, %3 bytes of replies); later ones are refused until some are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delayed rule action(s) dropped: %1</source>
        <translation>
            <numerusform>%n delayed rule action dropped: %1</numerusform>
            <numerusform>%n delayed rule actions dropped: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 -&gt; reply</source>
        <extracomment>The note of a sent row: the system call, then the rule whose reply it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDelegate</name>
    <message>
        <source>Does not apply to UDP: there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule below the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule up: rules are tried top to bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected rule down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace these rules with a rules file (JSON, the same as socklab-cli --rules reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these rules as a JSON file for another server or for socklab-cli --rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when no rule matches. Text with escapes, or hex; placeholders such as {{counter}} are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply, e.g. ERR\r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the reply is typed as text with escapes or as hex bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often no rule matched since the server started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each received message (a datagram, or a TCP message as the Framing option cuts it) is compared with the rules that are on, top to bottom; the first that matches fires, else the default applies. An edit while the server runs applies to the next message, and the Fired counts start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that is on and matches fires. Edits apply at once, also while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no rule matches: %1</source>
        <extracomment>%1 is the sentence about the default reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1×</source>
        <extracomment>how often the default applied; %1 is a count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1.</source>
        <translation>
            <numerusform>Imported %n rule from %1.</numerusform>
            <numerusform>Imported %n rules from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s) to %1.</source>
        <translation>
            <numerusform>Saved %n rule to %1.</numerusform>
            <numerusform>Saved %n rules to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; no rules were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default reply format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesJson</name>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown (known keys: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &quot;%3&quot;, which is none of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document has an unknown key &quot;%1&quot; (known keys: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not SockLab rules: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were written by a newer SockLab (version %1; this one reads version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document&apos;s &quot;default&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document has no &quot;rules&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document holds %1 rules; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>A server holds at most %1 rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <extracomment>a reply that names a library message: %1 is its folder/name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library message this rule replies with no longer exists; pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 is the 1-based rule number, %2 the sentence about it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rules that are on are tried, top to bottom; the first that matches fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression searched in the message read as UTF-8; its groups go into the reply as {{group:1}}, {{group:name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes; ?? stands for any one byte and * for any run: 02 ?? 10 *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \\ \0 \xHH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP has no connection to close or reset: for a UDP server this rule stops the search and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server does when this rule matches; Drop sends nothing and stops looking at further rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with escapes; placeholders such as {{group:0}} (the matched text), {{counter}} and {{time}} are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex bytes such as 06 0d 0a; placeholders such as {{group:1}} are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message of the Messages library, sent with its own line ending, checksum and macros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action sends no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the action waits after the message arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this rule fired since the server started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each rule fired since the server started (refreshed a few times a second while the rules are shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messages library is empty: save a message there first, then pick it as the reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>&quot;%1&quot; is a symbolic link; not writing a key through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendHistoryMenu</name>
    <message>
        <source>No messages sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps leave in this order. Each waits its own delay after the previous one left; the first waits its delay after Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the step out of this sequence (Delete); the message stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same delay for &amp;all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every step&apos;s delay, the first one&apos;s too, to this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps left: Cancel, then select the messages to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s); the last is due %1 ms after Send.</source>
        <translation>
            <numerusform>%n step; the last is due %1 ms after Send.</numerusform>
            <numerusform>%n steps; the last is due %1 ms after Send.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceItem</name>
    <message>
        <source>The sequence has no steps: add at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence has %1 steps; at most %2 are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (“%2”) waits %3 ms; a delay must be 0 to %4 ms.</source>
        <extracomment>%1 step number, %2 message name, %3 the delay typed, %4 the largest allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceModel</name>
    <message>
        <source>%1 (folder %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <extracomment>when the step is due, counted from Send</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the step waits after the previous one left (the first step: after Send). Type a number or use the arrows; 0 to 3,600,000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the step is due, counted from Send; a step never leaves before its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPane</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address to bind: 127.0.0.1 or ::1 for this machine only, 0.0.0.0 or :: for every interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (0 lets the system pick a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to every client right after accept(). Text with escapes (\n \r \t \\ \0 \xHH); empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the connection after the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening after this many connections, like the tutorial&apos;s server (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Echo received data back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the socket after this many datagrams, like the tutorial&apos;s server (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address a datagram came from, first seen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to s&amp;elected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to selected sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Start to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the field (&quot;Greeting&quot;), %2 is the codec&apos;s error sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s), as configured.</source>
        <translation>
            <numerusform>Stopped after %n connection, as configured.</numerusform>
            <numerusform>Stopped after %n connections, as configured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n datagram(s), as configured.</source>
        <translation>
            <numerusform>Stopped after %n datagram, as configured.</numerusform>
            <numerusform>Stopped after %n datagrams, as configured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer accepting connections; %n still open.</source>
        <translation>
            <numerusform>No longer accepting connections; %n still open.</numerusform>
            <numerusform>No longer accepting connections; %n still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n client(s) connected</source>
        <translation>
            <numerusform>Listening on %1 · %n client connected</numerusform>
            <numerusform>Listening on %1 · %n clients connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for datagrams on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max c&amp;lients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold at most this many clients at once; a client beyond that is closed right after accept() and logged (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ All interfaces (%1): other machines on the network can connect to this server. Choose 127.0.0.1 to keep it on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Out of file descriptors with %n client(s) connected: new clients wait until one closes.</source>
        <translation>
            <numerusform>Out of file descriptors with %n client connected: new clients wait until one closes.</numerusform>
            <numerusform>Out of file descriptors with %n clients connected: new clients wait until one closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sender selected to reply to (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client connected to this server (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent the file as one datagram of %n byte(s).</source>
        <translation>
            <numerusform>Sent the file as one datagram of %n byte.</numerusform>
            <numerusform>Sent the file as one datagram of %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every received message back; with rules on (Rules tab), what no rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each connection&apos;s byte stream is cut into messages for the log, the rules and the counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to every datagram&apos;s sender; with rules on (Rules tab), to what no rule matches. Text with escapes; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that answer each received message: match, action, reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The running server keeps its previous rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules applied to the running server; their Fired counts start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one client to send the file to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 and %2 · %n client(s) connected</source>
        <translation>
            <numerusform>Listening on %1 and %2 · %n client connected</numerusform>
            <numerusform>Listening on %1 and %2 · %n clients connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for datagrams on %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>As &amp;Python…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the python3 socket program that does what this pane does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SockDiagParser</name>
    <message>
        <source>A netlink message claims %1 bytes where %2 remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket message of %1 bytes is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket message has family %1 and state %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after the last netlink message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketErrorWatch</name>
    <message>
        <source>connection reset by the peer (RST); data still in flight may be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection timed out: the peer stopped acknowledging data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection broken: the peer is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: the peer became unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketNarration</name>
    <message>
        <source>Permission denied binding %1: ports below 1024 need administrator rights; pick a port from 1024 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 is not available: it is not an address of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind %1: this machine does not support that address family (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 refused: nothing is listening on that port (TCP needs a server that accepts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied connecting to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a socket for %1: too many open files, or the system is out of memory (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open a socket to %1: too many open files, or the system is out of memory (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: bound to all interfaces (%1), so other machines on the network can reach this server; bind 127.0.0.1 to keep it on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketTable</name>
    <message>
        <source>Listing the machine&apos;s sockets is not supported on this platform yet; SockLab reads them from Linux&apos;s netlink sock_diag or /proc/net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot dump %1 sockets through netlink sock_diag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketTableParser</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where at least 10 were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot number is not a number followed by a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address is not hex address:port of the expected length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is not a known socket state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue sizes are not two hex numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uid or inode is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterMessages</name>
    <message>
        <source>Tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello World! (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What server_tcp.py sends to each client on port 60001. Send it from a TCP server pane to play the tutorial&apos;s server for client_tcp.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello Server! (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What client_udp.py sends to port 60002; server_udp.py prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello Server! (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s greeting over TCP: send it to a server on port 60001 (server_tcp.py, or a SockLab TCP server) and see it arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello World! (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting as a datagram to port 60002, for server_udp.py or a SockLab UDP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/1.1 GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimal HTTP/1.1 request; the server answers and closes. Change the port for a test server, e.g. 8000 for &quot;python3 -m http.server --bind 127.0.0.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS query: example.com A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard DNS query for the IPv4 address of example.com, for a resolver listening on 127.0.0.1 port 53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP client request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 48-byte NTP version 3 client request, for a time server listening on 127.0.0.1 port 123.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamFramer</name>
    <message numerus="yes">
        <source>%n byte(s), no delimiter</source>
        <translation>
            <numerusform>%n byte, no delimiter</numerusform>
            <numerusform>%n bytes, no delimiter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), the length prefix is incomplete</source>
        <translation>
            <numerusform>%n byte, the length prefix is incomplete</numerusform>
            <numerusform>%n bytes, the length prefix is incomplete</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 bytes the length prefix announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial message at close: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message up to the next %1 is %2 bytes, over the bound of max=%3 bytes: it is logged unframed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 within max=%2 bytes: the message is logged unframed up to the next %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length prefix announces %1 bytes, fewer than its own %2-byte header: the rest of the connection is logged unframed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length prefix announces a %1-byte message, over the bound of max=%2 bytes: the rest of the connection is logged unframed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than max=%1 bytes arrived without a %2 ms gap: the message is logged unframed up to the next gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unframed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x1</source>
        <extracomment>%1 is the read call the stream came from: recv(), or SSL_read() on TLS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x1: part of a %2-byte chunk</source>
        <extracomment>%1 is the read call (recv() or SSL_read()), %2 the chunk&apos;s size in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x%2: %3 bytes</source>
        <extracomment>%1 is the read call (recv() or SSL_read()), %2 how many calls, %3 their sizes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientSession</name>
    <message>
        <source>Already connected or connecting to %1; disconnect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; could not be resolved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected from local port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying the next address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms: no answer (the host may be down, or a firewall drops the packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; connect before sending (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent: the payload is empty (TCP has no empty messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; timed out after %2 ms: the name server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>send(): only these %n byte(s) of the message were written</source>
        <translation>
            <numerusform>send(): only this %n byte of the message was written</numerusform>
            <numerusform>send(): only these %n bytes of the message were written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without reading what we sent (reset by the peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n byte(s) were never sent</source>
        <translation>
            <numerusform>%1; %n byte was never sent</numerusform>
            <numerusform>%1; %n bytes were never sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before anything was sent; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is closing; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not read the %2 bytes already queued for it (limit %3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>peer half-closed (FIN); %n byte(s) still to send before we close</source>
        <translation>
            <numerusform>peer half-closed (FIN); %n byte still to send before we close</numerusform>
            <numerusform>peer half-closed (FIN); %n bytes still to send before we close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted: the peer did not read %n queued byte(s) within %1 s</source>
        <translation>
            <numerusform>aborted: the peer did not read %n queued byte within %1 s</numerusform>
            <numerusform>aborted: the peer did not read %n queued bytes within %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0: reset (RST), the stream is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>aborted by us with %n byte(s) not yet sent</source>
        <translation>
            <numerusform>aborted by us with %n byte not yet sent</numerusform>
            <numerusform>aborted by us with %n bytes not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>closes a sentence assembled from the parts above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: connection aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is empty (TCP has no empty messages); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; connect before repeating (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; connect before sending a sequence (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected; connect before sending a file (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the file &quot;%1&quot; as it is read, in chunks of up to %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done sending; over TLS no FIN is sent (it would cut the stream without close_notify), so the connection stays open until the peer closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown() of the sending side failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): our side is done sending (FIN); still receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 ms: the peer may not speak TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable OpenSSL library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() -&gt; connected from local port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL_connect(): TLS handshake, server name (SNI) &quot;%1&quot;, at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL_connect(): TLS handshake, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trusted anyway: its SHA-256 fingerprint was chosen as trusted for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Continuing without verification, as insecure mode was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our client certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application data below is shown decrypted; &quot;sent&quot; counts plaintext bytes once their encrypted records reached the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer ended TLS (close_notify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerSession</name>
    <message>
        <source>The server is already running on %1; stop it before listening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>listening; will stop after %n connection(s)</source>
        <translation>
            <numerusform>listening; will stop after %n connection</numerusform>
            <numerusform>listening; will stop after %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() failed on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1 closed: the connection limit was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us after the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped listening after %n connection(s)</source>
        <translation>
            <numerusform>stopped listening after %n connection</numerusform>
            <numerusform>stopped listening after %n connections</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent: the payload is empty (TCP has no empty messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 is no longer open; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is connected; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n client(s) at once; more are closed right after accept()</source>
        <translation>
            <numerusform>at most %n client at once; more are closed right after accept()</numerusform>
            <numerusform>at most %n clients at once; more are closed right after accept()</numerusform>
        </translation>
    </message>
    <message>
        <source>connection from %1 closed right after accept(): the process is out of file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>connection from %1 closed right after accept(): %n client(s) already connected, the maximum set for this server</source>
        <translation>
            <numerusform>connection from %1 closed right after accept(): %n client already connected, the maximum set for this server</numerusform>
            <numerusform>connection from %1 closed right after accept(): %n clients already connected, the maximum set for this server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped accepting on %1: the process has run out of file descriptors with %n connection(s) open; new clients wait in the backlog until one closes.</source>
        <translation>
            <numerusform>Stopped accepting on %1: the process has run out of file descriptors with %n connection open; new clients wait in the backlog until one closes.</numerusform>
            <numerusform>Stopped accepting on %1: the process has run out of file descriptors with %n connections open; new clients wait in the backlog until one closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting again on %1: file descriptors are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echo paused reading: %1 bytes wait for the peer to read them (limit %2); reading resumes as they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 is closing; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not read the %2 bytes already queued for it (limit %3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>peer half-closed (FIN); %n byte(s) still to send before we close</source>
        <translation>
            <numerusform>peer half-closed (FIN); %n byte still to send before we close</numerusform>
            <numerusform>peer half-closed (FIN); %n bytes still to send before we close</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted by us with %n byte(s) not yet read by the peer</source>
        <translation>
            <numerusform>aborted by us with %n byte not yet read by the peer</numerusform>
            <numerusform>aborted by us with %n bytes not yet read by the peer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted: the peer did not read %n queued byte(s) within %1 s</source>
        <translation>
            <numerusform>aborted: the peer did not read %n queued byte within %1 s</numerusform>
            <numerusform>aborted: the peer did not read %n queued bytes within %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0: reset (RST), the stream is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>send(): only these %n byte(s) of the message were written</source>
        <translation>
            <numerusform>send(): only this %n byte of the message was written</numerusform>
            <numerusform>send(): only these %n bytes of the message were written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) queued for %1 were never sent: %2.</source>
        <translation>
            <numerusform>%n byte queued for %1 was never sent: %2.</numerusform>
            <numerusform>%n bytes queued for %1 were never sent: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: the server is stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection(s) %1 are not open; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat: connection(s) %1 are not open and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is empty (TCP has no empty messages); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every connection it was sending to has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection #%1 left the repeat: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 closed; the file was not sent whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 is not open; the file was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the file &quot;%1&quot; as it is read, in chunks of up to %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not carried out after %2 ms: the connection is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection #%1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule replies paused reading: %1 bytes wait for the peer to read them (limit %2); reading resumes as they are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown as plain IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS listens on %1 only, not on %2 too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening on %1 too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable OpenSSL library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: our certificate %1; at least %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; clients must present a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() -&gt; %1; SSL_accept(): TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 did not finish within %2 ms; connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2; connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer ended TLS (close_notify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpStateText</name>
    <message>
        <source>connect() sent a SYN and waits for the server&apos;s SYN-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN arrived and was answered; the handshake&apos;s last ACK is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-way handshake is done: both ends may send() and recv().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This end closed first: its FIN is sent and not yet acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This end closed first and its FIN was acknowledged; the peer may still send until it closes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed first (its FIN arrived); this end has yet to call close().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed first; this end closed too and waits for the ACK of its FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ends closed at the same time; waiting for the ACK of this end&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This end closed first, so the kernel keeps the connection for 60 s (twice the maximum segment lifetime): late packets die out and a lost last ACK can be sent again. Its port stays taken meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listen(): waiting for connections; accept() takes them from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel reports a state SockLab does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has forgotten the connection: no socket is left in its table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsBox</name>
    <message>
        <source>&amp;TLS: accept only encrypted connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS: encrypt the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak TLS (OpenSSL) on top of TCP; the log narrates the handshake and shows the decrypted data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest TLS version accepted; a peer that offers only older versions fails the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a certificate and key for the bind address with OpenSSL, kept readable only by you in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the authorities of client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificates must be issued by an authority in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose more authorities to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client cert&amp;ificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates trusted per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificates you chose to trust for one host and port, by SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and its key: choose both files, or press Generate self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To require client certificates, choose the CA file of the authorities that issue them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid bind address first: the certificate is made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a self-signed certificate for %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer trusted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the self-signed certificate made earlier for %1 (SHA-256 %2); delete %3 to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <source>The saved minimum TLS version &quot;%1&quot; is unknown; TLS 1.3 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged trusted certificate(s) were dropped from the settings.</source>
        <translation>
            <numerusform>%n damaged trusted certificate was dropped from the settings.</numerusform>
            <numerusform>%n damaged trusted certificates were dropped from the settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsNarration</name>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate needs its private key and a key its certificate: give both files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid %3 to %4, SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cipher %2 (%3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed and not trusted (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an unknown authority (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate presented for %1 is for %2, a different host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no certificate, but one is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and its key (or a generated self-signed one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The connection was not made. Trust this certificate for %2 only if you know it is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The connection was not made. Trust this certificate (SHA-256 %2) for %3 only if you know it is the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>The tutorial&apos;s steps, done in SockLab. Each step ticks itself when it really happens: a socket call in the log, a row in the Connections table. &quot;Show me&quot; only fills in a pane or shows where to look; you press Start, Connect or Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the tour over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect five clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the Connections table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it a datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the TCP server, then connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the UDP server, then send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a server tab choose TCP, address 127.0.0.1 and port 60001, as server_tcp.py does, and press Start: socket(), bind() and listen() appear in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a TCP client to that port five times (Disconnect and Connect again, or one client tab each with Ctrl+Shift+T). Each connect() is accept()ed with a socket of its own. So far: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the server running and a client connected, open the Connections tab, the tutorial&apos;s netstat -a: SockLab&apos;s own sockets are marked. Find the server&apos;s LISTEN socket and the connection&apos;s two ESTABLISHED ends, each with its local and foreign address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a new server tab choose UDP and port 60002, as server_udp.py does, and press Start: socket() and bind(), but no listen(), since UDP has no connections to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a client tab choose UDP, that port, type Hello Server! and press Send. The server&apos;s recvfrom() gets the datagram with the sender&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop in the TCP server&apos;s tab, then connect a TCP client to the same port: nothing listens, the kernel answers with a reset and connect() fails with &quot;connection refused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop in the UDP server&apos;s tab, then send the datagram again: sendto() succeeds all the same. UDP has no connection, so nothing tells the sender that nobody received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour complete: TCP refused where nothing listened, UDP sent into the void, as the tutorial says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the log row that ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLogExport</name>
    <message>
        <source>%1 is a symbolic link; the log is not written through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; the log is not written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLogFileWriter</name>
    <message>
        <source>Already logging to &quot;%1&quot;; stop that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log to &quot;%1&quot;: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the log file &quot;%1&quot; failed (%2): %3 events were written, and logging to the file stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficLogView</name>
    <message>
        <source>Traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by peer, session, event, message or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How received and sent bytes are decoded for the Text column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details and a hex dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding rows to the table. Sockets keep receiving and the counters keep counting; rows catch up on resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every row; the counters go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter traffic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the traffic log&apos;s filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as C &amp;array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Python bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by this &amp;peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown (after the filter) as CSV or JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving %n row(s) to %1…</source>
        <translation>
            <numerusform>Saving %n row to %1…</numerusform>
            <numerusform>Saving %n rows to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export traffic log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpSession</name>
    <message>
        <source>The UDP socket is already bound to %1; stop it before binding again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for datagrams; will stop after %n datagram(s)</source>
        <translation>
            <numerusform>waiting for datagrams; will stop after %n datagram</numerusform>
            <numerusform>waiting for datagrams; will stop after %n datagrams</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>close(): stopped after %n datagram(s)</source>
        <translation>
            <numerusform>close(): stopped after %n datagram</numerusform>
            <numerusform>close(): stopped after %n datagrams</numerusform>
        </translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; could not be resolved: %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP is connectionless: sendto() succeeds whether or not anything listens on %1, and no error comes back if nothing does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2 (at most 65,507 bytes over IPv4); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendto(%1) failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP port unreachable: nothing listens where an earlier datagram went; UDP reports this only as a hint and the datagram is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(SO_RCVBUF, %1) -&gt; the kernel reports %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel capped the receive buffer below the %1 bytes asked for (on Linux the limit is net.core.rmem_max); a flood overflows it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2 (at most 65,527 bytes over IPv6); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket(AF_INET6, SOCK_DGRAM) with IPV6_V6ONLY off: one dual-stack socket reaches IPv4 and IPv6 destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel; replies to it are shown too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: the socket was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a new repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket closed after its last datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getsockopt(SO_BROADCAST) -&gt; 1: Qt turns broadcast on for every UDP socket, so sendto(%1) may reach every host on that link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1): without it the kernel refuses sendto(%1) with EACCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IPV6_MULTICAST_HOPS, %1): the hop limit of datagrams to %2 (1 keeps them on the local link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL, %1): the time to live of datagrams to %2 (1 keeps them on the local link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network interface named &quot;%1&quot;; the routing table picks the interface for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no network interface named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source-specific multicast is not supported on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join %1: bind the UDP socket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a member of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot join %1: this socket is already in %2 groups, the most SockLab keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined multicast group %1: the kernel delivers its datagrams to this socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket is bound to %1: the kernel delivers group datagrams only to a socket bound to the group or to a wildcard address (0.0.0.0, ::).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot leave %1: this socket is not a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left multicast group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 is down or gone: the membership of %2 waits for it and is joined again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface %1 is back: rejoined %2 (setsockopt(%3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown as plain IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening on %1 too: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>The settings file %1 could not be read; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout reset: %1 was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the defaults; copy kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is a symbolic link; SockLab does not write through links, so changes made now will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is not a regular file; it was not read and will not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SockLab stopped while restoring its window from %1 last time, so the saved state was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be SockLab&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 holds values SockLab never writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1 is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
