<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SockLab</source>
        <translation>SockLab について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;A workbench for TCP and UDP sockets: start servers, connect clients, send messages and watch every byte, address and state change.&lt;/p&gt;&lt;p&gt;The Examples menu loads the four programs of the sockets tutorial.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SockLab %1&lt;/h3&gt;&lt;p&gt;TCP と UDP のソケットを試すためのワークベンチです。サーバを起動し、クライアントを接続し、メッセージを送って、すべてのバイト・アドレス・状態の変化を確認できます。&lt;/p&gt;&lt;p&gt;「サンプル」メニューからソケットのチュートリアルにある 4 つのプログラムを読み込めます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 the SockLab developers&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © 2026 SockLab 開発者&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;SockLab is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SockLab はフリーソフトウェアです。&lt;a href=&quot;%1&quot;&gt;GNU 一般公衆利用許諾書&lt;/a&gt;のバージョン 3、または(任意で)それ以降のバージョン(GPL-3.0-or-later)の条件に従って、再頒布および改変できます。無保証です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Project: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;プロジェクト: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>No checksum</source>
        <translation>チェックサムなし</translation>
    </message>
    <message>
        <source>Sum-8 (mod 256)</source>
        <translation>Sum-8 (mod 256)</translation>
    </message>
    <message>
        <source>XOR-8</source>
        <translation>XOR-8</translation>
    </message>
    <message>
        <source>CRC-8/SMBUS</source>
        <translation>CRC-8/SMBUS</translation>
    </message>
    <message>
        <source>CRC-16/MODBUS</source>
        <translation>CRC-16/MODBUS</translation>
    </message>
    <message>
        <source>CRC-16/CCITT-FALSE</source>
        <translation>CRC-16/CCITT-FALSE</translation>
    </message>
    <message>
        <source>CRC-32</source>
        <translation>CRC-32</translation>
    </message>
</context>
<context>
    <name>ChecksumCombo</name>
    <message>
        <source>%1 (LE)</source>
        <translation>%1 (LE)</translation>
    </message>
    <message>
        <source>%1 (BE)</source>
        <translation>%1 (BE)</translation>
    </message>
    <message>
        <source>%1, little-endian: low byte first</source>
        <translation>%1、リトルエンディアン: 下位バイトが先</translation>
    </message>
    <message>
        <source>%1, big-endian: high byte first</source>
        <translation>%1、ビッグエンディアン: 上位バイトが先</translation>
    </message>
</context>
<context>
    <name>ClientPane</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation>プロトコル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Server to reach: an address (127.0.0.1, ::1) or a host name.</source>
        <translation>接続先のサーバ: アドレス (127.0.0.1、::1) またはホスト名。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Port of the server (1–65535).</source>
        <translation>サーバのポート番号 (1〜65535)。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Close the UDP socket the system bound on the first send; replies stop arriving.</source>
        <translation>最初の送信時にシステムがバインドした UDP ソケットを閉じます。以後、返信は届きません。</translation>
    </message>
    <message>
        <source>C&amp;lose socket</source>
        <translation>ソケットを閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>接続タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Give up a connection attempt after this long.</source>
        <translation>この時間が過ぎたら接続の試みをあきらめます。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>UDP needs no connection: every Send is one datagram to host:port, and replies appear in the log.</source>
        <translation>UDP に接続は不要です。「送信」のたびに host:port へデータグラムを 1 つ送り、返信はログに表示されます。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return).</source>
        <translation>メッセージを送信します (Ctrl+Enter)。</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>送信(&amp;E)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未接続です。</translation>
    </message>
    <message>
        <source>Ready to send datagrams.</source>
        <translation>データグラムを送信できます。</translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation>ホストが指定されていません。ホスト名または 127.0.0.1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Not connected; connect before sending (nothing was sent).</source>
        <translation>接続されていません。送信する前に接続してください (何も送信されていません)。</translation>
    </message>
    <message>
        <source>Connected: %1 → %2</source>
        <translation>接続済み: %1 → %2</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>Socket closed; the next Send opens a new one.</source>
        <translation>ソケットを閉じました。次の送信で新しいソケットを開きます。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>中止(&amp;A)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>What this client sent and received, and how its connection ended. The traffic log below has every detail.</source>
        <translation>このクライアントが送受信した内容と、接続がどう終わったか。すべての詳細は下の通信ログにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) to %1 from local port %2.</source>
        <translation>
            <numerusform>ローカルポート %2 から %1 へ %n バイト送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the file as one datagram of %n byte(s).</source>
        <translation>
            <numerusform>ファイルを %n バイトのデータグラム 1 つとして送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>フレーミング(&amp;F):</translation>
    </message>
    <message>
        <source>Trusting the certificate %1 for %2; connecting again…</source>
        <translation>証明書 %1 を %2 について信頼し、再接続しています…</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <source>SockLab&apos;s own socket: select it to show its session.</source>
        <translation>SockLab 自身のソケット: 選択するとそのセッションを表示します。</translation>
    </message>
    <message>
        <source>No process holds this socket (it is closing).</source>
        <translation>このソケットを持つプロセスはありません (クローズ中)。</translation>
    </message>
    <message>
        <source>The process is not visible to this user.</source>
        <translation>このユーザーにはプロセスが見えません。</translation>
    </message>
    <message>
        <source>This socket has just closed.</source>
        <translation>このソケットは今閉じられました。</translation>
    </message>
    <message>
        <source>This socket has just appeared.</source>
        <translation>このソケットは今現れました。</translation>
    </message>
    <message>
        <source>Marked: a socket of SockLab itself.</source>
        <translation>印: SockLab 自身のソケット。</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Proto</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Local Address</source>
        <translation>ローカルアドレス</translation>
    </message>
    <message>
        <source>Foreign Address</source>
        <translation>リモートアドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PID/Program</source>
        <translation>PID/プログラム</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Recv-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
</context>
<context>
    <name>ConnectionsView</name>
    <message>
        <source>Show TCP sockets, UDP sockets or both.</source>
        <translation>TCP ソケット、UDP ソケット、または両方を表示します。</translation>
    </message>
    <message>
        <source>Show only sockets in this state.</source>
        <translation>この状態のソケットだけを表示します。</translation>
    </message>
    <message>
        <source>&amp;Listening only</source>
        <translation>待ち受けのみ(&amp;L)</translation>
    </message>
    <message>
        <source>TCP sockets in LISTEN and unconnected UDP sockets, like netstat -l.</source>
        <translation>LISTEN 状態の TCP ソケットと未接続の UDP ソケット (netstat -l と同じ)。</translation>
    </message>
    <message>
        <source>SockLab&apos;s &amp;own only</source>
        <translation>SockLab 自身のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Only the sockets of this SockLab window&apos;s sessions.</source>
        <translation>この SockLab ウィンドウのセッションのソケットだけ。</translation>
    </message>
    <message>
        <source>Filter by address, port, PID or program</source>
        <translation>アドレス・ポート・PID・プログラムで絞り込み</translation>
    </message>
    <message>
        <source>Re&amp;fresh every</source>
        <translation>更新間隔(&amp;F)</translation>
    </message>
    <message>
        <source>Seconds between two reads of the socket table.</source>
        <translation>ソケット表を読み直す間隔 (秒)。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>TCP and UDP</source>
        <translation>TCP と UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop refreshing the table; Refresh now still works.</source>
        <translation>表の更新を止めます。「今すぐ更新」は使えます。</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text.</source>
        <translation>選択した行をタブ区切りのテキストとしてコピーします。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file.</source>
        <translation>表示中の行を CSV ファイルに保存します。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of /proc/net were not understood.</source>
        <translation>
            <numerusform>/proc/net の %n 行を解釈できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sockets shown</source>
        <translation>%2 個中 %1 個のソケットを表示</translation>
    </message>
    <message>
        <source> · read in %1 ms</source>
        <translation> · 読み取り %1 ms</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 を保存できませんでした: %2。</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>接続一覧の書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Protocol filter</source>
        <translation>プロトコルの絞り込み</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状態の絞り込み</translation>
    </message>
    <message>
        <source>Filter sockets</source>
        <translation>ソケットの絞り込み</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>グループ: %1</translation>
    </message>
</context>
<context>
    <name>CountersLabel</name>
    <message>
        <source>In: %1 msg, %2 (%3/s)   Out: %4 msg, %5 (%6/s)   Errors: %7   Log: %8 held, %9 evicted</source>
        <extracomment>Status bar. %1 messages received, %2 bytes received, %3 receive rate; then the same for sent; %7 errors; %8 events held by the log, %9 events evicted from it.</extracomment>
        <translation>受信: %1 件, %2 (%3/秒)   送信: %4 件, %5 (%6/秒)   エラー: %7   ログ: 保持 %8, 破棄 %9</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>No address given; enter an address such as 127.0.0.1 or ::1.</source>
        <translation>アドレスが指定されていません。127.0.0.1 や ::1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; a server binds to an address of this machine such as 127.0.0.1, ::1 or 0.0.0.0.</source>
        <translation>「%1」は IP アドレスではありません。サーバはこのマシンのアドレス (127.0.0.1、::1、0.0.0.0 など) にバインドします。</translation>
    </message>
    <message>
        <source>No port given; enter a number from %1 to 65535.</source>
        <translation>ポートが指定されていません。%1 から 65535 までの数値を入力してください。</translation>
    </message>
    <message>
        <source>Port &quot;%1&quot; is not a number; enter a number from %2 to 65535.</source>
        <translation>ポート「%1」は数値ではありません。%2 から 65535 までの数値を入力してください。</translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination; enter a port from 1 to 65535.</source>
        <translation>ポート 0 は宛先にできません。1 から 65535 までのポートを入力してください。</translation>
    </message>
    <message>
        <source>Port %1 is out of range; enter a number from %2 to 65535.</source>
        <translation>ポート %1 は範囲外です。%2 から 65535 までの数値を入力してください。</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>listening</source>
        <translation>待ち受け</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受け付け</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>First %1 of %2 bytes shown.</source>
        <translation>%2 バイト中、先頭の %1 バイトを表示しています。</translation>
    </message>
    <message>
        <source>Local: %1</source>
        <translation>ローカル: %1</translation>
    </message>
    <message>
        <source>Peer:  %1</source>
        <translation>相手:     %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>バイト数: %1</translation>
    </message>
    <message>
        <source>The log kept the first %1 bytes only.</source>
        <translation>ログには先頭の %1 バイトだけが残っています。</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>テキスト (%1):</translation>
    </message>
    <message>
        <source>%1 · %2 · #%3</source>
        <extracomment>Details panel heading: event name, session, sequence number</extracomment>
        <translation>%1 · %2 · #%3</translation>
    </message>
    <message>
        <source>Time:  %1</source>
        <translation>時刻:     %1</translation>
    </message>
    <message>
        <source>Connection: #%1</source>
        <translation>接続番号: #%1</translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation>16 進:</translation>
    </message>
</context>
<context>
    <name>ExamplePresets</name>
    <message>
        <source>server_tcp.py — TCP server, greets Hello World!, stops after 5</source>
        <translation>server_tcp.py — TCP サーバ (Hello World! を送信し、5 回で終了)</translation>
    </message>
    <message>
        <source>client_tcp.py — TCP client</source>
        <translation>client_tcp.py — TCP クライアント</translation>
    </message>
    <message>
        <source>server_udp.py — UDP server, stops after 5</source>
        <translation>server_udp.py — UDP サーバ (5 回で終了)</translation>
    </message>
    <message>
        <source>client_udp.py — UDP client sends Hello Server!</source>
        <translation>client_udp.py — UDP クライアント (Hello Server! を送信)</translation>
    </message>
</context>
<context>
    <name>FileSendRow</name>
    <message>
        <source>Send &amp;file…</source>
        <translation>ファイルを送信(&amp;F)…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes: TCP streams any size from disk; UDP sends it as one datagram (at most 65,507 bytes over IPv4).</source>
        <translation>ファイルのバイト列を送信します。TCP ではディスクからサイズに関係なくストリーム送信し、UDP ではデータグラム 1 つとして送信します (IPv4 では最大 65,507 バイト)。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>ファイルを送信</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 送信済み</translation>
    </message>
    <message>
        <source>File not sent in full: %1</source>
        <translation>ファイルを最後まで送信できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>File sent: %n byte(s).</source>
        <translation>
            <numerusform>ファイルを送信しました: %n バイト。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileStreamer</name>
    <message>
        <source>replaced by &quot;%1&quot;</source>
        <translation>「%1」に置き換え</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>「%1」を読めません: %2。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a directory.</source>
        <translation>「%1」を読めません: ディレクトリです。</translation>
    </message>
    <message>
        <source>Nothing to read from the FIFO &quot;%1&quot;: no process has it open for writing.</source>
        <translation>FIFO「%1」から読み取るものがありません: 書き込み用に開いているプロセスがありません。</translation>
    </message>
    <message>
        <source>Streaming files is not supported on this system.</source>
        <translation>このシステムではファイルのストリーム送信に対応していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivered more than %2 bytes, the limit for a device that may never end; sending stopped there and the stream is incomplete.</source>
        <translation>「%1」から、終わりがないかもしれないデバイスの上限である %2 バイトを超えるデータが届いたため、そこで送信を止めました。ストリームは不完全です。</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; failed after %2 bytes: %3.</source>
        <translation>「%1」の読み込みが %2 バイトの時点で失敗しました: %3。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>FrameSpec</name>
    <message>
        <source>use none, delimiter:TEXT, fixed:N, length:2be (1, 2 or 4 bytes, be or le) or idle:MS, each optionally followed by ,max=N</source>
        <translation>none、delimiter:テキスト、fixed:N、length:2be (1、2、4 バイト、be または le)、idle:ミリ秒 のいずれかを使い、必要なら後ろに ,max=N を付けてください</translation>
    </message>
    <message>
        <source>The framing&apos;s max=%1 is not a size from 1 to %2 bytes.</source>
        <translation>フレーミングの max=%1 は 1 ～ %2 バイトのサイズではありません。</translation>
    </message>
    <message>
        <source>The length prefix&apos;s offset=%1 is not a whole number of header bytes.</source>
        <translation>長さプレフィックスの offset=%1 はヘッダーのバイト数として正しい整数ではありません。</translation>
    </message>
    <message>
        <source>The framing option &quot;%1&quot; is unknown or repeated; %2.</source>
        <translation>フレーミングのオプション「%1」は不明か重複しています。%2。</translation>
    </message>
    <message>
        <source>The length prefix &quot;%1&quot; is not one of 1, 2be, 2le, 4be or 4le (its size in bytes and its byte order).</source>
        <translation>長さプレフィックス「%1」は 1、2be、2le、4be、4le (バイト数とバイト順) のいずれでもありません。</translation>
    </message>
    <message>
        <source>The framing &quot;none&quot; takes no value after a colon.</source>
        <translation>フレーミング「none」にはコロンの後の値を付けられません。</translation>
    </message>
    <message>
        <source>The framing &quot;%1&quot; is not known: %2.</source>
        <translation>フレーミング「%1」は不明です。%2。</translation>
    </message>
    <message>
        <source>The delimiter &quot;%1&quot; is not valid text with escapes: %2</source>
        <translation>区切り「%1」はエスケープ付きテキストとして正しくありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The delimiter must be 1 to 64 bytes long, not %n byte(s).</source>
        <translation>
            <numerusform>区切りは 1 ～ 64 バイトにしてください (%n バイトになっています)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delimiter is longer than the largest message (max=%1).</source>
        <translation>区切りが最大メッセージ長 (max=%1) より長くなっています。</translation>
    </message>
    <message>
        <source>The fixed message length &quot;%1&quot; is not a size from 1 to %2 bytes (max=%2).</source>
        <translation>固定メッセージ長「%1」は 1 ～ %2 バイト (max=%2) のサイズではありません。</translation>
    </message>
    <message>
        <source>The length prefix&apos;s header (offset=%1 and a %2-byte field) is longer than the largest message (max=%3).</source>
        <translation>長さプレフィックスのヘッダー (offset=%1 と %2 バイトのフィールド) が最大メッセージ長 (max=%3) より長くなっています。</translation>
    </message>
    <message>
        <source>The idle gap &quot;%1&quot; is not a number of milliseconds from 1 to %2.</source>
        <translation>無通信間隔「%1」は 1 ～ %2 のミリ秒数ではありません。</translation>
    </message>
    <message>
        <source>no framing: one message per recv()</source>
        <translation>フレーミングなし: recv() 1 回ごとに 1 メッセージ</translation>
    </message>
    <message>
        <source>messages end with %1</source>
        <translation>メッセージは %1 で終わる</translation>
    </message>
    <message numerus="yes">
        <source>messages of %n byte(s)</source>
        <translation>
            <numerusform>%n バイトのメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>1-byte length prefix</source>
        <translation>1 バイトの長さプレフィックス</translation>
    </message>
    <message>
        <source>%1-byte big-endian length prefix</source>
        <translation>%1 バイト、ビッグエンディアンの長さプレフィックス</translation>
    </message>
    <message>
        <source>%1-byte little-endian length prefix</source>
        <translation>%1 バイト、リトルエンディアンの長さプレフィックス</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n header byte(s)</source>
        <translation>
            <numerusform>%1 (ヘッダー %n バイトの後)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 counting the whole message</source>
        <translation>%1、メッセージ全体の長さを表す</translation>
    </message>
    <message>
        <source>%1 counting the body only</source>
        <translation>%1、本体のみの長さを表す</translation>
    </message>
    <message numerus="yes">
        <source>messages end after %n ms without data</source>
        <translation>
            <numerusform>データが %n ms 途切れるとメッセージが終わる</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, at most %2 bytes each</source>
        <translation>%1、各メッセージ最大 %2 バイト</translation>
    </message>
</context>
<context>
    <name>FramingEdit</name>
    <message>
        <source>None (raw chunks)</source>
        <translation>なし (受信したままのかたまり)</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>固定長</translation>
    </message>
    <message>
        <source>Length prefix</source>
        <translation>長さプレフィックス</translation>
    </message>
    <message>
        <source>Idle gap</source>
        <translation>無通信間隔</translation>
    </message>
    <message>
        <source>e.g. \r\n</source>
        <translation>例: \r\n</translation>
    </message>
    <message>
        <source>A message ends after these bytes (kept in the message): text with escapes such as \n, \r\n, \0 or \x03.</source>
        <translation>メッセージはこのバイト列の後で終わります (区切りもメッセージに含まれます)。\n、\r\n、\0、\x03 などのエスケープ付きテキストで入力します。</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>Every message is exactly this many bytes.</source>
        <translation>どのメッセージもちょうどこのバイト数です。</translation>
    </message>
    <message numerus="yes">
        <source>%n-byte length</source>
        <translation>
            <numerusform>%n バイトの長さ</numerusform>
        </translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>ビッグエンディアン</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>リトルエンディアン</translation>
    </message>
    <message>
        <source>after </source>
        <translation>前置 </translation>
    </message>
    <message>
        <source>Header bytes before the length field.</source>
        <translation>長さフィールドの前にあるヘッダーのバイト数です。</translation>
    </message>
    <message>
        <source>counts header</source>
        <translation>ヘッダーを含む</translation>
    </message>
    <message>
        <source>The length counts the whole frame, header included, instead of the body after the length field only.</source>
        <translation>長さが、長さフィールドの後の本体だけでなく、ヘッダーを含むフレーム全体を表します。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A message ends when nothing more arrives for this long.</source>
        <translation>この時間何も届かなければメッセージが終わります。</translation>
    </message>
    <message>
        <source>How the TCP stream is cut into messages for the log, the rules and the counters: %1.</source>
        <translation>ログ、ルール、カウンタのために TCP のストリームをメッセージに区切る方法: %1。</translation>
    </message>
    <message>
        <source>Framing delimiter: %1</source>
        <translation>フレーミングの区切り: %1</translation>
    </message>
    <message>
        <source>Framing delimiter: type 1 to 64 bytes, such as \n or \r\n.</source>
        <translation>フレーミングの区切り: \n や \r\n など 1 ～ 64 バイトを入力してください。</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>フレーム分割</translation>
    </message>
    <message>
        <source>Frame length</source>
        <translation>フレーム長</translation>
    </message>
    <message>
        <source>Length field size</source>
        <translation>長さフィールドのサイズ</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>バイト順</translation>
    </message>
    <message>
        <source>Length field offset</source>
        <translation>長さフィールドの位置</translation>
    </message>
