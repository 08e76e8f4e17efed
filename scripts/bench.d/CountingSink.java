// `scripts/bench crash`: a minimal SMTP sink that appends the recipients of every message it
// accepts to a file, one line each, so that the benchmark counts copies per person (a duplicate is
// a recipient on two lines). Run as: java CountingSink.java <port> <file>
import java.io.BufferedReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

public class CountingSink {

    public static void main(String[] args) throws IOException {
        var out = new FileWriter(args[1], StandardCharsets.UTF_8, true);
        try (var server = new ServerSocket(Integer.parseInt(args[0]), 100, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket socket = server.accept();
                var thread = new Thread(() -> serve(socket, out));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void serve(Socket socket, Writer out) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
             var reply = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.ISO_8859_1)) {
            reply.print("220 sink\r\n");
            reply.flush();
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply.print("250 sink\r\n");
                } else if (command.startsWith("MAIL FROM")) {
                    recipients.clear();
                    reply.print("250 ok\r\n");
                } else if (command.startsWith("RCPT TO")) {
                    recipients.add(line.substring(line.indexOf(':') + 1).trim().replaceAll("[<>]", "").toLowerCase());
                    reply.print("250 ok\r\n");
                } else if (command.equals("DATA")) {
                    reply.print("354 go\r\n");
                    reply.flush();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    synchronized (out) {
                        for (String recipient : recipients) {
                            out.write(recipient + "\n");
                        }
                        out.flush();
                    }
                    reply.print("250 accepted\r\n");
                } else if (command.startsWith("QUIT")) {
                    reply.print("221 bye\r\n");
                    reply.flush();
                    return;
                } else {
                    reply.print("250 ok\r\n");
                }
                reply.flush();
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