</context>
<context>
    <name>GuardedRegex</name>
    <message>
        <source>The regular expression is not valid at character %1: %2.</source>
        <translation>正規表現の %1 文字目が正しくありません: %2。</translation>
    </message>
    <message>
        <source>The regular expression cannot be guarded against runaway matching: %1.</source>
        <translation>この正規表現には暴走するマッチングへの保護をかけられません: %1。</translation>
    </message>
    <message>
        <source>its groups change</source>
        <translation>グループが変わってしまいます</translation>
    </message>
</context>
<context>
    <name>HelpAndVersion</name>
    <message>
        <source>SockLab: a workbench for TCP and UDP sockets. Start servers, connect clients, send text or hex messages and watch every socket event in one window.
Qt&apos;s own options (-platform, -style, ...) are accepted too. socklab-cli does the same without a window.</source>
        <translation>SockLab: TCP と UDP のソケットを試すためのワークベンチです。サーバを起動し、クライアントを接続し、テキストや 16 進のメッセージを送って、すべてのソケットイベントを 1 つのウィンドウで確認できます。
Qt 自身のオプション(-platform、-style など)も使えます。socklab-cli はウィンドウなしで同じことを行います。</translation>
    </message>
</context>
<context>
    <name>HexPattern</name>
    <message>
        <source>The hex pattern has more than %1 items.</source>
        <translation>16 進パターンの要素が %1 個を超えています。</translation>
    </message>
    <message>
        <source>The hex pattern ends in half a byte at character %1: write two hex digits, ?? or *.</source>
        <translation>16 進パターンが %1 文字目で半端なバイトで終わっています。16 進数 2 桁、?? または * を書いてください。</translation>
    </message>
    <message>
        <source>The hex pattern has &quot;%1&quot; at character %2: write two hex digits, ?? for any byte or * for any run of bytes.</source>
        <translation>16 進パターンの %2 文字目に「%1」があります。16 進数 2 桁、任意の 1 バイトには ??、任意のバイト列には * を書いてください。</translation>
    </message>
    <message>
        <source>The hex pattern is empty: write hex bytes, ?? or * (* alone matches every message).</source>
        <translation>16 進パターンが空です。16 進のバイト、?? または * を書いてください (* だけならすべてのメッセージに一致します)。</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a UDP datagram to an IPv4 address</source>
        <translation>IPv4 アドレス宛ての UDP データグラム</translation>
    </message>
    <message>
        <source>a UDP datagram</source>
        <translation>UDP データグラム</translation>
    </message>
    <message>
        <source>one TCP payload (it is held in memory whole)</source>
        <translation>1 回の TCP 送信データ (全体をメモリに保持)</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 bytes, over the limit of %4 bytes for %3; nothing was sent.</source>
        <translation>「%1」は %2 バイトあり、%3 の上限 %4 バイトを超えています。何も送信されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; delivers more than %2 bytes, the limit for %3; reading stopped there and nothing was sent.</source>
        <translation>「%1」から %3 の上限 %2 バイトを超えるデータが届いたため、読み込みを止めました。何も送信されていません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>「%1」を読めません: %2。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is a directory.</source>
        <translation>「%1」を読めません: ディレクトリです。</translation>
    </message>
    <message>
        <source>Nothing to read from the FIFO &quot;%1&quot;: no process has it open for writing.</source>
        <translation>FIFO「%1」から読み取るものがありません: 書き込み用に開いているプロセスがありません。</translation>
    </message>
</context>
<context>
    <name>LearnDock</name>
    <message>
        <source>Learn</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>connection #%1: TCP %2</source>
        <translation>接続 #%1: TCP %2</translation>
    </message>
    <message>
        <source>TCP: %1</source>
        <translation>TCP: %1</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>解説: %1</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Connection refused: TCP asks first</source>
        <translation>接続拒否: TCP はまず接続を要求する</translation>
    </message>
    <message>
        <source>TCP is connection-oriented: connect() first asks the server&apos;s kernel for a connection. When no socket listens on that port, the kernel answers with a reset (RST) and connect() fails at once with &quot;connection refused&quot; (ECONNREFUSED), as the tutorial&apos;s client_tcp.py does once server_tcp.py has stopped. UDP has no connection to refuse: sending a datagram to the same port would have &quot;succeeded&quot;.</source>
        <translation>TCP はコネクション指向です。connect() はまずサーバのカーネルに接続を要求します。そのポートで待ち受けているソケットがなければ、カーネルはリセット(RST)で応答し、connect() はただちに「接続拒否」(ECONNREFUSED)で失敗します。チュートリアルの client_tcp.py が、server_tcp.py の停止後にエラーになるのと同じです。UDP には拒否される接続がないため、同じポートへのデータグラム送信は「成功」していたはずです。</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>アドレスが既に使用中</translation>
    </message>
    <message>
        <source>Only one socket may be bound to an address and port at a time, so that the kernel knows which process gets what arrives there. The sentence above says who holds the port, read from the socket table (what ss -tanp and the Connections tab show). A TCP port can also stay taken after its program ended: the side that closed first keeps each connection in TIME-WAIT for up to 60 s, so that late packets of the old connection are not taken for a new one. SO_REUSEADDR, set by the old server and the new one, lets a new listener bind over TIME-WAIT; the tutorial&apos;s server_tcp.py does not set it.</source>
        <translation>アドレスとポートには同時に 1 つのソケットしかバインドできません。そうすることで、カーネルは届いたデータをどのプロセスに渡すかが分かります。上の文は、ソケットテーブル(ss -tanp や「接続」タブが表示するもの)から読み取った、ポートを保持しているものを示しています。TCP のポートは、プログラムの終了後も使用中のままになることがあります。先に接続を閉じた側は、古い接続の遅れて届いたパケットが新しい接続のものと取り違えられないよう、各接続を最大 60 秒 TIME-WAIT 状態に保ちます。古いサーバと新しいサーバの両方が SO_REUSEADDR を設定していれば、新しいサーバは TIME-WAIT のポートにバインドできます。チュートリアルの server_tcp.py はこれを設定していません。</translation>
    </message>
    <message>
        <source>UDP: an error that comes late, if at all</source>
        <translation>UDP: エラーは遅れて届くか、まったく届かない</translation>
    </message>
    <message>
        <source>Nothing listened where an earlier datagram went, and the peer&apos;s kernel answered with an ICMP &quot;port unreachable&quot; message. The sendto() had already succeeded: UDP does not wait for an answer. Linux passes such a message on, as an error on a later call, only to a connected UDP socket; across a network it is often filtered, and then nothing at all tells the sender.</source>
        <translation>以前のデータグラムの宛先では何も待ち受けておらず、相手のカーネルが ICMP「ポート到達不能」メッセージで応答しました。sendto() はすでに成功しています。UDP は応答を待たないからです。Linux はこのメッセージを、接続済みの UDP ソケットに対してだけ、後の呼び出しのエラーとして伝えます。ネットワークを越える場合はしばしばフィルタされ、送信側には何も伝わりません。</translation>
    </message>
    <message>
        <source>UDP sends without a connection</source>
        <translation>UDP は接続なしで送信する</translation>
    </message>
    <message numerus="yes">
        <source>sendto() succeeded: the kernel sent this %n-byte datagram towards %1 whether or not anything listens there. UDP does no handshake and no retransmission, so it cannot report that nobody received it, as the tutorial&apos;s client_udp.py shows after server_udp.py has stopped. If nothing listens, the peer&apos;s kernel may answer with an ICMP &quot;port unreachable&quot;, which Linux hands on, as an error on a later call, only to a connected UDP socket (SockLab logs it as a hint when it comes). TCP would have refused the connection instead.</source>
        <translation>
            <numerusform>sendto() は成功しました。カーネルは、%1 で何かが待ち受けているかどうかに関係なく、この %n バイトのデータグラムを送信しました。UDP はハンドシェイクも再送も行わないため、誰も受信しなかったことを知らせることができません。チュートリアルの client_udp.py が、server_udp.py の停止後もエラーにならないのはこのためです。何も待ち受けていなければ、相手のカーネルが ICMP「ポート到達不能」で応答することがありますが、Linux はそれを接続済みの UDP ソケットに対してだけ、後の呼び出しのエラーとして伝えます(届いた場合、SockLab はヒントとして記録します)。TCP なら接続が拒否されていたはずです。</numerusform>
        </translation>
    </message>
    <message>
        <source>recv() returns whatever bytes have arrived, not one message: several send() calls of the peer may come out of one recv(), and one send() may take several. TCP keeps no message boundaries, so a protocol marks its own (a newline, a length prefix); framing in SockLab cuts the stream that way.</source>
        <translation>recv() が返すのは届いているバイト列であり、1 つのメッセージではありません。相手の複数の send() が 1 回の recv() で読まれることも、1 回の send() が複数回の recv() に分かれることもあります。TCP はメッセージの境界を保たないため、プロトコルは自分で境界(改行や長さプレフィックス)を示します。SockLab のフレーミングはその方法でストリームを区切ります。</translation>
    </message>
    <message>
        <source>For this message the framing note says &quot;%1&quot;: that many recv() calls made it.</source>
        <translation>このメッセージのフレーミング注記は「%1」です。これだけの回数の recv() でこのメッセージができています。</translation>
    </message>
    <message>
        <source>TCP is a byte stream</source>
        <translation>TCP はバイトストリーム</translation>
    </message>
    <message>
        <source>An IP address finds the machine; the port finds the process on it. This socket is %1, held by SockLab (PID %2): the kernel hands what arrives for that port to it and to no other process.</source>
        <translation>IP アドレスはマシンを、ポートはそのマシン上のプロセスを特定します。このソケットは %1 で、SockLab (PID %2) が保持しています。カーネルはそのポートに届いたデータをこのプロセスにだけ渡します。</translation>
    </message>
    <message>
        <source>The peer is %1: another process, told apart by its own port.</source>
        <translation>相手は %1 です。自分のポートで区別される別のプロセスです。</translation>
    </message>
    <message>
        <source>The peer is %1, held by %2.</source>
        <translation>相手は %1 で、%2 が保持しています。</translation>
    </message>
    <message>
        <source>The Connections tab (like netstat -ap, ss -p or the tutorial&apos;s ps step) shows which PID and program holds each port.</source>
        <translation>「接続」タブ(netstat -ap、ss -p、チュートリアルの ps の手順と同様)で、各ポートをどの PID とプログラムが保持しているかを確認できます。</translation>
    </message>
    <message>
        <source>Ports tell processes apart</source>
        <translation>ポートはプロセスを区別する</translation>
    </message>
</context>
<context>
    <name>LifecycleModel</name>
    <message>
        <source>from %1</source>
        <translation>接続元 %1</translation>
    </message>
    <message>
        <source>port %1 chosen by the kernel</source>
        <translation>ポート %1 はカーネルが選択</translation>
    </message>
    <message>
        <source>calls: %1, bytes: %2</source>
        <translation>呼び出し: %1 回、%2 バイト</translation>
    </message>
    <message>
        <source>this end closed first (FIN)</source>
        <translation>こちらが先に切断 (FIN)</translation>
    </message>
    <message>
        <source>after the peer&apos;s FIN</source>
        <translation>相手の FIN の後で切断</translation>
    </message>
</context>
<context>
    <name>LifecycleView</name>
    <message>
        <source>Socket lifecycle diagram</source>
        <translation>ソケットのライフサイクル図</translation>
    </message>
    <message>
        <source>Start a server or a client: its socket calls light up here as they happen. Select a row in the traffic log to follow its session.</source>
        <translation>サーバまたはクライアントを開始してください。ソケットの呼び出しが実行されるたびにここで点灯します。通信ログの行を選択すると、そのセッションを表示します。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no server seen yet</source>
        <translation>サーバはまだありません</translation>
    </message>
    <message>
        <source>no client connected yet</source>
        <translation>接続したクライアントはまだありません</translation>
    </message>
    <message>
        <source>another program: its calls are not in the log</source>
        <translation>別のプログラム: その呼び出しはログにありません</translation>
    </message>
    <message>
        <source>%1, connection #%2</source>
        <translation>%1、接続 #%2</translation>
    </message>
    <message>
        <source>no bind(): connect() has the kernel pick the port</source>
        <translation>bind() なし: connect() でカーネルがポートを選びます</translation>
    </message>
    <message>
        <source>UDP: no connection to set up</source>
        <translation>UDP: 接続の確立はありません</translation>
    </message>
    <message>
        <source>TCP state: read from the socket table once a second</source>
        <translation>TCP の状態: ソケットテーブルから毎秒読み取ります</translation>
    </message>
    <message>
        <source>TCP state: that end&apos;s socket belongs to the other program</source>
        <translation>TCP の状態: この端のソケットは別のプログラムのものです</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>消滅</translation>
    </message>
    <message>
        <source>TCP state: %1</source>
        <translation>TCP の状態: %1</translation>
    </message>
    <message>
        <source>SYN, SYN-ACK, ACK</source>
        <translation>SYN、SYN-ACK、ACK</translation>
    </message>
    <message>
        <source>data</source>
        <translation>データ</translation>
    </message>
    <message numerus="yes">
        <source>%1, gone in %n s</source>
        <translation>
            <numerusform>%1、%n 秒後に消滅</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFileController</name>
    <message>
        <source>Log to &amp;File…</source>
        <translation>ファイルに記録(&amp;F)…</translation>
    </message>
    <message>
        <source>Write every event, none dropped, to a file as JSON lines, whatever the view shows</source>
        <translation>表示に関係なく、すべてのイベントを欠けることなく JSON Lines 形式でファイルに書き出します</translation>
    </message>
    <message numerus="yes">
        <source>Stopped logging: %n event(s) written to %1.</source>
        <translation>
            <numerusform>記録を停止しました: %n 件のイベントを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log to File</source>
        <translation>ファイルに記録</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Logging every event to %1.</source>
        <translation>すべてのイベントを %1 に記録しています。</translation>
    </message>
</context>
<context>
    <name>MacroTemplate</name>
    <message>
        <source>The placeholder opened with {{ at byte %1 is not closed with }}.</source>
        <translation>%1 バイト目の {{ で始まるプレースホルダーが }} で閉じられていません。</translation>
    </message>
    <message>
        <source>The counter at byte %1 has a bad option &quot;%2&quot;: use start=N, step=N or width=0..%3.</source>
        <translation>%1 バイト目のカウンタのオプション「%2」が正しくありません。start=N、step=N、width=0..%3 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The placeholder at byte %1 needs a byte count from 1 to %2, as in {{random:4}}.</source>
        <translation>%1 バイト目のプレースホルダーには、{{random:4}} のように 1 から %2 までのバイト数が必要です。</translation>
    </message>
    <message>
        <source>The placeholder {{%1}} at byte %2 takes no options.</source>
        <translation>%2 バイト目のプレースホルダー {{%1}} はオプションを取りません。</translation>
    </message>
    <message>
        <source>The placeholder at byte %1 needs a group number from 0 to %2 or a group&apos;s name, as in {{group:1}} or {{group:id}}.</source>
        <translation>%1 バイト目のプレースホルダには、{{group:1}} や {{group:id}} のように 0 ～ %2 のグループ番号かグループ名が必要です。</translation>
    </message>
    <message>
        <source>Unknown placeholder &quot;%1&quot; at byte %2: use counter, seq, time, date, unixms, random:N or group:N (write {{{{ for a literal {{).</source>
        <translation>%2 バイト目のプレースホルダ「%1」は不明です。counter、seq、time、date、unixms、random:N、group:N を使ってください ({{ そのものは {{{{ と書きます)。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SockLab</source>
        <translation>SockLab</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>New server tab</source>
        <translation>新しいサーバタブ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>New client tab</source>
        <translation>新しいクライアントタブ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;server tab</source>
        <translation>新しいサーバタブ(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;client tab</source>
        <translation>新しいクライアントタブ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SockLab</source>
        <translation>SockLab について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>サンプル(&amp;E)</translation>
    </message>
    <message>
        <source>Fill a %1 tab like the tutorial&apos;s %2; press %3 to run it.</source>
        <translation>チュートリアルの %2 と同じ設定を%1タブに入力します。実行するには「%3」を押してください。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Connect or Send</source>
        <translation>接続 または 送信</translation>
    </message>
    <message>
        <source>Loaded %1. Press %2 to run it.</source>
        <translation>%1 を読み込みました。実行するには「%2」を押してください。</translation>
    </message>
    <message>
        <source>Traffic log</source>
        <translation>通信ログ</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続一覧</translation>
    </message>
    <message>
        <source>The selected socket belongs to %1.</source>
        <translation>選択したソケットは %1 のものです。</translation>
    </message>
    <message>
        <source>Show &amp;connections</source>
        <translation>接続一覧を表示(&amp;C)</translation>
    </message>
    <message>
        <source>The last message (%1 characters) was too large to keep in the settings (limit %2 characters); use Save to file in the message editor to keep large messages.</source>
        <translation>最後のメッセージ (%1 文字) は大きすぎて設定に保存できませんでした (上限 %2 文字)。大きなメッセージを残すには、メッセージ欄の「ファイルに保存」を使ってください。</translation>
    </message>
    <message>
        <source>&amp;Messages panel</source>
        <translation>メッセージパネル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Learn: lifecycle, layers, tour</source>
        <translation>学習: ライフサイクル・階層・ツアー(&amp;L)</translation>
    </message>
    <message>
        <source>Filled in a TCP server on 127.0.0.1:60001 that greets with Hello World!; press Start.</source>
        <translation>127.0.0.1:60001 で Hello World! と挨拶する TCP サーバを入力しました。「開始」を押してください。</translation>
    </message>
    <message>
        <source>Press Stop in the TCP server&apos;s tab, then Connect in the client tab (port %1).</source>
        <translation>TCP サーバのタブで「停止」を押し、次にクライアントのタブで「接続」を押してください (ポート %1)。</translation>
    </message>
    <message>
        <source>Filled in a TCP client for port %1; press Connect.</source>
        <translation>ポート %1 への TCP クライアントを入力しました。「接続」を押してください。</translation>
    </message>
    <message>
        <source>The Connections tab: SockLab&apos;s own sockets are marked.</source>
        <translation>接続一覧タブ: SockLab 自身のソケットには印が付いています。</translation>
    </message>
    <message>
        <source>Filled in a UDP server on 127.0.0.1:60002; press Start.</source>
        <translation>127.0.0.1:60002 の UDP サーバを入力しました。「開始」を押してください。</translation>
    </message>
    <message>
        <source>Press Stop in the UDP server&apos;s tab, then Send in the client tab (port %1).</source>
        <translation>UDP サーバのタブで「停止」を押し、次にクライアントのタブで「送信」を押してください (ポート %1)。</translation>
    </message>
    <message>
        <source>Filled in a UDP client for port %1 with Hello Server!; press Send.</source>
        <translation>Hello Server! を送るポート %1 への UDP クライアントを入力しました。「送信」を押してください。</translation>
    </message>
</context>
<context>
    <name>MessageEditDialog</name>
    <message>
        <source>Edit message</source>
        <translation>メッセージの編集</translation>
    </message>
    <message>
        <source>none; a/b nests</source>
        <translation>なし (a/b で入れ子)</translation>
    </message>
    <message>
        <source>Send to a fixed target when no pane is ready</source>
        <translation>送信できるペインがないときは固定の宛先に送信する</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
</context>
<context>
    <name>MessageJson</name>
    <message>
        <source>message %1: &quot;%2&quot; must be a string.</source>
        <translation>メッセージ %1: 「%2」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; must be true or false.</source>
        <translation>メッセージ %1: 「%2」は true か false でなければなりません。</translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>メッセージ %1: 「%2」は %3 から %4 までの整数でなければなりません。</translation>
    </message>
    <message>
        <source>message %1: &quot;%2&quot; is &quot;%3&quot;, which is none of %4.</source>
        <translation>メッセージ %1: 「%2」が「%3」ですが、%4 のいずれでもありません。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>%1 MiB を超えています。</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>正しい JSON ではありません (%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>it is not a SockLab message library (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>SockLab のメッセージライブラリではありません (「format」が「%1」ではありません)。</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a whole number.</source>
        <translation>「version」がないか、整数ではありません。</translation>
    </message>
    <message>
        <source>it was written by a newer SockLab (format version %1; this one reads version %2).</source>
        <translation>新しい SockLab で書かれています (形式バージョン %1。この SockLab が読めるのはバージョン %2 です)。</translation>
    </message>
    <message>
        <source>it has no &quot;messages&quot; list.</source>
        <translation>「messages」リストがありません。</translation>
    </message>
    <message>
        <source>it holds %1 messages; at most %2 are read.</source>
        <translation>%1 件のメッセージがあります。読み込めるのは最大 %2 件です。</translation>
    </message>
    <message>
        <source>message %1 is not a JSON object.</source>
        <translation>メッセージ %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>message %1: &quot;hex&quot;: %2</source>
        <translation>メッセージ %1: 「hex」: %2</translation>
    </message>
    <message>
        <source>message %1: the payload is larger than %2 bytes.</source>
        <translation>メッセージ %1: ペイロードが %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1 (in &quot;target&quot;)</source>
        <translation>%1 (「target」内)</translation>
    </message>
    <message>
        <source>message %1: &quot;target&quot; must be an object.</source>
        <translation>メッセージ %1: 「target」はオブジェクトでなければなりません。</translation>
    </message>
</context>
<context>
    <name>MessageLayers</name>
    <message>
        <source>Application</source>
        <translation>アプリケーション層</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート層</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>インターネット層</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ネットワークインターフェース層</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n byte(s) to %1 over %2</source>
        <translation>
            <numerusform>%2 で %1 へ %n バイト送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n byte(s) from %1 over %2</source>
        <translation>
            <numerusform>%2 で %1 から %n バイト受信</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS (shown decrypted)</source>
        <translation>TLS (復号して表示)</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>(the log did not keep them)</source>
        <translation>(ログには残っていません)</translation>
    </message>
    <message>
        <source>hex: %1</source>
        <translation>16 進: %1</translation>
    </message>
    <message>
        <source>Exactly one datagram: one sendto() arrives as one recvfrom(), never split or joined with another.</source>
        <translation>ちょうど 1 つのデータグラム: 1 回の sendto() は 1 回の recvfrom() で届き、分割されることも他と結合されることもありません。</translation>
    </message>
    <message>
        <source>One send() whose bytes the kernel took: it may cut them into several segments or join them with others. TCP carries a byte stream, not messages.</source>
        <translation>カーネルが受け取った 1 回の send() 分のバイト: カーネルはこれを複数のセグメントに分けることも、他と結合することもあります。TCP が運ぶのはメッセージではなくバイトストリームです。</translation>
    </message>
    <message>
        <source>One recv(): its bytes may come from several segments and from several send() calls of the peer. TCP carries a byte stream, not messages.</source>
        <translation>1 回の recv(): そのバイトは複数のセグメントや、相手の複数回の send() から来ていることがあります。TCP が運ぶのはメッセージではなくバイトストリームです。</translation>
    </message>
    <message>
        <source>On the wire these bytes travel encrypted in TLS records (a 5-byte header each, plus an authentication tag); the log does not see the records.</source>
        <translation>回線上ではこのバイトは TLS レコードに暗号化されて運ばれます (各レコードに 5 バイトのヘッダと認証タグが付きます)。ログにはレコードは見えません。</translation>
    </message>
    <message>
        <source>None: the program&apos;s own bytes, as they are.</source>
        <translation>なし: プログラム自身のバイトそのままです。</translation>
    </message>
    <message>
        <source>Source port %1 → destination port %2: the port tells the process on each machine apart.</source>
        <translation>送信元ポート %1 → 宛先ポート %2: ポートがそれぞれのマシン上のプロセスを区別します。</translation>
    </message>
    <message>
        <source>8 bytes exactly: both ports, a length and a checksum.</source>
        <translation>ちょうど 8 バイト: 両方のポート、長さ、チェックサム。</translation>
    </message>
    <message>
        <source>The length field says %1 (8 + the payload).</source>
        <translation>長さフィールドは %1 (8 + ペイロード) です。</translation>
    </message>
    <message>
        <source>20 to 60 bytes per segment: 20 fixed, plus options that the log does not see.</source>
        <translation>セグメントごとに 20〜60 バイト: 固定の 20 バイトに、ログからは見えないオプションが加わります。</translation>
    </message>
    <message>
        <source>This system offers TCP timestamps (net.ipv4.tcp_timestamps): when the peer agrees, as Linux does by default, each segment carries 12 bytes of them, 32 in all.</source>
        <translation>このシステムは TCP タイムスタンプを提示します (net.ipv4.tcp_timestamps)。相手が合意すれば (Linux の既定)、各セグメントに 12 バイトが加わり、合計 32 バイトになります。</translation>
    </message>
    <message>
        <source>TCP timestamps are off on this system (net.ipv4.tcp_timestamps = 0), so data segments usually carry no options: 20 bytes.</source>
        <translation>このシステムでは TCP タイムスタンプが無効 (net.ipv4.tcp_timestamps = 0) なので、データセグメントには通常オプションがなく 20 バイトです。</translation>
    </message>
    <message>
        <source>this machine (the socket is bound to %1; which of its addresses was used is not logged)</source>
        <translation>このマシン (ソケットは %1 にバインドされており、どのアドレスが使われたかはログに残りません)</translation>
    </message>
    <message>
        <source>From %1 to %2: the address finds the machine.</source>
        <translation>%1 から %2 へ: アドレスがマシンを特定します。</translation>
    </message>
    <message>
        <source>40 bytes, fixed (SockLab adds no extension headers).</source>
        <translation>40 バイト固定 (SockLab は拡張ヘッダを付けません)。</translation>
    </message>
    <message>
        <source>20 bytes without options (SockLab sets none).</source>
        <translation>オプションなしで 20 バイト (SockLab はオプションを設定しません)。</translation>
    </message>
    <message numerus="yes">
        <source>This datagram makes a packet of %n byte(s).</source>
        <translation>
            <numerusform>このデータグラムは %n バイトのパケットになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>A loopback address: the packet never leaves this machine.</source>
        <translation>ループバックアドレス: パケットはこのマシンの外に出ません。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Reading this machine&apos;s interfaces…</source>
        <translation>このマシンのインターフェースを読み込み中…</translation>
    </message>
    <message>
        <source>%1 is an address of this machine: the kernel delivers the packet internally, through the loopback interface.</source>
        <translation>%1 はこのマシン自身のアドレスです: カーネルはパケットを内部でループバックインターフェース経由で届けます。</translation>
    </message>
    <message>
        <source>The interface holding the local address %1.</source>
        <translation>ローカルアドレス %1 を持つインターフェース。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The socket is bound to every address and the log does not record which interface the packet used.</source>
        <translation>ソケットはすべてのアドレスにバインドされており、パケットがどのインターフェースを通ったかはログに残りません。</translation>
    </message>
    <message>
        <source>No interface holds %1 now.</source>
        <translation>現在 %1 を持つインターフェースはありません。</translation>
    </message>
    <message>
        <source>Depends on the link (Ethernet: a 14-byte header and a 4-byte check sequence).</source>
        <translation>リンクによります (Ethernet: 14 バイトのヘッダと 4 バイトのチェックシーケンス)。</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>None on a wire: loopback hands the packet over in memory.</source>
        <translation>回線上にはありません: ループバックはパケットをメモリ上で受け渡します。</translation>
    </message>
    <message>
        <source>Ethernet: a 14-byte header and a 4-byte frame check sequence.</source>
        <translation>Ethernet: 14 バイトのヘッダと 4 バイトのフレームチェックシーケンス。</translation>
    </message>
    <message>
        <source>Wi-Fi: an 802.11 header, whose size depends on the frame.</source>
        <translation>Wi-Fi: 802.11 ヘッダ (サイズはフレームによります)。</translation>
    </message>
    <message>
        <source>Depends on the link type of %1.</source>
        <translation>%1 のリンク種別によります。</translation>
    </message>
    <message>
        <source>MTU %1 bytes.</source>
        <translation>MTU %1 バイト。</translation>
    </message>
    <message>
        <source>The %1-byte packet is larger than that: IP sends it in fragments.</source>
        <translation>%1 バイトのパケットはそれより大きいため、IP はフラグメントに分けて送ります。</translation>
    </message>
</context>
<context>
    <name>MessageLayersView</name>
    <message>
        <source>Layers of the selected message</source>
        <translation>選択したメッセージの階層</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>What this message carries</source>
        <translation>このメッセージが運ぶもの</translation>
    </message>
    <message>
        <source>Header it adds</source>
        <translation>付加されるヘッダ</translation>
    </message>
    <message>
        <source>Select a sent or received row in the traffic log to see the layers its bytes pass through: the tutorial&apos;s TCP/IP table, filled in with what SockLab knows about that row.</source>
        <translation>通信ログで送信または受信の行を選ぶと、そのバイトが通る階層が表示されます: チュートリアルの TCP/IP モデルの表に、SockLab がその行について知っていることを入れたものです。</translation>
    </message>
</context>
<context>
    <name>MessageLibrary</name>
    <message>
        <source>The message library is full (%1 messages); delete some before adding &quot;%2&quot;.</source>
        <translation>メッセージライブラリがいっぱいです (%1 件)。「%2」を追加する前にいくつか削除してください。</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; is no longer in the library.</source>
        <translation>メッセージ「%1」はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>The message to duplicate is no longer in the library.</source>
        <translation>複製するメッセージはもうライブラリにありません。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>The library has no message named &quot;%1&quot;.</source>
        <translation>ライブラリに「%1」という名前のメッセージはありません。</translation>
    </message>
    <message>
        <source>%1 messages are named &quot;%2&quot;; name one by its folder, as in &quot;%3&quot;.</source>
        <translation>「%2」という名前のメッセージが %1 件あります。「%3」のようにフォルダを付けて指定してください。</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; is %2 bytes long; a library message holds at most %3 bytes (send larger data as a file).</source>
        <translation>メッセージ「%1」は %2 バイトあります。ライブラリのメッセージは最大 %3 バイトです (それより大きいデータはファイルとして送信してください)。</translation>
    </message>
</context>
<context>
    <name>MessageLibraryDocument</name>
    <message>
        <source>Messages not saved: %1</source>
        <translation>メッセージを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message numerus="yes">
        <source>%n B</source>
        <extracomment>the size of a saved message&apos;s payload</extracomment>
        <translation>
            <numerusform>%n B</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>MessageRouter</name>
    <message>
        <source>%1 %2 · %3</source>
        <extracomment>%1 is &quot;Server&quot; or &quot;Client&quot;, %2 the tab&apos;s number, %3 its title</extracomment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Nothing sent: the current pane cannot send and the client tab is busy; open a new client tab for “%1”.</source>
        <translation>送信なし: 現在のペインからは送信できず、クライアントタブも使用中です。「%1」用に新しいクライアントタブを開いてください。</translation>
    </message>
    <message>
        <source>Nothing sent: connect the client, or start the server and wait for a client (“%1” has no target of its own).</source>
        <translation>送信なし: クライアントを接続するか、サーバを開始してクライアントの接続を待ってください (「%1」には専用の宛先がありません)。</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>it is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The message library %1 could not be read: %2</source>
        <translation>メッセージライブラリ %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The file was left as it is.</source>
        <translation>ファイルはそのまま残しました。</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty library started.</source>
        <translation>%1 として残し、新しい空のライブラリを開始しました。</translation>
    </message>
    <message>
        <source>It could not be moved aside and was left as it is.</source>
        <translation>退避できなかったため、そのまま残しました。</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>開けません (%1)。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>%1 MiB を超えています。</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>読み込めません (%1)。</translation>
    </message>
    <message>
        <source>%1 was not written: it is a symbolic link.</source>
        <translation>%1 に書き込みませんでした: シンボリックリンクです。</translation>
    </message>
    <message>
        <source>%1 was not written: it is not a regular file.</source>
        <translation>%1 に書き込みませんでした: 通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 was not written: its folder cannot be created.</source>
        <translation>%1 に書き込めませんでした: フォルダを作成できません。</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Search name, folder, notes, payload…</source>
        <translation>名前・フォルダ・メモ・ペイロードを検索…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the selected message (Enter or double-click); several selected are sent in order as a sequence.</source>
        <translation>選択したメッセージを送信します (Enter またはダブルクリック)。複数選択すると、シーケンスとして順に送信します。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>step </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <source>Save editor…</source>
        <translation>メッセージ欄を保存…</translation>
    </message>
    <message>
        <source>Save the current pane&apos;s message editor as a new message.</source>
        <translation>現在のペインのメッセージ欄の内容を新しいメッセージとして保存します。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>メッセージ欄に読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Sends to: no pane yet (click into a server or client tab)</source>
        <translation>送信先: まだペインがありません (サーバタブかクライアントタブをクリックしてください)</translation>
    </message>
    <message>
        <source>Sends to: %1</source>
        <translation>送信先: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message numerus="yes">
        <source>Send %n in sequence</source>
        <translation>
            <numerusform>%n 件を順に送信</numerusform>
        </translation>
    </message>
    <message>
        <source>Nowhere to send: connect a client or start a server with a client connected.</source>
        <translation>送信先がありません: クライアントを接続するか、サーバを開始してクライアントが接続するのを待ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) in sequence.</source>
        <translation>
            <numerusform>%n 件のメッセージを順に送信しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No message editor to save: open a server or client tab.</source>
        <translation>保存するメッセージ欄がありません: サーバタブかクライアントタブを開いてください。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>「%1」を保存</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Save as message</source>
        <translation>メッセージとして保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>名前を「%1」に変更</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <source>Loaded “%1” into the editor.</source>
        <translation>「%1」をメッセージ欄に読み込みました。</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージを複製</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n message(s).</source>
        <translation>
            <numerusform>%n 件のメッセージを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n message(s)</source>
        <translation>
            <numerusform>%n 件のメッセージをインポート</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n message(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件のメッセージをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) could not be mapped:</source>
        <translation>
            <numerusform>%n 件の項目は対応付けできませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>メッセージのインポート</translation>
    </message>
    <message>
        <source>Messages (*.json *.ini);;All files (*)</source>
        <translation>メッセージ (*.json *.ini);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n 件のメッセージを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>メッセージのエクスポート</translation>
    </message>
    <message>
        <source>SockLab messages (*.json)</source>
        <translation>SockLab メッセージ (*.json)</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>「%1」を送信中…</translation>
    </message>
    <message>
        <source>Delay between the messages of a sequence sent with Send; Sequence… sets a delay for each step.</source>
        <translation>「送信」で送るシーケンスのメッセージ間の待ち時間です。「シーケンス…」ではステップごとに待ち時間を設定できます。</translation>
    </message>
    <message>
        <source>Se&amp;quence…</source>
        <translation>シーケンス(&amp;Q)…</translation>
    </message>
    <message>
        <source>Send the selected messages as a sequence with a delay of its own before each step, in an order you choose (Ctrl+Return).</source>
        <translation>選択したメッセージを、選んだ順にシーケンスとして送信します。各ステップの前にそれぞれの待ち時間を設定できます (Ctrl+Return)。</translation>
    </message>
    <message>
        <source>Send as se&amp;quence…</source>
        <translation>シーケンスとして送信(&amp;Q)…</translation>
    </message>
    <message>
        <source>Select the messages of the sequence first (Ctrl+click or Shift+click selects several).</source>
        <translation>先にシーケンスにするメッセージを選択してください (Ctrl+クリックまたは Shift+クリックで複数選択できます)。</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>何も送信されていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) in sequence, the last due %1 ms after Send.</source>
        <translation>
            <numerusform>%n 件のメッセージをシーケンスとして送信中です。最後のメッセージは送信の %1 ms 後の予定です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <source>Delay between steps</source>
        <translation>ステップ間の待ち時間</translation>
    </message>
</context>
<context>
    <name>MulticastBox</name>
    <message>
        <source>Multicast</source>
        <translation>マルチキャスト</translation>
    </message>
    <message>
        <source>239.1.2.3 or ff15::1</source>
        <translation>239.1.2.3 または ff15::1</translation>
    </message>
    <message>
        <source>The loopback interface keeps the group on this machine; choose another to receive from the network.</source>
        <translation>ループバックインターフェイスならグループはこのマシン内にとどまります。ネットワークから受信するには別のインターフェイスを選んでください。</translation>
    </message>
    <message>
        <source>any sender</source>
        <translation>任意の送信元</translation>
    </message>
    <message>
        <source>Source-specific multicast: only datagrams from this address.</source>
        <translation>ソース指定マルチキャスト: このアドレスからのデータグラムだけを受信します。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>脱退(&amp;L)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェイス:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>送信元:</translation>
    </message>
    <message>
        <source>%1 (interface down: rejoined when it is back)</source>
        <translation>%1 (インターフェイスがダウン: 戻ったときに再参加します)</translation>
    </message>
    <message>
        <source>Multicast groups joined</source>
        <translation>参加中のマルチキャストグループ</translation>
    </message>
</context>
<context>
    <name>MulticastMembership</name>
    <message>
        <source>%1 from %2 on %3</source>
        <translation>%1 (送信元 %2、%3 上)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2 上)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood in --join; write GROUP[@IFACE][,source=ADDR].</source>
        <translation>--join の「%1」は解釈できません。GROUP[@IFACE][,source=ADDR] の形で指定してください。</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; is not an IP address.</source>
        <translation>送信元「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>There is no network interface named &quot;%1&quot; on this machine.</source>
        <translation>このマシンには「%1」という名前のネットワークインターフェイスはありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multicast group; IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 groups start with ff.</source>
        <translation>「%1」はマルチキャストグループではありません。IPv4 のグループは 224.0.0.0 ～ 239.255.255.255、IPv6 のグループは ff で始まります。</translation>
    </message>
    <message>
        <source>The source %1 and the group %2 are not of the same address family.</source>
        <translation>送信元 %1 とグループ %2 のアドレスファミリーが異なります。</translation>
    </message>
</context>
<context>
    <name>MulticastSendOptions</name>
    <message>
        <source>Multicast TTL (IPv4) or hop limit (IPv6): 1 keeps datagrams to a group on the local link.</source>
        <translation>マルチキャスト TTL (IPv4) またはホップ制限 (IPv6): 1 ならグループ宛てデータグラムはローカルリンク内にとどまります。</translation>
    </message>
    <message>
        <source>Loop&amp;back</source>
        <translation>ループバック(&amp;B)</translation>
    </message>
    <message>
        <source>Datagrams to a group also reach members on this machine.</source>
        <translation>グループ宛てデータグラムをこのマシン上のメンバーにも届けます。</translation>
    </message>
    <message>
        <source>(routing table)</source>
        <translation>(ルーティングテーブル)</translation>
    </message>
    <message>
        <source>Interface datagrams to a group leave from; the loopback interface keeps them on this machine.</source>
        <translation>グループ宛てデータグラムを送信するインターフェイス。ループバックインターフェイスならこのマシン内にとどまります。</translation>
    </message>
    <message>
        <source>Multicast &amp;TTL:</source>
        <translation>マルチキャスト TTL(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>経由(&amp;V):</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>No process is reading the FIFO &quot;%1&quot;; start its reader first, or write the log to a regular file.</source>
        <translation>FIFO「%1」を読み取っているプロセスがありません。先に読み取り側を起動するか、ログを通常のファイルに書き出してください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>「%1」に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>PacketSenderImport</name>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 をインポートできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported: it is not a valid INI file.</source>
        <translation>%1 をインポートできませんでした: 正しい INI ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 could not be imported: it holds no Packet Sender packets.</source>
        <translation>%1 をインポートできませんでした: Packet Sender のパケットが含まれていません。</translation>
    </message>
    <message>
        <source>The file is not a Packet Sender JSON export (a list of packets).</source>
        <translation>このファイルは Packet Sender の JSON エクスポート (パケットのリスト) ではありません。</translation>
    </message>
    <message>
        <source>Entry %1 is not a packet and was skipped.</source>
        <translation>項目 %1 はパケットではないため、スキップしました。</translation>
    </message>
    <message>
        <source>A packet without a name was skipped.</source>
        <translation>名前のないパケットをスキップしました。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; has no hexString; it was imported with an empty payload.</source>
        <translation>パケット「%1」には hexString がないため、空のペイロードでインポートしました。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; was skipped: its hexString is not valid hex: %2</source>
        <translation>パケット「%1」をスキップしました: hexString が正しい 16 進数ではありません: %2</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; was skipped: its payload is larger than %2 bytes.</source>
        <translation>パケット「%1」をスキップしました: ペイロードが %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the protocol &quot;%2&quot; is not mapped (SockLab sends plain TCP and UDP); it was imported without a target.</source>
        <translation>パケット「%1」: プロトコル「%2」は対応付けできません (SockLab が送信するのは素の TCP と UDP です)。宛先なしでインポートしました。</translation>
    </message>
    <message>
        <source>Packet Sender: %1 to %2 port %3.</source>
        <translation>Packet Sender: %2 のポート %3 宛ての %1。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot; has no address (toIP); it was imported without a target.</source>
        <translation>パケット「%1」にはアドレス (toIP) がないため、宛先なしでインポートしました。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the port &quot;%2&quot; is not a port from 1 to 65535; it was imported without a target.</source>
        <translation>パケット「%1」: ポート「%2」は 1〜65535 のポートではないため、宛先なしでインポートしました。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the resend interval &quot;%2&quot; is not a number of seconds and was not mapped.</source>
        <translation>パケット「%1」: 再送間隔「%2」は秒数ではないため、対応付けしませんでした。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the source address (fromIP %2) is not mapped; SockLab chooses it when sending.</source>
        <translation>パケット「%1」: 送信元アドレス (fromIP %2) は対応付けしません。送信時に SockLab が選びます。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the source port (fromPort %2) is not mapped; SockLab chooses it when sending.</source>
        <translation>パケット「%1」: 送信元ポート (fromPort %2) は対応付けしません。送信時に SockLab が選びます。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the response setting (sendResponse) is not mapped.</source>
        <translation>パケット「%1」: 応答の設定 (sendResponse) は対応付けしません。</translation>
    </message>
    <message>
        <source>Packet &quot;%1&quot;: the HTTP request path (requestPath %2) is not mapped.</source>
        <translation>パケット「%1」: HTTP リクエストのパス (requestPath %2) は対応付けしません。</translation>
    </message>
</context>
<context>
    <name>PaneConfig</name>
    <message>
        <source>The saved framing was dropped: %1</source>
        <translation>保存されていたフレーミングは破棄されました: %1</translation>
    </message>
    <message>
        <source>The response rules (%1 characters) were too large to keep in the settings; use Export… in the Rules tab to keep large rule sets.</source>
        <translation>応答ルール (%1 文字) は大きすぎて設定に保存できませんでした。大きなルールセットは「ルール」タブの「エクスポート…」で保存してください。</translation>
    </message>
    <message>
        <source>the value is too large.</source>
        <translation>値が大きすぎます。</translation>
    </message>
    <message>
        <source>The saved response rules were damaged and were dropped: %1</source>
        <translation>保存されていた応答ルールが壊れていたため破棄されました: %1</translation>
    </message>
</context>
<context>
    <name>PanePython</name>
    <message>
        <source>Settings of the pane &quot;%1&quot;.</source>
        <translation>ペイン「%1」の設定。</translation>
    </message>
    <message>
        <source>the auto-reply</source>
        <translation>自動返信</translation>
    </message>
    <message>
        <source>the response rules</source>
        <translation>応答ルール</translation>
    </message>
    <message>
        <source>framing (%1)</source>
        <translation>フレーミング(%1)</translation>
    </message>
    <message numerus="yes">
        <source>at most %n client(s) at once</source>
        <translation>
            <numerusform>同時に最大 %n クライアント</numerusform>
        </translation>
    </message>
    <message>
        <source>the message, which does not parse (%1)</source>
        <translation>解析できないメッセージ(%1)</translation>
    </message>
    <message>
        <source>It sends as Start on the Repeat row does (its count and interval); Send sends once.</source>
        <translation>「繰り返し:」行の「開始」と同じように送信します(その回数と間隔)。「送信」は 1 回だけ送ります。</translation>
    </message>
    <message>
        <source>placeholders: every message here is the first one</source>
        <translation>プレースホルダ: ここではすべてのメッセージが 1 通目と同じです</translation>
    </message>
    <message>
        <source>TLS (python3&apos;s ssl module would wrap the socket)</source>
        <translation>TLS（python3 の ssl モジュールでソケットを包むことになります）</translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>Lone backslash at position %1 at the end of the text; write \\ for a backslash.</source>
        <translation>テキスト末尾の位置 %1 にバックスラッシュが単独であります。バックスラッシュ自体は \\ と書いてください。</translation>
    </message>
    <message>
        <source>Incomplete escape &quot;%1&quot; at position %2: \x needs two hex digits.</source>
        <translation>位置 %2 のエスケープ「%1」が不完全です。\x には 16 進数 2 桁が必要です。</translation>
    </message>
    <message>
        <source>Escape &quot;%1&quot; at position %2 needs two hex digits, but %3 is not one.</source>
        <translation>位置 %2 のエスケープ「%1」には 16 進数 2 桁が必要ですが、%3 は 16 進数ではありません。</translation>
    </message>
    <message>
        <source>Unknown escape &quot;\%1&quot; at position %2; use \n, \r, \t, \\, \0 or \xHH.</source>
        <translation>位置 %2 のエスケープ「\%1」は使えません。\n、\r、\t、\\、\0、\xHH のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Unknown escape at position %1: a backslash followed by %2; use \n, \r, \t, \\, \0 or \xHH.</source>
        <translation>位置 %1 に不明なエスケープがあります (バックスラッシュの後に %2)。\n、\r、\t、\\、\0、\xHH のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit.</source>
        <translation>位置 %2 の %1 は 16 進数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not followed by hex digits.</source>
        <translation>位置 %2 の「%1」の後に 16 進数がありません。</translation>
    </message>
    <message>
        <source>Odd number of hex digits (%1) in &quot;%2&quot; at position %3; each byte needs two digits.</source>
        <translation>位置 %3 の「%2」の 16 進数の桁数 (%1) が奇数です。1 バイトには 2 桁が必要です。</translation>
    </message>
</context>
<context>
    <name>PayloadEditor</name>
    <message>
        <source>Message to send. Escapes: \n \r \t \\ \0 \xHH</source>
        <translation>送信するメッセージ。エスケープ: \n \r \t \\ \0 \xHH</translation>
    </message>
    <message>
        <source>How the message is written: text with escapes, or hex bytes. Switching converts the message.</source>
        <translation>メッセージの書き方: エスケープ付きテキスト、または 16 進バイト列。切り替えると内容も変換されます。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Line ending appended to every message sent.</source>
        <translation>送信するメッセージの末尾に付ける改行。</translation>
    </message>
    <message>
        <source>No line ending</source>
        <translation>改行なし</translation>
    </message>
    <message>
        <source>+ \n (LF)</source>
        <translation>+ \n (LF)</translation>
    </message>
    <message>
        <source>+ \r\n (CRLF)</source>
        <translation>+ \r\n (CRLF)</translation>
    </message>
    <message>
        <source>Cannot switch to %1: %2</source>
        <translation>%1 に切り替えられません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Forget this message and edit a new one.</source>
        <translation>このメッセージを破棄して、新しいメッセージを編集します。</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Write the message&apos;s exact bytes to a file.</source>
        <translation>メッセージのバイト列をそのままファイルに書き出します。</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>ファイルから読み込み…</translation>
    </message>
    <message>
        <source>Send the exact bytes of a file instead.</source>
        <translation>代わりにファイルのバイト列をそのまま送信します。</translation>
    </message>
    <message>
        <source>The message (%1 characters) was too large to edit and not valid: %2</source>
        <translation>メッセージ (%1 文字) は編集するには大きすぎ、メッセージとしても正しくありません: %2</translation>
    </message>
    <message>
        <source>The pasted text (%1 characters) is too large to edit here and is not a valid message: %2</source>
        <translation>貼り付けたテキスト (%1 文字) はここで編集するには大きすぎ、メッセージとしても正しくありません: %2</translation>
    </message>
    <message>
        <source>%1 bytes — too large to edit here; it will be sent as is.</source>
        <translation>%1 バイト — ここで編集するには大きすぎます。このまま送信されます。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was loaded.</source>
        <translation>%1 は通常のファイルではありません。何も読み込んでいません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; nothing was loaded.</source>
        <translation>%1 は %2 バイトより大きいため、何も読み込んでいません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Load message from file</source>
        <translation>ファイルからメッセージを読み込み</translation>
    </message>
    <message>
        <source>Save message to file</source>
        <translation>メッセージをファイルに保存</translation>
    </message>
    <message>
        <source>+ \r (CR)</source>
        <translation>+ \r (CR)</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>マクロ</translation>
    </message>
    <message>
        <source>Expand placeholders when sending: {{counter}}, {{counter:start=1,step=1,width=4}}, {{seq}}, {{time}}, {{date}}, {{unixms}}, {{random:N}}. Write {{{{ for a literal {{.</source>
        <translation>送信時にプレースホルダーを展開します: {{counter}}、{{counter:start=1,step=1,width=4}}、{{seq}}、{{time}}、{{date}}、{{unixms}}、{{random:N}}。{{ そのものは {{{{ と書きます。</translation>
    </message>
    <message>
        <source>Checksum appended after the line ending, computed over everything before it, in the byte order shown.</source>
        <translation>改行の後に付けるチェックサム。それより前のすべてのバイトから、表示されたバイト順で計算します。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Messages sent from this pane, most recent first (Ctrl+Up / Ctrl+Down in the editor).</source>
        <translation>このペインから送信したメッセージ (新しい順。メッセージ欄では Ctrl+Up / Ctrl+Down)。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Show the exact bytes of the next send as a hex dump.</source>
        <translation>次に送信するバイト列をそのまま 16 進ダンプで表示します。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more byte(s), not shown.</source>
        <translation>
            <numerusform>… ほか %n バイトは表示していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>メッセージの形式</translation>
    </message>
    <message>
        <source>Line ending</source>
        <translation>改行コード</translation>
    </message>
    <message>
        <source>Bytes preview</source>
        <translation>バイト列のプレビュー</translation>
    </message>
</context>
<context>
    <name>PortHolders</name>
    <message>
        <source>this SockLab (PID %1)</source>
        <translation>この SockLab (PID %1)</translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>Address %1 is already in use: %2</source>
        <translation>アドレス %1 は既に使用されています: %2</translation>
    </message>
    <message>
        <source>another program (or another SockLab session) is bound to it; stop it or pick another port.</source>
        <translation>別のプログラム(または別の SockLab セッション)がバインドしています。それを停止するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>a program listens on port %1 (its PID is not visible to this user; ss -ltnp as root shows it); stop it or pick another port.</source>
        <translation>あるプログラムがポート %1 で待ち受けています(その PID はこのユーザーからは見えません。root で ss -ltnp を実行すると表示されます)。それを停止するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>a program is bound to UDP port %1 (its PID is not visible to this user; ss -lunp as root shows it); stop it or pick another port.</source>
        <translation>あるプログラムが UDP ポート %1 にバインドしています(その PID はこのユーザーからは見えません。root で ss -lunp を実行すると表示されます)。それを停止するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>%1 listens on port %2; stop it or pick another port.</source>
        <translation>%1 がポート %2 で待ち受けています。それを停止するか、別のポートを選んでください。</translation>
    </message>
    <message>
        <source>%1 is bound to UDP port %2; stop it or pick another port.</source>
        <translation>%1 が UDP ポート %2 にバインドしています。それを停止するか、別のポートを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>only %n connection(s) in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them up to 60 s after the close, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait up to a minute or pick another port.</source>
        <translation>
            <numerusform>使用しているのは TIME-WAIT 状態の接続 %n 個だけです。先に接続を閉じたサーバ側に残ったものです。Linux はクローズ後最大 60 秒これを保持し、その後ポートは再び空きます。SO_REUSEADDR で新しいサーバが TIME-WAIT のポートにバインドできるのは、古いサーバも SO_REUSEADDR を設定していた場合だけです(チュートリアルの server_tcp.py は設定せず、SockLab は設定します)。1 分ほど待つか、別のポートを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>programs whose PID is not visible to this user</source>
        <translation>このユーザーからは PID が見えないプログラム</translation>
    </message>
    <message numerus="yes">
        <source>nobody listens on port %1, but %n connection(s) on it still exist (held by %2, plus %3 in TIME-WAIT); they free the port once closed.</source>
        <translation>
            <numerusform>ポート %1 で待ち受けているものはありませんが、そのポートの接続がまだ %n 個あります(保持: %2、ほかに TIME-WAIT が %3 個)。それらが閉じるとポートは空きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>the socket table shows no socket on port %1 (another network namespace, or a socket closed just now); stop the program that uses it or pick another port.</source>
        <translation>ソケットテーブルにはポート %1 のソケットが見当たりません(別のネットワーク名前空間か、直前に閉じられたソケットです)。それを使っているプログラムを停止するか、別のポートを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>only %n connection(s) in TIME-WAIT hold it, left over by the server that closed them first. Linux keeps them 60 s after the close; the last of them goes in %1 s, then the port is free again. SO_REUSEADDR lets a new server bind over TIME-WAIT only if the old server set it too (the tutorial&apos;s server_tcp.py does not; SockLab does): wait or pick another port.</source>
        <translation>
            <numerusform>使用しているのは TIME-WAIT 状態の接続 %n 個だけです。先に接続を閉じたサーバ側に残ったものです。Linux はクローズ後 60 秒これを保持します。最後の 1 個は %1 秒後に消え、その後ポートは再び空きます。SO_REUSEADDR で新しいサーバが TIME-WAIT のポートにバインドできるのは、古いサーバも SO_REUSEADDR を設定していた場合だけです(チュートリアルの server_tcp.py は設定せず、SockLab は設定します)。待つか、別のポートを選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortOwner</name>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
</context>
<context>
    <name>PythonProgram</name>
    <message>
        <source>The python3 program that does what SockLab does here, written by SockLab.</source>
        <translation>SockLab がここで行うことと同じ動作をする python3 プログラムです(SockLab が生成)。</translation>
    </message>
    <message>
        <source>It serves one client at a time, as the tutorial does; SockLab serves several at once.</source>
        <translation>チュートリアルと同じく一度に 1 つのクライアントを処理します。SockLab は複数を同時に処理します。</translation>
    </message>
    <message>
        <source>Not expressed here (SockLab does it, this program does not): %1</source>
        <translation>このプログラムでは表現していない設定(SockLab は行うが、このプログラムは行わない): %1</translation>
    </message>
    <message>
        <source>socket(): create a socket; %1: the address family (IPv4 or IPv6)</source>
        <translation>socket(): ソケットを作成する。%1: アドレスファミリ(IPv4 または IPv6)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TCP, a connected byte stream</source>
        <translation>TCP(接続型のバイトストリーム)</translation>
    </message>
    <message>
        <source>UDP, separate datagrams without a connection</source>
        <translation>UDP(接続のない個別のデータグラム)</translation>
    </message>
    <message>
        <source>bind(): tie the socket to an address and a port (0: the kernel picks a free one)</source>
        <translation>bind(): ソケットをアドレスとポートに紐づける(0: カーネルが空きポートを選ぶ)</translation>
    </message>
    <message>
        <source>listen(): wait for clients; 1: how many may wait to be accepted</source>
        <translation>listen(): クライアントからの接続を待つ。1: accept されるのを待てる接続の数</translation>
    </message>
    <message>
        <source>Serve until interrupted (Ctrl+C).</source>
        <translation>中断される(Ctrl+C)まで処理を続ける。</translation>
    </message>
    <message>
        <source>accept(): take the next client; conn is a new socket for it, addr its (address, port)</source>
        <translation>accept(): 次のクライアントの接続を受け付ける。conn はそのための新しいソケット、addr は (アドレス, ポート)</translation>
    </message>
    <message>
        <source>send(): the greeting (sendall() repeats send() until every byte is out)</source>
        <translation>send(): 挨拶を送信する(sendall() は全バイトを送り終えるまで send() を繰り返す)</translation>
    </message>
    <message>
        <source>recv(): whatever has arrived, up to 4096 bytes; b&apos;&apos; once the client has closed</source>
        <translation>recv(): 届いているデータを最大 4096 バイト受信する。クライアントが閉じると b&apos;&apos;</translation>
    </message>
    <message>
        <source>Echo: send the same bytes back.</source>
        <translation>エコー: 受信したバイト列をそのまま送り返す。</translation>
    </message>
    <message>
        <source>close(): end this client&apos;s connection</source>
        <translation>close(): このクライアントとの接続を閉じる</translation>
    </message>
    <message>
        <source>close(): stop listening</source>
        <translation>close(): 待ち受けを終了する</translation>
    </message>
    <message>
        <source>Receive until interrupted (Ctrl+C).</source>
        <translation>中断される(Ctrl+C)まで受信を続ける。</translation>
    </message>
    <message>
        <source>recvfrom(): one whole datagram and its sender&apos;s (address, port); 65535 so that no datagram is cut</source>
        <translation>recvfrom(): データグラム 1 つ全体と送信元の (アドレス, ポート) を受け取る。データグラムが切り詰められないよう 65535 を指定</translation>
    </message>
    <message>
        <source>sendto(): reply to the sender</source>
        <translation>sendto(): 送信元に返信する</translation>
    </message>
    <message>
        <source>Wait at most %1 s for the connection and for data.</source>
        <translation>接続とデータを最大 %1 秒待つ。</translation>
    </message>
    <message>
        <source>connect(): ask the server at this address and port for a connection</source>
        <translation>connect(): このアドレスとポートのサーバに接続を要求する</translation>
    </message>
    <message>
        <source>send(): the message (sendall() repeats send() until every byte is out)</source>
        <translation>send(): メッセージを送信する(sendall() は全バイトを送り終えるまで send() を繰り返す)</translation>
    </message>
    <message>
        <source>sendto(): one datagram to the server; it succeeds even if nobody listens</source>
        <translation>sendto(): サーバにデータグラムを 1 つ送る。誰も待ち受けていなくても成功する</translation>
    </message>
    <message>
        <source>Send until interrupted (Ctrl+C).</source>
        <translation>中断される(Ctrl+C)まで送信を続ける。</translation>
    </message>
    <message>
        <source>recv(): whatever has arrived, up to 4096 bytes; b&apos;&apos; once the server has closed</source>
        <translation>recv(): 届いているデータを最大 4096 バイト受信する。サーバが閉じると b&apos;&apos;</translation>
    </message>
    <message>
        <source>Nothing arrived for a while: done.</source>
        <translation>しばらく何も届かなかったので終了する。</translation>
    </message>
    <message>
        <source>close(): release the socket</source>
        <translation>close(): ソケットを解放する</translation>
    </message>
    <message>
        <source>It listens on 127.0.0.1 only; SockLab listens on ::1 at the same port too.</source>
        <translation>このプログラムは 127.0.0.1 だけで待ち受けます。SockLab は同じポートの ::1 でも待ち受けます。</translation>
    </message>
</context>
<context>
    <name>PythonProgramDialog</name>
    <message>
        <source>Show as Python</source>
        <translation>Python で表示</translation>
    </message>
    <message>
        <source>The python3 socket program that does what this pane does. Run it with python3 beside SockLab and compare.</source>
        <translation>このペインと同じ動作をする python3 ソケットプログラムです。SockLab と並べて python3 で実行し、比べてみてください。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Save the Python program</source>
        <translation>Python プログラムを保存</translation>
    </message>
    <message>
        <source>Python programs (*.py);;All files (*)</source>
        <translation>Python プログラム (*.py);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>RepeatRow</name>
    <message>
        <source>Repeat:</source>
        <translation>繰り返し:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> 回</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止まで</translation>
    </message>
    <message>
        <source>How many times to send the message; 0 sends until Stop.</source>
        <translation>メッセージを送信する回数。0 にすると「停止」を押すまで送信します。</translation>
    </message>
    <message>
        <source>every (ms)</source>
        <translation>間隔 (ミリ秒)</translation>
    </message>
    <message>
        <source>rate (msg/s)</source>
        <translation>レート (件/秒)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Messages per second; 0 sends as fast as the socket accepts.</source>
        <translation>1 秒あたりのメッセージ数。0 にするとソケットが受け付けられる限りの速さで送信します。</translation>
    </message>
    <message>
        <source>Milliseconds between messages; 0 sends as fast as the socket accepts.</source>
        <translation>メッセージの送信間隔 (ミリ秒)。0 にするとソケットが受け付けられる限りの速さで送信します。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 / %2 sent</source>
        <translation>%1 / %2 件送信</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 件送信</translation>
    </message>
    <message>
        <source>%1 · %2 msg/s</source>
        <translation>%1 · %2 件/秒</translation>
    </message>
    <message>
        <source>%1 · stopped: %2</source>
        <extracomment>%1 is the count and rate, %2 the reason the repeat stopped</extracomment>
        <translation>%1 · 停止: %2</translation>
    </message>
    <message>
        <source>Repeat timing</source>
        <translation>繰り返しの間隔指定</translation>
    </message>
    <message>
        <source>Interval or rate</source>
        <translation>間隔またはレート</translation>
    </message>
</context>
<context>
    <name>RepeatRunner</name>
    <message>
        <source>replaced by a new repeat</source>
        <translation>新しい繰り返しに置き換え</translation>
    </message>
    <message>
        <source>the sequence has no steps</source>
        <translation>シーケンスにステップがありません</translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation>送信に失敗</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>Responder</name>
    <message>
        <source>the reply at character %1: %2</source>
        <translation>応答の %1 文字目: %2</translation>
    </message>
    <message>
        <source>the reply: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>the library message &quot;%1&quot;: %2</source>
        <translation>ライブラリのメッセージ「%1」: %2</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前方一致</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>後方一致</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>部分一致</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>エコー</translation>
    </message>
    <message>
        <source>default reply</source>
        <translation>既定の応答</translation>
    </message>
    <message>
        <source>There are %1 rules; at most %2 are allowed.</source>
        <translation>ルールが %1 個あります。使えるのは %2 個までです。</translation>
    </message>
    <message>
        <source>Rule %1: the delay must be from 0 to %2 ms.</source>
        <translation>ルール %1: 遅延は 0 ～ %2 ms にしてください。</translation>
    </message>
    <message>
        <source>Rule %1: the pattern at character %2: %3</source>
        <translation>ルール %1: パターンの %2 文字目: %3</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>Rule %1: the library message it replies with (id %2) does not exist.</source>
        <translation>ルール %1: 応答に使うライブラリのメッセージ (id %2) がありません。</translation>
    </message>
    <message>
        <source>The default reply: %1</source>
        <translation>既定の応答: %1</translation>
    </message>
    <message>
        <source>The message is %1 bytes, over the %2 bytes a regular expression looks at, so regex rules were skipped.</source>
        <translation>メッセージが %1 バイトあり、正規表現が調べる %2 バイトを超えているため、正規表現のルールは飛ばしました。</translation>
    </message>
    <message>
        <source>Rule %1&apos;s regular expression gave up after %2 steps of backtracking (a guard against patterns that take exponential time), so it counted as no match.</source>
        <translation>ルール %1 の正規表現はバックトラック %2 ステップで打ち切られました (指数的に時間がかかるパターンへの保護)。一致しなかったものとして扱います。</translation>
    </message>
    <message>
        <source>Rule %1&apos;s regular expression was stopped after %2 ms on this message (a guard against patterns that take too long), so it counted as no match.</source>
        <translation>ルール %1 の正規表現はこのメッセージで %2 ms 後に止められました (時間がかかりすぎるパターンへの保護)。一致しなかったものとして扱います。</translation>
    </message>
    <message>
        <source>no rule matched: %1</source>
        <translation>一致するルールなし: %1</translation>
    </message>
    <message>
        <source>rule %1 (%2 &quot;%3&quot;)</source>
        <translation>ルール %1 (%2「%3」)</translation>
    </message>
</context>
<context>
    <name>RuleCheck</name>
    <message>
        <source>The pattern is empty: type the text to match.</source>
        <translation>パターンが空です。一致させるテキストを入力してください。</translation>
    </message>
    <message>
        <source>The pattern is empty: type a regular expression.</source>
        <translation>パターンが空です。正規表現を入力してください。</translation>
    </message>
    <message>
        <source>The hex pattern is empty: type bytes such as 02 ?? 10 *.</source>
        <translation>16 進パターンが空です。02 ?? 10 * のようにバイトを入力してください。</translation>
    </message>
</context>
<context>
    <name>RuleNarration</name>
    <message numerus="yes">
        <source>reply, %n byte(s)</source>
        <translation>
            <numerusform>応答、%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 acts as drop: UDP has no connection to close, so nothing is sent</source>
        <translation>%1 は破棄として動作します: UDP には閉じる接続がないため、何も送信しません</translation>
    </message>
    <message>
        <source>%1 acts as drop</source>
        <translation>%1 は破棄として動作</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>リセット (RST)</translation>
    </message>
    <message>
        <source>drop: nothing sent</source>
        <translation>破棄: 何も送信しない</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>何も送信しない</translation>
    </message>
    <message>
        <source>%1 -&gt; %2, in %3 ms</source>
        <translation>%1 -&gt; %2 (%3 ms 後)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1: not carried out: the server already holds its limit of delayed actions (%2 actions, %3 bytes of replies); later ones are refused until some are done.</source>
        <translation>%1: 実行されませんでした。サーバは遅延アクションの上限 (%2 件、応答 %3 バイト) に達しています。いくつか完了するまで、以降のものは拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n delayed rule action(s) dropped: %1</source>
        <translation>
            <numerusform>%n 件の遅延ルールアクションを破棄しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 -&gt; reply</source>
        <extracomment>The note of a sent row: the system call, then the rule whose reply it is</extracomment>
        <translation>%1: %2 -&gt; 応答</translation>
    </message>
</context>
<context>
    <name>RulesDelegate</name>
    <message>
        <source>Does not apply to UDP: there is no connection.</source>
        <translation>UDP には適用されません: 接続がありません。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a rule below the selected one.</source>
        <translation>選択したルールの下にルールを追加します。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rule.</source>
        <translation>選択したルールを削除します。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected rule up: rules are tried top to bottom.</source>
        <translation>選択したルールを上へ移動します。ルールは上から順に試されます。</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected rule down.</source>
        <translation>選択したルールを下へ移動します。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace these rules with a rules file (JSON, the same as socklab-cli --rules reads).</source>
        <translation>これらのルールをルールファイル (socklab-cli --rules が読むものと同じ JSON) で置き換えます。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save these rules as a JSON file for another server or for socklab-cli --rules.</source>
        <translation>これらのルールを、別のサーバや socklab-cli --rules で使える JSON ファイルに保存します。</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>一致するルールがないとき(&amp;N):</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Echo it back</source>
        <translation>そのまま返す (エコー)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答する</translation>
    </message>
    <message>
        <source>Sent when no rule matches. Text with escapes, or hex; placeholders such as {{counter}} are filled in.</source>
        <translation>一致するルールがないときに送信します。エスケープ付きテキストか 16 進で入力します。{{counter}} などのプレースホルダは展開されます。</translation>
    </message>
    <message>
        <source>reply, e.g. ERR\r\n</source>
        <translation>応答 (例: ERR\r\n)</translation>
    </message>
    <message>
        <source>Whether the reply is typed as text with escapes or as hex bytes.</source>
        <translation>応答をエスケープ付きテキストで入力するか、16 進のバイトで入力するかです。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>How often no rule matched since the server started.</source>
        <translation>サーバの開始以降に、どのルールにも一致しなかった回数です。</translation>
    </message>
    <message>
        <source>Each received message (a datagram, or a TCP message as the Framing option cuts it) is compared with the rules that are on, top to bottom; the first that matches fires, else the default applies. An edit while the server runs applies to the next message, and the Fired counts start again.</source>
        <translation>受信した各メッセージ (データグラム、またはフレーミングの設定で区切られた TCP のメッセージ) を、有効なルールと上から順に照合します。最初に一致したルールが動作し、どれにも一致しなければ既定の動作になります。サーバの実行中に編集すると次のメッセージから適用され、「発動」の回数は 0 から数え直します。</translation>
    </message>
    <message>
        <source>The first rule that is on and matches fires. Edits apply at once, also while running.</source>
        <translation>有効で一致した最初のルールが動作します。編集は実行中でもすぐに適用されます。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation>16 進パターン</translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation>メッセージで応答</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>発動</translation>
    </message>
    <message>
        <source>When no rule matches: %1</source>
        <extracomment>%1 is the sentence about the default reply</extracomment>
        <translation>一致するルールがないとき: %1</translation>
    </message>
    <message>
        <source>applied %1×</source>
        <extracomment>how often the default applied; %1 is a count</extracomment>
        <translation>%1 回適用</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>ルール (%1)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 個のルールをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s) to %1.</source>
        <translation>
            <numerusform>%n 個のルールを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rules</source>
        <translation>ルールのインポート</translation>
    </message>
    <message>
        <source>Rules (*.json);;All files (*)</source>
        <translation>ルール (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export rules</source>
        <translation>ルールのエクスポート</translation>
    </message>
    <message>
        <source>%1 is not a regular file; no rules were imported.</source>
        <translation>%1 は通常のファイルではありません。ルールはインポートされませんでした。</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>応答ルール</translation>
    </message>
    <message>
        <source>Default reply</source>
        <translation>既定の応答</translation>
    </message>
    <message>
        <source>Default reply format</source>
        <translation>既定の応答の形式</translation>
    </message>
</context>
<context>
    <name>RulesJson</name>
    <message>
        <source>%1: the key &quot;%2&quot; is unknown (known keys: %3).</source>
        <translation>%1: キー「%2」は不明です (使えるキー: %3)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1:「%2」は文字列にしてください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be true or false.</source>
        <translation>%1:「%2」は true か false にしてください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>%1:「%2」は %3 ～ %4 の整数にしてください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is &quot;%3&quot;, which is none of %4.</source>
        <translation>%1:「%2」が「%3」で、%4 のいずれでもありません。</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>ルール %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>既定の動作</translation>
    </message>
    <message>
        <source>The rules document has an unknown key &quot;%1&quot; (known keys: %2).</source>
        <translation>ルール文書に不明なキー「%1」があります (使えるキー: %2)。</translation>
    </message>
    <message>
        <source>The document is not SockLab rules: &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>この文書は SockLab のルールではありません:「format」が「%1」ではありません。</translation>
    </message>
    <message>
        <source>The rules document&apos;s &quot;version&quot; must be a whole number from 1.</source>
        <translation>ルール文書の「version」は 1 以上の整数にしてください。</translation>
    </message>
    <message>
        <source>The rules were written by a newer SockLab (version %1; this one reads version %2).</source>
        <translation>このルールは新しい SockLab で書かれています (バージョン %1。この SockLab が読めるのはバージョン %2 です)。</translation>
    </message>
    <message>
        <source>The rules document&apos;s &quot;default&quot; must be an object.</source>
        <translation>ルール文書の「default」はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The rules document has no &quot;rules&quot; list.</source>
        <translation>ルール文書に「rules」のリストがありません。</translation>
    </message>
    <message>
        <source>The rules document holds %1 rules; at most %2 are allowed.</source>
        <translation>ルール文書にルールが %1 個あります。使えるのは %2 個までです。</translation>
    </message>
    <message>
        <source>rule %1: it is not a JSON object.</source>
        <translation>ルール %1: JSON のオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The rules document is larger than %1 MiB.</source>
        <translation>ルール文書が %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>The rules are not valid JSON (%1 at byte %2).</source>
        <translation>ルールが正しい JSON ではありません (%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>The rules document is not a JSON object.</source>
        <translation>ルール文書が JSON のオブジェクトではありません。</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>フォルダです。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rules file %1 could not be read: %2</source>
        <translation>ルールファイル %1 を読み込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>A server holds at most %1 rules.</source>
        <translation>サーバに設定できるルールは %1 個までです。</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>前方一致</translation>
    </message>
    <message>
        <source>Ends with</source>
        <translation>後方一致</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>部分一致</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Hex pattern</source>
        <translation>16 進パターン</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>テキストで応答</translation>
    </message>
    <message>
        <source>Reply hex</source>
        <translation>16 進で応答</translation>
    </message>
    <message>
        <source>Reply message</source>
        <translation>メッセージで応答</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <extracomment>a reply that names a library message: %1 is its folder/name</extracomment>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Message not in the library</source>
        <translation>ライブラリにないメッセージ</translation>
    </message>
    <message>
        <source>The library message this rule replies with no longer exists; pick another one.</source>
        <translation>このルールが応答に使うライブラリのメッセージはもうありません。別のメッセージを選んでください。</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 is the 1-based rule number, %2 the sentence about it</extracomment>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>Only rules that are on are tried, top to bottom; the first that matches fires.</source>
        <translation>有効なルールだけが上から順に試されます。最初に一致したルールが動作します。</translation>
    </message>
    <message>
        <source>A regular expression searched in the message read as UTF-8; its groups go into the reply as {{group:1}}, {{group:name}}.</source>
        <translation>UTF-8 として読んだメッセージの中を検索する正規表現です。グループは {{group:1}}、{{group:name}} として応答に入れられます。</translation>
    </message>
    <message>
        <source>Hex bytes; ?? stands for any one byte and * for any run: 02 ?? 10 *.</source>
        <translation>16 進のバイト列です。?? は任意の 1 バイト、* は任意のバイト列を表します: 02 ?? 10 *。</translation>
    </message>
    <message>
        <source>Text with escapes (\r \n \t \\ \0 \xHH).</source>
        <translation>エスケープ付きテキスト (\r \n \t \\ \0 \xHH)。</translation>
    </message>
    <message>
        <source>UDP has no connection to close or reset: for a UDP server this rule stops the search and sends nothing.</source>
        <translation>UDP には切断やリセットする接続がありません。UDP サーバでは、このルールは照合を止めて何も送信しません。</translation>
    </message>
    <message>
        <source>What the server does when this rule matches; Drop sends nothing and stops looking at further rules.</source>
        <translation>このルールに一致したときのサーバの動作です。「破棄」は何も送信せず、以降のルールも調べません。</translation>
    </message>
    <message>
        <source>Text with escapes; placeholders such as {{group:0}} (the matched text), {{counter}} and {{time}} are filled in.</source>
        <translation>エスケープ付きテキストです。{{group:0}} (一致したテキスト)、{{counter}}、{{time}} などのプレースホルダは展開されます。</translation>
    </message>
    <message>
        <source>Hex bytes such as 06 0d 0a; placeholders such as {{group:1}} are filled in.</source>
        <translation>06 0d 0a のような 16 進のバイト列です。{{group:1}} などのプレースホルダは展開されます。</translation>
    </message>
    <message>
        <source>A message of the Messages library, sent with its own line ending, checksum and macros.</source>
        <translation>メッセージライブラリのメッセージです。そのメッセージ自身の改行、チェックサム、マクロで送信します。</translation>
    </message>
    <message>
        <source>This action sends no reply.</source>
        <translation>このアクションは応答を送信しません。</translation>
    </message>
    <message>
        <source>How long the action waits after the message arrived.</source>
        <translation>メッセージが届いてからアクションを実行するまでの待ち時間です。</translation>
    </message>
    <message>
        <source>How often this rule fired since the server started.</source>
        <translation>サーバの開始以降に、このルールが動作した回数です。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>How often each rule fired since the server started (refreshed a few times a second while the rules are shown).</source>
        <translation>サーバの開始以降に各ルールが動作した回数です (ルールの表示中に 1 秒に数回更新します)。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>発動</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>The Messages library is empty: save a message there first, then pick it as the reply.</source>
        <translation>メッセージライブラリが空です。先にメッセージを保存してから、応答として選んでください。</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>&quot;%1&quot; is a symbolic link; not writing a key through it.</source>
        <translation>&quot;%1&quot; はシンボリックリンクです。リンク経由で鍵を書き込むことはしません。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; に書き込めません: %2。</translation>
    </message>
</context>
<context>
    <name>SendHistoryMenu</name>
    <message>
        <source>No messages sent yet</source>
        <translation>まだメッセージを送信していません</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Send as sequence</source>
        <translation>シーケンスとして送信</translation>
    </message>
    <message>
        <source>The steps leave in this order. Each waits its own delay after the previous one left; the first waits its delay after Send.</source>
        <translation>ステップはこの順に送信されます。各ステップは前のステップの送信後、それぞれの待ち時間だけ待ちます。最初のステップは「送信」を押してから待ちます。</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up).</source>
        <translation>ステップを上へ移動します (Alt+Up)。</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down).</source>
        <translation>ステップを下へ移動します (Alt+Down)。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Leave the step out of this sequence (Delete); the message stays in the library.</source>
        <translation>このステップを今回のシーケンスから外します (Delete)。メッセージはライブラリに残ります。</translation>
    </message>
    <message>
        <source>Same delay for &amp;all:</source>
        <translation>すべて同じ待ち時間(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>適用(&amp;P)</translation>
    </message>
    <message>
        <source>Set every step&apos;s delay, the first one&apos;s too, to this value.</source>
        <translation>すべてのステップ (最初のステップも含む) の待ち時間をこの値にします。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>No steps left: Cancel, then select the messages to send.</source>
        <translation>ステップが残っていません。キャンセルしてから、送信するメッセージを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s); the last is due %1 ms after Send.</source>
        <translation>
            <numerusform>%n ステップ。最後のステップは送信の %1 ms 後の予定です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceItem</name>
    <message>
        <source>The sequence has no steps: add at least one message.</source>
        <translation>シーケンスにステップがありません。メッセージを 1 件以上追加してください。</translation>
    </message>
    <message>
        <source>The sequence has %1 steps; at most %2 are sent.</source>
        <translation>シーケンスのステップが %1 個あります。送信できるのは %2 個までです。</translation>
    </message>
    <message>
        <source>Step %1 (“%2”) waits %3 ms; a delay must be 0 to %4 ms.</source>
        <extracomment>%1 step number, %2 message name, %3 the delay typed, %4 the largest allowed</extracomment>
        <translation>ステップ %1 (「%2」) の待ち時間が %3 ms です。待ち時間は 0 ～ %4 ms にしてください。</translation>
    </message>
</context>
<context>
    <name>SequenceModel</name>
    <message>
        <source>%1 (folder %2)</source>
        <translation>%1 (フォルダ %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <extracomment>when the step is due, counted from Send</extracomment>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>How long the step waits after the previous one left (the first step: after Send). Type a number or use the arrows; 0 to 3,600,000 ms.</source>
        <translation>前のステップの送信後 (最初のステップは「送信」の後) に待つ時間です。数値を入力するか矢印で変更します。0 ～ 3,600,000 ms。</translation>
    </message>
    <message>
        <source>When the step is due, counted from Send; a step never leaves before its time.</source>
        <translation>「送信」から数えたステップの予定時刻です。予定より早く送信されることはありません。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Delay before</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>予定時刻</translation>
    </message>
</context>
<context>
    <name>ServerPane</name>
    <message>
        <source>&amp;Protocol:</source>
        <translation>プロトコル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Local address to bind: 127.0.0.1 or ::1 for this machine only, 0.0.0.0 or :: for every interface.</source>
        <translation>バインドするローカルアドレス: 127.0.0.1 / ::1 はこのマシンからのみ、0.0.0.0 / :: はすべてのインタフェースで受け付けます。</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Port to listen on (0 lets the system pick a free one).</source>
        <translation>待ち受けるポート (0 にするとシステムが空きポートを選びます)。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>あいさつ(&amp;G):</translation>
    </message>
    <message>
        <source>Sent to every client right after accept(). Text with escapes (\n \r \t \\ \0 \xHH); empty for none.</source>
        <translation>accept() の直後に各クライアントへ送ります。エスケープ付きテキスト (\n \r \t \\ \0 \xHH)。空欄なら送りません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Close the connection after the greeting</source>
        <translation>あいさつを送ったら接続を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation>終了条件(&amp;A):</translation>
    </message>
    <message>
        <source>Stop listening after this many connections, like the tutorial&apos;s server (0: never).</source>
        <translation>この数の接続を受け付けたら待ち受けをやめます。チュートリアルのサーバと同じ動作です (0: 無制限)。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> connections</source>
        <translation> 接続</translation>
    </message>
    <message>
        <source>&amp;Echo received data back</source>
        <translation>受信したデータをそのまま返す(&amp;E)</translation>
    </message>
    <message>
        <source>Stop a&amp;fter:</source>
        <translation>終了条件(&amp;F):</translation>
    </message>
    <message>
        <source>Close the socket after this many datagrams, like the tutorial&apos;s server (0: never).</source>
        <translation>この数のデータグラムを受信したらソケットを閉じます。チュートリアルのサーバと同じ動作です (0: 無制限)。</translation>
    </message>
    <message>
        <source> datagrams</source>
        <translation> データグラム</translation>
    </message>
    <message>
        <source>Auto-&amp;reply:</source>
        <translation>自動返信(&amp;R):</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続番号</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Close the selected connections.</source>
        <translation>選択した接続を閉じます。</translation>
    </message>
    <message>
        <source>Every address a datagram came from, first seen first.</source>
        <translation>データグラムの送信元アドレスの一覧 (最初に受信した順)。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Send to s&amp;elected</source>
        <translation>選択先に送信(&amp;E)</translation>
    </message>
    <message>
        <source>Send to a&amp;ll</source>
        <translation>全員に送信(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reply to selected sender</source>
        <translation>選択した送信元に返信(&amp;R)</translation>
    </message>
    <message>
        <source>Stopped. Press Start to listen.</source>
        <translation>停止中です。「開始」を押すと待ち受けを始めます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 names the field (&quot;Greeting&quot;), %2 is the codec&apos;s error sentence</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>あいさつ</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>自動返信</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s), as configured.</source>
        <translation>
            <numerusform>設定どおり %n 回の接続で終了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n datagram(s), as configured.</source>
        <translation>
            <numerusform>設定どおり %n 個のデータグラムで終了しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No longer accepting connections; %n still open.</source>
        <translation>
            <numerusform>新しい接続は受け付けていません。%n 個の接続が開いています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n client(s) connected</source>
        <translation>
            <numerusform>%1 で待ち受け中 · 接続中のクライアント %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for datagrams on %1</source>
        <translation>%1 でデータグラムを待っています</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <source>Senders seen</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Max c&amp;lients:</source>
        <translation>最大クライアント数(&amp;L):</translation>
    </message>
    <message>
        <source>Hold at most this many clients at once; a client beyond that is closed right after accept() and logged (0: no limit).</source>
        <translation>同時に保持するクライアントの上限です。超えたクライアントは accept() 直後に閉じてログに記録します (0: 無制限)。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> 同時</translation>
    </message>
    <message>
        <source>⚠ All interfaces (%1): other machines on the network can connect to this server. Choose 127.0.0.1 to keep it on this machine.</source>
        <translation>⚠ すべてのインターフェース (%1): ネットワーク上の他のマシンからこのサーバに接続できます。このマシン内に留めるには 127.0.0.1 を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Out of file descriptors with %n client(s) connected: new clients wait until one closes.</source>
        <translation>
            <numerusform>%n 個のクライアント接続中にファイル記述子が尽きました: どれかが閉じるまで新しいクライアントは待機します。</numerusform>
        </translation>
    </message>
    <message>
        <source>No sender selected to reply to (nothing was sent).</source>
        <translation>返信先の送信元が選択されていません (何も送信されていません)。</translation>
    </message>
    <message>
        <source>No client connected to this server (nothing was sent).</source>
        <translation>このサーバに接続しているクライアントがありません (何も送信されていません)。</translation>
    </message>
    <message numerus="yes">
        <source>Sent the file as one datagram of %n byte(s).</source>
        <translation>
            <numerusform>ファイルを %n バイトのデータグラム 1 つとして送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Send every received message back; with rules on (Rules tab), what no rule matches.</source>
        <translation>受信したメッセージをすべて送り返します。ルールが有効なとき (「ルール」タブ) は、どのルールにも一致しなかったものを送り返します。</translation>
    </message>
    <message>
        <source>&amp;Framing:</source>
        <translation>フレーミング(&amp;F):</translation>
    </message>
    <message>
        <source>How each connection&apos;s byte stream is cut into messages for the log, the rules and the counters.</source>
        <translation>ログ、ルール、カウンタのために、各接続のバイトストリームをメッセージに区切る方法です。</translation>
    </message>
    <message>
        <source>Sent back to every datagram&apos;s sender; with rules on (Rules tab), to what no rule matches. Text with escapes; empty for none.</source>
        <translation>各データグラムの送信元に送り返します。ルールが有効なとき (「ルール」タブ) は、どのルールにも一致しなかったものに返します。エスケープ付きテキストで、空なら送りません。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Rules that answer each received message: match, action, reply.</source>
        <translation>受信した各メッセージに応えるルール: 照合、アクション、応答。</translation>
    </message>
    <message>
        <source>%1 The running server keeps its previous rules.</source>
        <translation>%1 実行中のサーバは前のルールのままです。</translation>
    </message>
    <message>
        <source>Rules applied to the running server; their Fired counts start again.</source>
        <translation>実行中のサーバにルールを適用しました。「発動」の回数は 0 から数え直します。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Select the one client to send the file to.</source>
        <translation>ファイルを送るクライアントを 1 つ選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 and %2 · %n client(s) connected</source>
        <translation>
            <numerusform>%1 と %2 で待ち受け中 · 接続中のクライアント %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for datagrams on %1 and %2</source>
        <translation>%1 と %2 でデータグラムを待っています</translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>As &amp;Python…</source>
        <translation>Python で表示(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the python3 socket program that does what this pane does.</source>
        <translation>このペインと同じ動作をする python3 ソケットプログラムを表示します。</translation>
    </message>
</context>
<context>
    <name>SockDiagParser</name>
    <message>
        <source>A netlink message claims %1 bytes where %2 remain.</source>
        <translation>netlink メッセージが %1 バイトを主張していますが、残りは %2 バイトです。</translation>
    </message>
    <message>
        <source>A socket message of %1 bytes is too short.</source>
        <translation>%1 バイトのソケットメッセージは短すぎます。</translation>
    </message>
    <message>
        <source>A socket message has family %1 and state %2.</source>
        <translation>ソケットメッセージのファミリーが %1、状態が %2 です。</translation>
    </message>
    <message>
        <source>%1 bytes after the last netlink message.</source>
        <translation>最後の netlink メッセージの後に %1 バイトあります。</translation>
    </message>
</context>
<context>
    <name>SocketErrorWatch</name>
    <message>
        <source>connection reset by the peer (RST); data still in flight may be lost</source>
        <translation>相手が接続をリセット (RST): 転送中のデータは失われた可能性があります</translation>
    </message>
    <message>
        <source>connection timed out: the peer stopped acknowledging data</source>
        <translation>接続タイムアウト: 相手がデータの確認応答をしなくなりました</translation>
    </message>
    <message>
        <source>connection broken: the peer is gone</source>
        <translation>接続断: 相手がいなくなりました</translation>
    </message>
    <message>
        <source>connection lost: the peer became unreachable</source>
        <translation>接続喪失: 相手に到達できなくなりました</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>接続失敗: %1</translation>
    </message>
    <message>
        <source>connection failed (error %1)</source>
        <translation>接続失敗 (エラー %1)</translation>
    </message>
</context>
<context>
    <name>SocketNarration</name>
    <message>
        <source>Permission denied binding %1: ports below 1024 need administrator rights; pick a port from 1024 up.</source>
        <translation>%1 へのバインドが拒否されました。1024 未満のポートには管理者権限が必要です。1024 以上のポートを選んでください。</translation>
    </message>
    <message>
        <source>Address %1 is not available: it is not an address of this machine.</source>
        <translation>アドレス %1 は使えません。このマシンのアドレスではありません。</translation>
    </message>
    <message>
        <source>Cannot bind %1: this machine does not support that address family (%2).</source>
        <translation>%1 にバインドできません。このマシンはそのアドレスファミリに対応していません (%2)。</translation>
    </message>
    <message>
        <source>Cannot bind %1: %2.</source>
        <translation>%1 にバインドできません: %2。</translation>
    </message>
    <message>
        <source>Connection to %1 refused: nothing is listening on that port (TCP needs a server that accepts).</source>
        <translation>%1 への接続が拒否されました。そのポートで待ち受けているものがありません (TCP には接続を受け付けるサーバが必要です)。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 が接続を閉じました。</translation>
    </message>
    <message>
        <source>Host %1 could not be found.</source>
        <translation>ホスト %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Connection to %1 timed out.</source>
        <translation>%1 への接続がタイムアウトしました。</translation>
    </message>
    <message>
        <source>Permission denied connecting to %1: %2.</source>
        <translation>%1 への接続が拒否されました (権限): %2。</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2.</source>
        <translation>%1 への接続に失敗しました: %2。</translation>
    </message>
    <message>
        <source>Cannot create a socket for %1: too many open files, or the system is out of memory (%2).</source>
        <translation>%1 のソケットを作成できません: 開いているファイルが多すぎるか、システムのメモリ不足です (%2)。</translation>
    </message>
    <message>
        <source>Cannot open a socket to %1: too many open files, or the system is out of memory (%2).</source>
        <translation>%1 へのソケットを開けません: 開いているファイルが多すぎるか、システムのメモリ不足です (%2)。</translation>
    </message>
    <message>
        <source>Warning: bound to all interfaces (%1), so other machines on the network can reach this server; bind 127.0.0.1 to keep it on this machine.</source>
        <translation>警告: すべてのインターフェース (%1) に bind したため、ネットワーク上の他のマシンからこのサーバに届きます。このマシン内に留めるには 127.0.0.1 に bind してください。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>%1 との通信中にネットワークエラーが発生しました: %2。</translation>
    </message>
</context>
<context>
    <name>SocketTable</name>
    <message>
        <source>Listing the machine&apos;s sockets is not supported on this platform yet; SockLab reads them from Linux&apos;s netlink sock_diag or /proc/net.</source>
        <translation>このプラットフォームではマシンのソケット一覧にまだ対応していません。SockLab は Linux の netlink sock_diag または /proc/net から読み取ります。</translation>
    </message>
    <message>
        <source>Cannot dump %1 sockets through netlink sock_diag.</source>
        <translation>netlink sock_diag で %1 ソケットを取得できません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読めません: %2。</translation>
    </message>
</context>
<context>
    <name>SocketTableParser</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>%1 fields where at least 10 were expected.</source>
        <translation>フィールドが %1 個です (10 個以上必要)。</translation>
    </message>
    <message>
        <source>the slot number is not a number followed by a colon.</source>
        <translation>スロット番号が「数字とコロン」になっていません。</translation>
    </message>
    <message>
        <source>an address is not hex address:port of the expected length.</source>
        <translation>アドレスが期待される長さの 16 進「アドレス:ポート」ではありません。</translation>
    </message>
    <message>
        <source>the state is not a known socket state.</source>
        <translation>状態が既知のソケット状態ではありません。</translation>
    </message>
    <message>
        <source>the queue sizes are not two hex numbers.</source>
        <translation>キューの大きさが 2 つの 16 進数になっていません。</translation>
    </message>
    <message>
        <source>the uid or inode is not a number.</source>
        <translation>uid または inode が数値ではありません。</translation>
    </message>
</context>
<context>
    <name>StarterMessages</name>
    <message>
        <source>Tutorial</source>
        <translation>チュートリアル</translation>
    </message>
    <message>
        <source>Classics</source>
        <translation>定番</translation>
    </message>
    <message>
        <source>Hello World! (TCP)</source>
        <translation>Hello World! (TCP)</translation>
    </message>
    <message>
        <source>What server_tcp.py sends to each client on port 60001. Send it from a TCP server pane to play the tutorial&apos;s server for client_tcp.py.</source>
        <translation>server_tcp.py がポート 60001 で各クライアントに送る内容です。TCP サーバのペインから送信すると、client_tcp.py に対してチュートリアルのサーバ役を務められます。</translation>
    </message>
    <message>
        <source>Hello Server! (UDP)</source>
        <translation>Hello Server! (UDP)</translation>
    </message>
    <message>
        <source>What client_udp.py sends to port 60002; server_udp.py prints it.</source>
        <translation>client_udp.py がポート 60002 に送る内容です。server_udp.py がこれを表示します。</translation>
    </message>
    <message>
        <source>Hello Server! (TCP)</source>
        <translation>Hello Server! (TCP)</translation>
    </message>
    <message>
        <source>The client&apos;s greeting over TCP: send it to a server on port 60001 (server_tcp.py, or a SockLab TCP server) and see it arrive.</source>
        <translation>クライアントのあいさつを TCP で送ります。ポート 60001 のサーバ (server_tcp.py または SockLab の TCP サーバ) に送信して、届く様子を確認できます。</translation>
    </message>
    <message>
        <source>Hello World! (UDP)</source>
        <translation>Hello World! (UDP)</translation>
    </message>
    <message>
        <source>The server&apos;s greeting as a datagram to port 60002, for server_udp.py or a SockLab UDP server.</source>
        <translation>サーバのあいさつを、ポート 60002 へのデータグラムとして送ります。server_udp.py または SockLab の UDP サーバ向けです。</translation>
    </message>
    <message>
        <source>HTTP/1.1 GET</source>
        <translation>HTTP/1.1 GET</translation>
    </message>
    <message>
        <source>A minimal HTTP/1.1 request; the server answers and closes. Change the port for a test server, e.g. 8000 for &quot;python3 -m http.server --bind 127.0.0.1&quot;.</source>
        <translation>最小限の HTTP/1.1 リクエストです。サーバは応答して接続を閉じます。テスト用サーバに合わせてポートを変更してください (例: 「python3 -m http.server --bind 127.0.0.1」なら 8000)。</translation>
    </message>
    <message>
        <source>DNS query: example.com A</source>
        <translation>DNS 問い合わせ: example.com A</translation>
    </message>
    <message>
        <source>A standard DNS query for the IPv4 address of example.com, for a resolver listening on 127.0.0.1 port 53.</source>
        <translation>example.com の IPv4 アドレスを尋ねる標準的な DNS 問い合わせです。127.0.0.1 のポート 53 で待ち受けるリゾルバ向けです。</translation>
    </message>
    <message>
        <source>NTP client request</source>
        <translation>NTP クライアント要求</translation>
    </message>
    <message>
        <source>A 48-byte NTP version 3 client request, for a time server listening on 127.0.0.1 port 123.</source>
        <translation>48 バイトの NTP バージョン 3 クライアント要求です。127.0.0.1 のポート 123 で待ち受けるタイムサーバ向けです。</translation>
    </message>
</context>
<context>
    <name>StreamFramer</name>
    <message numerus="yes">
        <source>%n byte(s), no delimiter</source>
        <translation>
            <numerusform>%n バイト、区切りなし</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), the length prefix is incomplete</source>
        <translation>
            <numerusform>%n バイト、長さプレフィックスが不完全</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 bytes the length prefix announced</source>
        <translation>長さプレフィックスが示す %2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>partial message at close: %1; %2</source>
        <translation>切断時の不完全なメッセージ: %1。%2</translation>
    </message>
    <message>
        <source>The message up to the next %1 is %2 bytes, over the bound of max=%3 bytes: it is logged unframed.</source>
        <translation>次の %1 までのメッセージが %2 バイトあり、上限 max=%3 バイトを超えています。フレーミングせずに記録します。</translation>
    </message>
    <message>
        <source>No %1 within max=%2 bytes: the message is logged unframed up to the next %1.</source>
        <translation>max=%2 バイト以内に %1 がありません。次の %1 までフレーミングせずに記録します。</translation>
    </message>
    <message>
        <source>The length prefix announces %1 bytes, fewer than its own %2-byte header: the rest of the connection is logged unframed.</source>
        <translation>長さプレフィックスが示す %1 バイトは、それ自身の %2 バイトのヘッダーより少なくなっています。この接続の残りはフレーミングせずに記録します。</translation>
    </message>
    <message>
        <source>The length prefix announces a %1-byte message, over the bound of max=%2 bytes: the rest of the connection is logged unframed.</source>
        <translation>長さプレフィックスが %1 バイトのメッセージを示しており、上限 max=%2 バイトを超えています。この接続の残りはフレーミングせずに記録します。</translation>
    </message>
    <message>
        <source>More than max=%1 bytes arrived without a %2 ms gap: the message is logged unframed up to the next gap.</source>
        <translation>%2 ms の間隔なしに max=%1 バイトを超えて届きました。次の間隔までフレーミングせずに記録します。</translation>
    </message>
    <message>
        <source>unframed: %1</source>
        <translation>フレーミングなし: %1</translation>
    </message>
    <message>
        <source>%1 x1</source>
        <extracomment>%1 is the read call the stream came from: recv(), or SSL_read() on TLS.</extracomment>
        <translation>%1 x1</translation>
    </message>
    <message>
        <source>%1 x1: part of a %2-byte chunk</source>
        <extracomment>%1 is the read call (recv() or SSL_read()), %2 the chunk&apos;s size in bytes.</extracomment>
        <translation>%1 x1: %2 バイトのかたまりの一部</translation>
    </message>
    <message>
        <source>%1 x%2: %3 bytes</source>
        <extracomment>%1 is the read call (recv() or SSL_read()), %2 how many calls, %3 their sizes.</extracomment>
        <translation>%1 x%2: %3 バイト</translation>
    </message>
</context>
<context>
    <name>TcpClientSession</name>
    <message>
        <source>Already connected or connecting to %1; disconnect first.</source>
        <translation>すでに %1 に接続済みか接続中です。先に切断してください。</translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation>ホストが指定されていません。ホスト名または 127.0.0.1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; could not be resolved: %2.</source>
        <translation>ホスト「%1」の名前解決に失敗しました: %2。</translation>
    </message>
    <message>
        <source>connected from local port %1</source>
        <translation>ローカルポート %1 から接続</translation>
    </message>
    <message>
        <source>%1 Trying the next address.</source>
        <translation>%1 次のアドレスを試します。</translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation>こちらから切断</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>相手が切断</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 ms: no answer (the host may be down, or a firewall drops the packets).</source>
        <translation>%1 への接続が %2 ミリ秒でタイムアウトしました。応答がありません (ホストが停止しているか、ファイアウォールがパケットを破棄している可能性があります)。</translation>
    </message>
    <message>
        <source>Not connected; connect before sending (nothing was sent).</source>
        <translation>接続されていません。送信する前に接続してください (何も送信されていません)。</translation>
    </message>
    <message>
        <source>nothing sent: the payload is empty (TCP has no empty messages)</source>
        <translation>送信なし: データが空です (TCP に空のメッセージはありません)</translation>
    </message>
    <message>
        <source>send() to %1 failed: %2.</source>
        <translation>%1 への send() に失敗しました: %2。</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; timed out after %2 ms: the name server does not answer.</source>
        <translation>「%1」の名前解決が %2 ミリ秒でタイムアウトしました。ネームサーバが応答しません。</translation>
    </message>
    <message numerus="yes">
        <source>send(): only these %n byte(s) of the message were written</source>
        <translation>
            <numerusform>send(): メッセージのうち書き込めたのはこの %n バイトのみ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection without reading what we sent (reset by the peer)</source>
        <translation>%1 はこちらが送ったデータを読まずに接続を閉じました (相手がリセット)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n byte(s) were never sent</source>
        <translation>
            <numerusform>%1。%n バイトは送信されませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 closed the connection before anything was sent; nothing was sent.</source>
        <translation>送信前に %1 が接続を閉じました。何も送信されていません。</translation>
    </message>
    <message>
        <source>The connection to %1 is closing; nothing was sent.</source>
        <translation>%1 との接続はクローズ中です。何も送信されていません。</translation>
    </message>
    <message>
        <source>%1 has not read the %2 bytes already queued for it (limit %3); nothing was sent.</source>
        <translation>%1 はキューに入っている %2 バイトをまだ読んでいません (上限 %3)。何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>peer half-closed (FIN); %n byte(s) still to send before we close</source>
        <translation>
            <numerusform>相手がハーフクローズ (FIN): 閉じる前にあと %n バイト送信します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted: the peer did not read %n queued byte(s) within %1 s</source>
        <translation>
            <numerusform>強制切断: 相手がキュー内の %n バイトを %1 秒以内に読みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0: reset (RST), the stream is incomplete</source>
        <translation>SO_LINGER 0 で close(): リセット (RST) のため、ストリームは不完全です</translation>
    </message>
    <message numerus="yes">
        <source>aborted by us with %n byte(s) not yet sent</source>
        <translation>
            <numerusform>未送信の %n バイトを残してこちらから強制切断</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>closes a sentence assembled from the parts above</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>the connection closed: %1</source>
        <translation>接続が閉じられました: %1</translation>
    </message>
    <message>
        <source>stopped: disconnecting</source>
        <translation>停止: 切断中</translation>
    </message>
    <message>
        <source>stopped: connection aborted</source>
        <translation>停止: 接続を強制切断</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>接続が閉じています</translation>
    </message>
    <message>
        <source>the payload is empty (TCP has no empty messages); nothing was sent</source>
        <translation>データが空です (TCP に空のメッセージはありません)。何も送信されていません</translation>
    </message>
    <message>
        <source>Not connected; connect before repeating (nothing was sent).</source>
        <translation>接続されていません。繰り返し送信する前に接続してください (何も送信されていません)。</translation>
    </message>
    <message>
        <source>Not connected; connect before sending a sequence (nothing was sent).</source>
        <translation>接続されていません。シーケンスを送信する前に接続してください (何も送信されていません)。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Not connected; connect before sending a file (nothing was sent).</source>
        <translation>接続されていません。ファイルを送信する前に接続してください (何も送信されていません)。</translation>
    </message>
    <message>
        <source>sending the file &quot;%1&quot; as it is read, in chunks of up to %2 bytes</source>
        <translation>ファイル「%1」を読み込みながら、最大 %2 バイトずつ送信中</translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation>フレーミング: %1</translation>
    </message>
    <message>
        <source>done sending; over TLS no FIN is sent (it would cut the stream without close_notify), so the connection stays open until the peer closes it</source>
        <translation>送信完了。TLS では FIN を送りません (close_notify なしにストリームを断ち切ることになるため)。接続は相手が閉じるまで開いたままです</translation>
    </message>
    <message>
        <source>shutdown() of the sending side failed: %1.</source>
        <translation>送信側の shutdown() に失敗しました: %1。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): our side is done sending (FIN); still receiving</source>
        <translation>shutdown(SHUT_WR): こちらの送信を終了しました (FIN)。受信は続けます</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 が TLS ハンドシェイク中に接続を閉じました。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 ms: the peer may not speak TLS.</source>
        <translation>%1 との TLS ハンドシェイクが %2 ミリ秒以内に完了しませんでした。相手は TLS に対応していない可能性があります。</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable OpenSSL library.</source>
        <translation>TLS を使用できません: 使用可能な OpenSSL ライブラリが見つかりません。</translation>
    </message>
    <message>
        <source>connect() -&gt; connected from local port %1</source>
        <translation>connect() -&gt; ローカルポート %1 から接続しました</translation>
    </message>
    <message>
        <source>SSL_connect(): TLS handshake, server name (SNI) &quot;%1&quot;, at least %2</source>
        <translation>SSL_connect(): TLS ハンドシェイク、サーバー名 (SNI) &quot;%1&quot;、%2 以上</translation>
    </message>
    <message>
        <source>SSL_connect(): TLS handshake, at least %1</source>
        <translation>SSL_connect(): TLS ハンドシェイク、%1 以上</translation>
    </message>
    <message>
        <source>%1 Trusted anyway: its SHA-256 fingerprint was chosen as trusted for this host.</source>
        <translation>%1 この SHA-256 フィンガープリントはこのホストについて信頼済みとして指定されているため、信頼します。</translation>
    </message>
    <message>
        <source>%1 Continuing without verification, as insecure mode was chosen.</source>
        <translation>%1 非セキュアモードが選択されているため、検証せずに続行します。</translation>
    </message>
    <message>
        <source>TLS handshake done: %1</source>
        <translation>TLS ハンドシェイク完了: %1</translation>
    </message>
    <message>
        <source>server certificate: %1</source>
        <translation>サーバー証明書: %1</translation>
    </message>
    <message>
        <source>our client certificate: %1</source>
        <translation>自分のクライアント証明書: %1</translation>
    </message>
    <message>
        <source>application data below is shown decrypted; &quot;sent&quot; counts plaintext bytes once their encrypted records reached the kernel</source>
        <translation>以下のアプリケーションデータは復号して表示します。「送信」は、暗号化されたレコードがカーネルに渡った時点で平文のバイト数として数えます</translation>
    </message>
    <message>
        <source>the peer ended TLS (close_notify)</source>
        <translation>相手が TLS を終了しました (close_notify)</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2。</translation>
    </message>
</context>
<context>
    <name>TcpServerSession</name>
    <message>
        <source>The server is already running on %1; stop it before listening again.</source>
        <translation>サーバはすでに %1 で動作中です。再度待ち受ける前に停止してください。</translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel</source>
        <translation>bind(%1) -&gt; カーネルがポート %2 を選択</translation>
    </message>
    <message numerus="yes">
        <source>listening; will stop after %n connection(s)</source>
        <translation>
            <numerusform>待ち受け中 (%n 回の接続で終了)</numerusform>
        </translation>
    </message>
    <message>
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <source>accept() failed on %1: %2.</source>
        <translation>%1 での accept() に失敗しました: %2。</translation>
    </message>
    <message>
        <source>connection from %1 closed: the connection limit was reached</source>
        <translation>%1 からの接続を閉じました: 接続数の上限に達しています</translation>
    </message>
    <message>
        <source>connection #%1</source>
        <translation>接続 #%1</translation>
    </message>
    <message>
        <source>closed by us after the greeting</source>
        <translation>あいさつの送信後にこちらから切断</translation>
    </message>
    <message numerus="yes">
        <source>stopped listening after %n connection(s)</source>
        <translation>
            <numerusform>%n 回の接続で待ち受けを終了</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent: the payload is empty (TCP has no empty messages)</source>
        <translation>送信なし: データが空です (TCP に空のメッセージはありません)</translation>
    </message>
    <message>
        <source>send() to %1 failed: %2.</source>
        <translation>%1 への send() に失敗しました: %2。</translation>
    </message>
    <message>
        <source>Connection #%1 is no longer open; nothing was sent.</source>
        <translation>接続 #%1 はもう閉じています。何も送信されていません。</translation>
    </message>
    <message>
        <source>No client is connected; nothing was sent.</source>
        <translation>接続中のクライアントがありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>closed by us</source>
        <translation>こちらから切断</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>ユーザが停止</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>相手が切断</translation>
    </message>
    <message numerus="yes">
        <source>at most %n client(s) at once; more are closed right after accept()</source>
        <translation>
            <numerusform>同時に最大 %n クライアント。超えた分は accept() 直後に閉じます</numerusform>
        </translation>
    </message>
    <message>
        <source>connection from %1 closed right after accept(): the process is out of file descriptors</source>
        <translation>%1 からの接続を accept() 直後に閉じました: プロセスのファイル記述子が尽きています</translation>
    </message>
    <message numerus="yes">
        <source>connection from %1 closed right after accept(): %n client(s) already connected, the maximum set for this server</source>
        <translation>
            <numerusform>%1 からの接続を accept() 直後に閉じました: すでにこのサーバの上限である %n クライアントが接続中です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped accepting on %1: the process has run out of file descriptors with %n connection(s) open; new clients wait in the backlog until one closes.</source>
        <translation>
            <numerusform>%1 での accept を停止しました: %n 個の接続を開いた状態でファイル記述子が尽きました。どれかが閉じるまで新しいクライアントは backlog で待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepting again on %1: file descriptors are free.</source>
        <translation>%1 で accept を再開しました: ファイル記述子に空きができました。</translation>
    </message>
    <message>
        <source>echo paused reading: %1 bytes wait for the peer to read them (limit %2); reading resumes as they are written</source>
        <translation>エコーの読み取りを一時停止: %1 バイトが相手の読み取り待ち (上限 %2)。書き込まれしだい読み取りを再開します</translation>
    </message>
    <message>
        <source>Connection #%1 is closing; nothing was sent.</source>
        <translation>接続 #%1 はクローズ中です。何も送信されていません。</translation>
    </message>
    <message>
        <source>%1 has not read the %2 bytes already queued for it (limit %3); nothing was sent.</source>
        <translation>%1 はキューに入っている %2 バイトをまだ読んでいません (上限 %3)。何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>peer half-closed (FIN); %n byte(s) still to send before we close</source>
        <translation>
            <numerusform>相手がハーフクローズ (FIN): 閉じる前にあと %n バイト送信します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted by us with %n byte(s) not yet read by the peer</source>
        <translation>
            <numerusform>相手が読んでいない %n バイトを残してこちらから強制切断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>aborted: the peer did not read %n queued byte(s) within %1 s</source>
        <translation>
            <numerusform>強制切断: 相手がキュー内の %n バイトを %1 秒以内に読みませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>close() with SO_LINGER 0: reset (RST), the stream is incomplete</source>
        <translation>SO_LINGER 0 で close(): リセット (RST) のため、ストリームは不完全です</translation>
    </message>
    <message numerus="yes">
        <source>send(): only these %n byte(s) of the message were written</source>
        <translation>
            <numerusform>send(): メッセージのうち書き込めたのはこの %n バイトのみ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) queued for %1 were never sent: %2.</source>
        <translation>
            <numerusform>%1 宛てにキューに入っていた %n バイトは送信されませんでした: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped: the server is stopping</source>
        <translation>停止: サーバを停止中</translation>
    </message>
    <message>
        <source>the connection closed: %1</source>
        <translation>接続が閉じられました: %1</translation>
    </message>
    <message>
        <source>replaced by a new repeat</source>
        <translation>新しい繰り返しに置き換え</translation>
    </message>
    <message>
        <source>Connection(s) %1 are not open; nothing was sent.</source>
        <translation>接続 %1 は開いていません。何も送信されていません。</translation>
    </message>
    <message>
        <source>repeat: connection(s) %1 are not open and are left out</source>
        <translation>繰り返し: 接続 %1 は開いていないため除外</translation>
    </message>
    <message>
        <source>the payload is empty (TCP has no empty messages); nothing was sent</source>
        <translation>データが空です (TCP に空のメッセージはありません)。何も送信されていません</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>クローズ中</translation>
    </message>
    <message>
        <source>every connection it was sending to has closed</source>
        <translation>送信先の接続がすべて閉じられました</translation>
    </message>
    <message>
        <source>connection #%1 left the repeat: %2</source>
        <translation>接続 #%1 が繰り返しから外れました: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Connection #%1 closed; the file was not sent whole.</source>
        <translation>接続 #%1 が閉じられたため、ファイルを最後まで送信できませんでした。</translation>
    </message>
    <message>
        <source>replaced by &quot;%1&quot;</source>
        <translation>「%1」に置き換え</translation>
    </message>
    <message>
        <source>Connection #%1 is not open; the file was not sent.</source>
        <translation>接続 #%1 は開いていません。ファイルは送信されていません。</translation>
    </message>
    <message>
        <source>sending the file &quot;%1&quot; as it is read, in chunks of up to %2 bytes</source>
        <translation>ファイル「%1」を読み込みながら、最大 %2 バイトずつ送信中</translation>
    </message>
    <message>
        <source>closed by us: %1</source>
        <translation>こちらから切断: %1</translation>
    </message>
    <message>
        <source>reset by us: %1</source>
        <translation>こちらからリセット: %1</translation>
    </message>
    <message>
        <source>%1: not carried out after %2 ms: the connection is closing</source>
        <translation>%1: %2 ms 後に実行されませんでした: 接続を閉じています</translation>
    </message>
    <message>
        <source>connection #%1 closed</source>
        <translation>接続 #%1 が閉じられました</translation>
    </message>
    <message>
        <source>framing: %1</source>
        <translation>フレーミング: %1</translation>
    </message>
    <message>
        <source>rule replies paused reading: %1 bytes wait for the peer to read them (limit %2); reading resumes as they are written</source>
        <translation>ルールの応答のため読み取りを一時停止: %1 バイトが相手の読み取りを待っています (上限 %2)。書き込まれるにつれて読み取りを再開します</translation>
    </message>
    <message>
        <source>setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown as plain IPv4)</source>
        <translation>setsockopt(IPV6_V6ONLY, 0): 1 つのソケットで IPv6 と IPv4 の相手を受け付けます (IPv4 の相手はそのまま IPv4 で表示)</translation>
    </message>
    <message>
        <source>TLS listens on %1 only, not on %2 too.</source>
        <translation>TLS は %1 でのみ待ち受け、%2 では待ち受けません。</translation>
    </message>
    <message>
        <source>not listening on %1 too: %2</source>
        <translation>%1 では待ち受けていません: %2</translation>
    </message>
    <message>
        <source>TLS is not available: Qt found no usable OpenSSL library.</source>
        <translation>TLS を使用できません: 使用可能な OpenSSL ライブラリが見つかりません。</translation>
    </message>
    <message>
        <source>TLS: our certificate %1; at least %2%3</source>
        <translation>TLS: 自分の証明書 %1、%2 以上%3</translation>
    </message>
    <message>
        <source>; clients must present a certificate</source>
        <translation>、クライアントは証明書の提示が必須</translation>
    </message>
    <message>
        <source>accept() -&gt; %1; SSL_accept(): TLS handshake</source>
        <translation>accept() -&gt; %1、SSL_accept(): TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>TLS handshake with %1 did not finish within %2 ms; connection closed</source>
        <translation>%1 との TLS ハンドシェイクが %2 ミリ秒以内に完了しなかったため、接続を閉じました</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2; connection closed</source>
        <translation>%1 との TLS ハンドシェイクに失敗したため、接続を閉じました: %2</translation>
    </message>
    <message>
        <source>TLS handshake done: %1</source>
        <translation>TLS ハンドシェイク完了: %1</translation>
    </message>
    <message>
        <source>the peer ended TLS (close_notify)</source>
        <translation>相手が TLS を終了しました (close_notify)</translation>
    </message>
    <message>
        <source>the client presented no certificate</source>
        <translation>クライアントは証明書を提示しませんでした</translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation>クライアント証明書: %1</translation>
    </message>
</context>
<context>
    <name>TcpStateText</name>
    <message>
        <source>connect() sent a SYN and waits for the server&apos;s SYN-ACK.</source>
        <translation>connect() が SYN を送り、サーバの SYN-ACK を待っています。</translation>
    </message>
    <message>
        <source>The SYN arrived and was answered; the handshake&apos;s last ACK is still due.</source>
        <translation>SYN が届いて応答済みです。ハンドシェイク最後の ACK を待っています。</translation>
    </message>
    <message>
        <source>The three-way handshake is done: both ends may send() and recv().</source>
        <translation>3 ウェイハンドシェイクが完了しました。両端とも send() と recv() ができます。</translation>
    </message>
    <message>
        <source>This end closed first: its FIN is sent and not yet acknowledged.</source>
        <translation>こちらが先に切断しました。FIN を送信し、まだ確認応答がありません。</translation>
    </message>
    <message>
        <source>This end closed first and its FIN was acknowledged; the peer may still send until it closes too.</source>
        <translation>こちらが先に切断し、FIN は確認応答されました。相手は切断するまでまだ送信できます。</translation>
    </message>
    <message>
        <source>The peer closed first (its FIN arrived); this end has yet to call close().</source>
        <translation>相手が先に切断しました (FIN が到着)。こちらはまだ close() を呼んでいません。</translation>
    </message>
    <message>
        <source>The peer closed first; this end closed too and waits for the ACK of its FIN.</source>
        <translation>相手が先に切断しました。こちらも切断し、自分の FIN への ACK を待っています。</translation>
    </message>
    <message>
        <source>Both ends closed at the same time; waiting for the ACK of this end&apos;s FIN.</source>
        <translation>両端が同時に切断しました。こちらの FIN への ACK を待っています。</translation>
    </message>
    <message>
        <source>This end closed first, so the kernel keeps the connection for 60 s (twice the maximum segment lifetime): late packets die out and a lost last ACK can be sent again. Its port stays taken meanwhile.</source>
        <translation>こちらが先に切断したため、カーネルは接続を 60 秒 (最大セグメント生存時間の 2 倍) 保持します。遅れて届くパケットを消滅させ、失われた最後の ACK を再送できるようにするためです。その間、ポートは使用中のままです。</translation>
    </message>
    <message>
        <source>listen(): waiting for connections; accept() takes them from the queue.</source>
        <translation>listen(): 接続を待っています。accept() がキューから接続を取り出します。</translation>
    </message>
    <message>
        <source>The socket is closed.</source>
        <translation>ソケットは閉じています。</translation>
    </message>
    <message>
        <source>The kernel reports a state SockLab does not know.</source>
        <translation>カーネルが SockLab の知らない状態を報告しています。</translation>
    </message>
    <message>
        <source>The kernel has forgotten the connection: no socket is left in its table.</source>
        <translation>カーネルは接続を破棄しました。テーブルにソケットは残っていません。</translation>
    </message>
</context>
<context>
    <name>TlsBox</name>
    <message>
        <source>&amp;TLS: accept only encrypted connections</source>
        <translation>TLS(&amp;T): 暗号化された接続だけを受け付ける</translation>
    </message>
    <message>
        <source>T&amp;LS: encrypt the connection</source>
        <translation>TLS(&amp;L): 接続を暗号化する</translation>
    </message>
    <message>
        <source>Speak TLS (OpenSSL) on top of TCP; the log narrates the handshake and shows the decrypted data.</source>
        <translation>TCP の上で TLS (OpenSSL) を使います。ログにはハンドシェイクの経過と復号したデータが表示されます。</translation>
    </message>
    <message>
        <source>The oldest TLS version accepted; a peer that offers only older versions fails the handshake.</source>
        <translation>受け付ける最も古い TLS バージョンです。それより古いバージョンしか提示しない相手とのハンドシェイクは失敗します。</translation>
    </message>
    <message>
        <source>Oldest &amp;version:</source>
        <translation>最低バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.cer *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>秘密鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <source>Generate self-signed certificate</source>
        <translation>自己署名証明書を生成</translation>
    </message>
    <message>
        <source>Make a certificate and key for the bind address with OpenSSL, kept readable only by you in your data folder.</source>
        <translation>バインドアドレス用の証明書と鍵を OpenSSL で作成し、あなただけが読めるようにデータフォルダーに保存します。</translation>
    </message>
    <message>
        <source>No certificate chosen.</source>
        <translation>証明書が選ばれていません。</translation>
    </message>
    <message>
        <source>Re&amp;quire a client certificate</source>
        <translation>クライアント証明書を必須にする(&amp;Q)</translation>
    </message>
    <message>
        <source>Client CA:</source>
        <translation>クライアント CA:</translation>
    </message>
    <message>
        <source>Choose the authorities of client certificates</source>
        <translation>クライアント証明書の認証局を選択</translation>
    </message>
    <message>
        <source>Client certificates must be issued by an authority in this PEM file.</source>
        <translation>クライアント証明書は、この PEM ファイルにある認証局が発行したものでなければなりません。</translation>
    </message>
    <message>
        <source>E&amp;xtra CA:</source>
        <translation>追加の CA(&amp;X):</translation>
    </message>
    <message>
        <source>Choose more authorities to trust</source>
        <translation>追加で信頼する認証局を選択</translation>
    </message>
    <message>
        <source>the system&apos;s authorities</source>
        <translation>システムの認証局</translation>
    </message>
    <message>
        <source>Client cert&amp;ificate:</source>
        <translation>クライアント証明書(&amp;I):</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>クライアント証明書ファイルを選択</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント秘密鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Choose the client private key file</source>
        <translation>クライアント秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <source>Certificates trusted per host</source>
        <translation>ホストごとに信頼した証明書</translation>
    </message>
    <message>
        <source>Server certificates you chose to trust for one host and port, by SHA-256 fingerprint.</source>
        <translation>特定のホストとポートについて信頼すると選んだサーバー証明書 (SHA-256 フィンガープリント) です。</translation>
    </message>
    <message>
        <source>Re&amp;move trust</source>
        <translation>信頼を解除(&amp;M)</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>信頼済み:</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and its key: choose both files, or press Generate self-signed certificate.</source>
        <translation>TLS サーバーには証明書とその秘密鍵が必要です。両方のファイルを選ぶか、[自己署名証明書を生成] を押してください。</translation>
    </message>
    <message>
        <source>To require client certificates, choose the CA file of the authorities that issue them.</source>
        <translation>クライアント証明書を必須にするには、それを発行する認証局の CA ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Enter a valid bind address first: the certificate is made for it.</source>
        <translation>先に有効なバインドアドレスを入力してください。証明書はそのアドレス用に作成されます。</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for %1 (SHA-256 %2).</source>
        <translation>%1 用の自己署名証明書を作成しました (SHA-256 %2)。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; を読み込めません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>&quot;%1&quot; に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>有効期限は %1 です。</translation>
    </message>
    <message>
        <source>%1 is no longer trusted for %2.</source>
        <translation>%1 は %2 について信頼されなくなりました。</translation>
    </message>
    <message>
        <source>Using the self-signed certificate made earlier for %1 (SHA-256 %2); delete %3 to make a new one.</source>
        <translation>%1 用に以前作った自己署名証明書を使います (SHA-256 %2)。新しく作るには %3 を削除してください。</translation>
    </message>
</context>
<context>
    <name>TlsConfig</name>
    <message>
        <source>The saved minimum TLS version &quot;%1&quot; is unknown; TLS 1.3 is used.</source>
        <translation>保存されていた最低 TLS バージョン &quot;%1&quot; は不明なため、TLS 1.3 を使います。</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged trusted certificate(s) were dropped from the settings.</source>
        <translation>
            <numerusform>設定から壊れた信頼済み証明書 %n 件を取り除きました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsNarration</name>
    <message>
        <source>no name</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; を読み込めません: %2。</translation>
    </message>
    <message>
        <source>A certificate needs its private key and a key its certificate: give both files.</source>
        <translation>証明書には秘密鍵が、鍵には証明書が必要です。両方のファイルを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate.</source>
        <translation>&quot;%1&quot; に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no unencrypted PEM private key.</source>
        <translation>&quot;%1&quot; に暗号化されていない PEM 形式の秘密鍵がありません。</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>証明書なし</translation>
    </message>
    <message>
        <source>subject %1, issuer %2, valid %3 to %4, SHA-256 %5</source>
        <translation>サブジェクト %1、発行者 %2、有効期間 %3 から %4、SHA-256 %5</translation>
    </message>
    <message>
        <source>an old TLS version</source>
        <translation>古い TLS バージョン</translation>
    </message>
    <message>
        <source>%1, cipher %2 (%3 bits)</source>
        <translation>%1、暗号スイート %2 (%3 ビット)</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected.</source>
        <translation>%1 の証明書は拒否されました。</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>%1 の証明書は %2 に有効期限が切れています。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid before %2.</source>
        <translation>%1 の証明書は %2 まで有効になりません。</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed and not trusted (SHA-256 %2).</source>
        <translation>%1 の証明書は自己署名で、信頼されていません (SHA-256 %2)。</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued by an unknown authority (%2).</source>
        <translation>%1 の証明書は不明な認証局 (%2) によって発行されています。</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is for %2, a different host.</source>
        <translation>%1 に対して提示された証明書は別のホスト %2 のものです。</translation>
    </message>
    <message>
        <source>%1 sent no certificate, but one is required.</source>
        <translation>%1 は証明書を送信しませんでしたが、証明書は必須です。</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2.</source>
        <translation>%1 の証明書は拒否されました: %2。</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and its key (or a generated self-signed one).</source>
        <translation>TLS サーバーには証明書とその鍵 (または生成した自己署名証明書) が必要です。</translation>
    </message>
</context>
<context>
    <name>TlsTrustBar</name>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>この証明書を信頼する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t trust</source>
        <translation>信頼しない(&amp;D)</translation>
    </message>
    <message>
        <source>%1 The connection was not made. Trust this certificate for %2 only if you know it is the server&apos;s.</source>
        <translation>%1 接続は行われませんでした。この証明書がサーバーのものだと分かっている場合に限り、%2 について信頼してください。</translation>
    </message>
    <message>
        <source>%1 The connection was not made. Trust this certificate (SHA-256 %2) for %3 only if you know it is the server&apos;s.</source>
        <translation>%1 接続は行われませんでした。この証明書 (SHA-256 %2) がサーバーのものだと分かっている場合に限り、%3 について信頼してください。</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for %1</source>
        <translation>この証明書を %1 について信頼する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>The tutorial&apos;s steps, done in SockLab. Each step ticks itself when it really happens: a socket call in the log, a row in the Connections table. &quot;Show me&quot; only fills in a pane or shows where to look; you press Start, Connect or Send.</source>
        <translation>チュートリアルの手順を SockLab で行います。各手順は、ログのソケット呼び出しや接続一覧の行として実際に起きたときに自動でチェックされます。「見せて」はペインに入力するか見る場所を示すだけで、「開始」「接続」「送信」はあなたが押します。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Start the tour over</source>
        <translation>ツアーを最初からやり直す</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>見せて</translation>
    </message>
    <message>
        <source>Start a TCP server</source>
        <translation>TCP サーバを開始する</translation>
    </message>
    <message>
        <source>Connect five clients</source>
        <translation>クライアントを 5 回接続する</translation>
    </message>
    <message>
        <source>Look at the Connections table</source>
        <translation>接続一覧を見る</translation>
    </message>
    <message>
        <source>Start a UDP server</source>
        <translation>UDP サーバを開始する</translation>
    </message>
    <message>
        <source>Send it a datagram</source>
        <translation>データグラムを送る</translation>
    </message>
    <message>
        <source>Stop the TCP server, then connect</source>
        <translation>TCP サーバを止めてから接続する</translation>
    </message>
    <message>
        <source>Stop the UDP server, then send</source>
        <translation>UDP サーバを止めてから送信する</translation>
    </message>
    <message>
        <source>In a server tab choose TCP, address 127.0.0.1 and port 60001, as server_tcp.py does, and press Start: socket(), bind() and listen() appear in the log.</source>
        <translation>サーバタブで server_tcp.py と同じく TCP、アドレス 127.0.0.1、ポート 60001 を選び「開始」を押します。ログに socket()、bind()、listen() が現れます。</translation>
    </message>
    <message>
        <source>Connect a TCP client to that port five times (Disconnect and Connect again, or one client tab each with Ctrl+Shift+T). Each connect() is accept()ed with a socket of its own. So far: %1 of %2.</source>
        <translation>そのポートに TCP クライアントを 5 回接続します (切断して再接続するか、Ctrl+Shift+T でクライアントタブを 1 つずつ開きます)。connect() のたびに accept() が専用のソケットを作ります。現在 %1 / %2。</translation>
    </message>
    <message>
        <source>With the server running and a client connected, open the Connections tab, the tutorial&apos;s netstat -a: SockLab&apos;s own sockets are marked. Find the server&apos;s LISTEN socket and the connection&apos;s two ESTABLISHED ends, each with its local and foreign address.</source>
        <translation>サーバを動かしたままクライアントを接続した状態で、チュートリアルの netstat -a にあたる接続一覧タブを開きます。SockLab 自身のソケットには印が付いています。サーバの LISTEN のソケットと、接続の両端にある 2 つの ESTABLISHED のソケットを、それぞれのローカルアドレスと外部アドレスとともに探してください。</translation>
    </message>
    <message>
        <source>In a new server tab choose UDP and port 60002, as server_udp.py does, and press Start: socket() and bind(), but no listen(), since UDP has no connections to accept.</source>
        <translation>新しいサーバタブで server_udp.py と同じく UDP、ポート 60002 を選び「開始」を押します。socket() と bind() はありますが、UDP には受け付ける接続がないので listen() はありません。</translation>
    </message>
    <message>
        <source>In a client tab choose UDP, that port, type Hello Server! and press Send. The server&apos;s recvfrom() gets the datagram with the sender&apos;s address.</source>
        <translation>クライアントタブで UDP とそのポートを選び、Hello Server! と入力して「送信」を押します。サーバの recvfrom() がデータグラムを送信元のアドレスとともに受け取ります。</translation>
    </message>
    <message>
        <source>Press Stop in the TCP server&apos;s tab, then connect a TCP client to the same port: nothing listens, the kernel answers with a reset and connect() fails with &quot;connection refused&quot;.</source>
        <translation>TCP サーバのタブで「停止」を押し、同じポートに TCP クライアントで接続します。待ち受けがないのでカーネルはリセットで応え、connect() は「接続拒否 (connection refused)」で失敗します。</translation>
    </message>
    <message>
        <source>Press Stop in the UDP server&apos;s tab, then send the datagram again: sendto() succeeds all the same. UDP has no connection, so nothing tells the sender that nobody received it.</source>
        <translation>UDP サーバのタブで「停止」を押し、もう一度データグラムを送ります。それでも sendto() は成功します。UDP には接続がないので、誰も受け取らなかったことを送信側に知らせるものはありません。</translation>
    </message>
    <message>
        <source>Tour complete: TCP refused where nothing listened, UDP sent into the void, as the tutorial says.</source>
        <translation>ツアー完了: チュートリアルのとおり、TCP は待ち受けのない所への接続を拒否され、UDP は宛先なしでも送信できました。</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%2 手順中 %1 手順完了。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Show its row</source>
        <translation>その行を表示</translation>
    </message>
    <message>
        <source>Show the log row that ticked: %1</source>
        <translation>チェックしたログ行を表示: %1</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>見せて: %1</translation>
    </message>
</context>
<context>
    <name>TrafficLogExport</name>
    <message>
        <source>%1 is a symbolic link; the log is not written through it.</source>
        <translation>%1 はシンボリックリンクです。リンク先へはログを書き込みません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; the log is not written there.</source>
        <translation>%1 は通常のファイルではありません。そこへはログを書き込みません。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 を保存できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>TrafficLogFileWriter</name>
    <message>
        <source>Already logging to &quot;%1&quot;; stop that first.</source>
        <translation>すでに「%1」に記録中です。先に停止してください。</translation>
    </message>
    <message>
        <source>No log file given.</source>
        <translation>ログファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot log to &quot;%1&quot;: it is a directory.</source>
        <translation>「%1」に記録できません: ディレクトリです。</translation>
    </message>
    <message>
        <source>Cannot log to &quot;%1&quot;: %2.</source>
        <translation>「%1」に記録できません: %2。</translation>
    </message>
    <message>
        <source>Writing the log file &quot;%1&quot; failed (%2): %3 events were written, and logging to the file stopped.</source>
        <translation>ログファイル「%1」への書き込みに失敗しました (%2): %3 件のイベントを書き出した時点でファイルへの記録を停止しました。</translation>
    </message>
</context>
<context>
    <name>TrafficLogModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
</context>
<context>
    <name>TrafficLogView</name>
    <message>
        <source>Traffic log</source>
        <translation>通信ログ</translation>
    </message>
    <message>
        <source>Filter by peer, session, event, message or text</source>
        <translation>相手・セッション・イベント・メッセージ・テキストで絞り込み</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>How received and sent bytes are decoded for the Text column.</source>
        <translation>「テキスト」列で送受信したバイト列をどの文字コードで表示するか。</translation>
    </message>
    <message>
        <source>Select an event to see its details and a hex dump.</source>
        <translation>イベントを選択すると、詳細と 16 進ダンプを表示します。</translation>
    </message>
    <message>
        <source>&amp;Pause view</source>
        <translation>表示を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop adding rows to the table. Sockets keep receiving and the counters keep counting; rows catch up on resume.</source>
        <translation>表への行の追加を止めます。ソケットは受信を続け、カウンタも数え続けます。再開すると行が追いつきます。</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>ログを消去(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every row; the counters go on.</source>
        <translation>すべての行を消去します。カウンタはそのまま続きます。</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 一時停止中</translation>
    </message>
    <message>
        <source>Filter traffic log</source>
        <translation>通信ログのフィルター</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find in log</source>
        <translation>ログ内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Type in the traffic log&apos;s filter.</source>
        <translation>通信ログのフィルターに入力します。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;hex</source>
        <translation>16 進数でコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as C &amp;array</source>
        <translation>C の配列としてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy as &amp;Python bytes</source>
        <translation>Python の bytes としてコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Filter by this &amp;peer</source>
        <translation>この相手で絞り込む(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save selection…</source>
        <translation>選択した行を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export log…</source>
        <translation>ログを書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows shown (after the filter) as CSV or JSON lines.</source>
        <translation>表示中の行 (フィルター適用後) を CSV または JSON Lines として保存します。</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n row(s) to %1…</source>
        <translation>
            <numerusform>%n 行を %1 に保存しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Save selected rows</source>
        <translation>選択した行を保存</translation>
    </message>
    <message>
        <source>Export traffic log</source>
        <translation>通信ログを書き出し</translation>
    </message>
</context>
<context>
    <name>UdpSession</name>
    <message>
        <source>The UDP socket is already bound to %1; stop it before binding again.</source>
        <translation>UDP ソケットはすでに %1 にバインドされています。再度バインドする前に停止してください。</translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel</source>
        <translation>bind(%1) -&gt; カーネルがポート %2 を選択</translation>
    </message>
    <message numerus="yes">
        <source>waiting for datagrams; will stop after %n datagram(s)</source>
        <translation>
            <numerusform>データグラム待ち (%n 個で終了)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for datagrams</source>
        <translation>データグラム待ち</translation>
    </message>
    <message numerus="yes">
        <source>close(): stopped after %n datagram(s)</source>
        <translation>
            <numerusform>close(): %n 個のデータグラムで終了</numerusform>
        </translation>
    </message>
    <message>
        <source>No host given; enter a host name or an address such as 127.0.0.1.</source>
        <translation>ホストが指定されていません。ホスト名または 127.0.0.1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; could not be resolved: %2; nothing was sent.</source>
        <translation>ホスト「%1」の名前解決に失敗しました: %2。何も送信されていません。</translation>
    </message>
    <message>
        <source>Port 0 cannot be a destination; nothing was sent.</source>
        <translation>ポート 0 は宛先にできません。何も送信されていません。</translation>
    </message>
    <message>
        <source>UDP is connectionless: sendto() succeeds whether or not anything listens on %1, and no error comes back if nothing does.</source>
        <translation>UDP はコネクションレスです。%1 で何かが待ち受けているかどうかに関係なく sendto() は成功し、誰もいなくてもエラーは返りません。</translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2 (at most 65,507 bytes over IPv4); nothing was sent.</source>
        <translation>%1 バイトのデータグラムは %2 への UDP には大きすぎます (IPv4 では最大 65,507 バイト)。何も送信されていません。</translation>
    </message>
    <message>
        <source>sendto(%1) failed: %2.</source>
        <translation>sendto(%1) に失敗しました: %2。</translation>
    </message>
    <message>
        <source>ICMP port unreachable: nothing listens where an earlier datagram went; UDP reports this only as a hint and the datagram is lost.</source>
        <translation>ICMP ポート到達不能: 先に送ったデータグラムの宛先で何も待ち受けていません。UDP ではこれはヒントとして通知されるだけで、データグラムは失われます。</translation>
    </message>
    <message>
        <source>UDP socket error: %1.</source>
        <translation>UDP ソケットのエラー: %1。</translation>
    </message>
    <message>
        <source>setsockopt(SO_RCVBUF, %1) -&gt; the kernel reports %2 bytes</source>
        <translation>setsockopt(SO_RCVBUF, %1) -&gt; カーネルの報告は %2 バイト</translation>
    </message>
    <message>
        <source>The kernel capped the receive buffer below the %1 bytes asked for (on Linux the limit is net.core.rmem_max); a flood overflows it sooner.</source>
        <translation>カーネルが受信バッファを要求した %1 バイト未満に制限しました (Linux の上限は net.core.rmem_max)。大量の受信ではより早くあふれます。</translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2 (at most 65,527 bytes over IPv6); nothing was sent.</source>
        <translation>%1 バイトのデータグラムは %2 への UDP には大きすぎます (IPv6 では最大 65,527 バイト)。何も送信されていません。</translation>
    </message>
    <message>
        <source>socket(AF_INET6, SOCK_DGRAM) with IPV6_V6ONLY off: one dual-stack socket reaches IPv4 and IPv6 destinations</source>
        <translation>socket(AF_INET6, SOCK_DGRAM) (IPV6_V6ONLY オフ): デュアルスタックのソケット 1 つで IPv4 と IPv6 の両方の宛先に届きます</translation>
    </message>
    <message>
        <source>bind(%1) -&gt; port %2 chosen by the kernel; replies to it are shown too</source>
        <translation>bind(%1) -&gt; カーネルがポート %2 を選択。このポートへの返信も表示します</translation>
    </message>
    <message>
        <source>stopped: the socket was closed</source>
        <translation>停止: ソケットが閉じられました</translation>
    </message>
    <message>
        <source>the socket was closed</source>
        <translation>ソケットが閉じられました</translation>
    </message>
    <message>
        <source>The datagram of %1 bytes is too large for UDP to %2; nothing was sent.</source>
        <translation>%1 バイトのデータグラムは %2 への UDP には大きすぎます。何も送信されていません。</translation>
    </message>
    <message>
        <source>replaced by a new repeat</source>
        <translation>新しい繰り返しに置き換え</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>the socket closed after its last datagram</source>
        <translation>最後のデータグラムの後にソケットが閉じられました</translation>
    </message>
    <message>
        <source>the socket closed</source>
        <translation>ソケットが閉じられました</translation>
    </message>
    <message>
        <source>getsockopt(SO_BROADCAST) -&gt; 1: Qt turns broadcast on for every UDP socket, so sendto(%1) may reach every host on that link</source>
        <translation>getsockopt(SO_BROADCAST) -&gt; 1: Qt はすべての UDP ソケットでブロードキャストを有効にするため、sendto(%1) はそのリンク上のすべてのホストに届く可能性があります</translation>
    </message>
    <message>
        <source>setsockopt(SO_BROADCAST, 1): without it the kernel refuses sendto(%1) with EACCES</source>
        <translation>setsockopt(SO_BROADCAST, 1): これがないとカーネルは sendto(%1) を EACCES で拒否します</translation>
    </message>
    <message>
        <source>setsockopt(IPV6_MULTICAST_HOPS, %1): the hop limit of datagrams to %2 (1 keeps them on the local link)</source>
        <translation>setsockopt(IPV6_MULTICAST_HOPS, %1): %2 宛てデータグラムのホップ制限 (1 ならローカルリンク内にとどまります)</translation>
    </message>
    <message>
        <source>setsockopt(IP_MULTICAST_TTL, %1): the time to live of datagrams to %2 (1 keeps them on the local link)</source>
        <translation>setsockopt(IP_MULTICAST_TTL, %1): %2 宛てデータグラムの TTL (1 ならローカルリンク内にとどまります)</translation>
    </message>
    <message>
        <source>There is no network interface named &quot;%1&quot;; the routing table picks the interface for %2.</source>
        <translation>「%1」という名前のネットワークインターフェイスはありません。%2 宛てのインターフェイスはルーティングテーブルが選びます。</translation>
    </message>
    <message>
        <source>there is no network interface named &quot;%1&quot;</source>
        <translation>「%1」という名前のネットワークインターフェイスはありません</translation>
    </message>
    <message>
        <source>source-specific multicast is not supported on this system</source>
        <translation>このシステムはソース指定マルチキャストに対応していません</translation>
    </message>
    <message>
        <source>Cannot join %1: bind the UDP socket first.</source>
        <translation>%1 に参加できません: 先に UDP ソケットをバインドしてください。</translation>
    </message>
    <message>
        <source>already a member of %1</source>
        <translation>すでに %1 のメンバーです</translation>
    </message>
    <message>
        <source>Cannot join %1: this socket is already in %2 groups, the most SockLab keeps.</source>
        <translation>%1 に参加できません: このソケットはすでに %2 個のグループに参加しています (SockLab が保持する上限です)。</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 が失敗しました: %2。</translation>
    </message>
    <message>
        <source>joined multicast group %1: the kernel delivers its datagrams to this socket</source>
        <translation>マルチキャストグループ %1 に参加しました: カーネルはそのデータグラムをこのソケットに届けます</translation>
    </message>
    <message>
        <source>The socket is bound to %1: the kernel delivers group datagrams only to a socket bound to the group or to a wildcard address (0.0.0.0, ::).</source>
        <translation>ソケットは %1 にバインドされています: カーネルがグループのデータグラムを届けるのは、グループのアドレスかワイルドカードアドレス (0.0.0.0、::) にバインドされたソケットだけです。</translation>
    </message>
    <message>
        <source>Cannot leave %1: this socket is not a member.</source>
        <translation>%1 から脱退できません: このソケットはメンバーではありません。</translation>
    </message>
    <message>
        <source>left multicast group %1</source>
        <translation>マルチキャストグループ %1 から脱退しました</translation>
    </message>
    <message>
        <source>Interface %1 is down or gone: the membership of %2 waits for it and is joined again when it is back.</source>
        <translation>インターフェイス %1 がダウンしたか、なくなりました: %2 のメンバーシップは保持され、戻ったときに再参加します。</translation>
    </message>
    <message>
        <source>Interface %1 is back: rejoined %2 (setsockopt(%3))</source>
        <translation>インターフェイス %1 が戻りました: %2 に再参加しました (setsockopt(%3))</translation>
    </message>
    <message>
        <source>setsockopt(IPV6_V6ONLY, 0): one socket for IPv6 and IPv4 peers (shown as plain IPv4)</source>
        <translation>setsockopt(IPV6_V6ONLY, 0): 1 つのソケットで IPv6 と IPv4 の相手を受け付けます (IPv4 の相手はそのまま IPv4 で表示)</translation>
    </message>
    <message>
        <source>not listening on %1 too: %2</source>
        <translation>%1 では待ち受けていません: %2</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>The settings file %1 could not be read; using the defaults.</source>
        <translation>設定ファイル %1 を読み込めません。既定値を使います。</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>設定を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Window layout reset: %1 was damaged.</source>
        <translation>ウィンドウ配置をリセットしました: %1 が壊れていました。</translation>
    </message>
    <message>
        <source>Copy kept as %1.</source>
        <translation>コピーを %1 として残しました。</translation>
    </message>
    <message>
        <source>Using the defaults.</source>
        <translation>既定値を使います。</translation>
    </message>
    <message>
        <source>Using the defaults; copy kept as %1.</source>
        <translation>既定値を使います。コピーを %1 として残しました。</translation>
    </message>
    <message>
        <source>The settings file %1 is a symbolic link; SockLab does not write through links, so changes made now will not be saved.</source>
        <translation>設定ファイル %1 はシンボリックリンクです。SockLab はリンク経由では書き込まないため、今後の変更は保存されません。</translation>
    </message>
    <message>
        <source>The settings file %1 is not a regular file; it was not read and will not be written.</source>
        <translation>設定ファイル %1 は通常のファイルではありません。読み込まず、書き込みもしません。</translation>
    </message>
    <message>
        <source>SockLab stopped while restoring its window from %1 last time, so the saved state was not used.</source>
        <translation>前回、SockLab は %1 からウィンドウを復元する途中で停止したため、保存された状態は使いませんでした。</translation>
    </message>
    <message>
        <source>The settings file %1 is too large to be SockLab&apos;s.</source>
        <translation>設定ファイル %1 は SockLab のものにしては大きすぎます。</translation>
    </message>
    <message>
        <source>The settings file %1 holds values SockLab never writes.</source>
        <translation>設定ファイル %1 に SockLab が書き込まない値が含まれています。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged.</source>
        <translation>設定ファイル %1 が壊れています。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1 is not a regular file.</source>
        <translation>設定を保存しませんでした: %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The settings were not saved: %1 is a symbolic link.</source>
        <translation>設定を保存しませんでした: %1 はシンボリックリンクです。</translation>
    </message>
</context>
</TS>
