package com.phonesmith.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load generator light enough to leave the cores to the service it measures: each client is one keep-alive
 * HTTP/1.1 connection on a plain socket, sending requests prepared beforehand one after the other and reading
 * each answer fully (Content-Length or chunked) before the next. The JDK's HttpClient costs about as much CPU per
 * request as a small Quarkus endpoint, which on two shared cores would halve what is measured.
 */
final class RawHttpLoad {
    private RawHttpLoad() {
    }

    /** A request as bytes on the wire. */
    static byte[] request(String method, String host, int port, String path, String contentType, String body) {
        return request(method, host, port, path, java.util.Map.of(), contentType, body);
    }

    /** A request as bytes on the wire, with more headers (e.g. Authorization, Idempotency-Key). */
    static byte[] request(String method, String host, int port, String path, java.util.Map<String, String> headers,
            String contentType, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /** {@code count} requests for the service's {@code /q/health/live} from {@code clients}: the seconds they took. */
    static double liveSeconds(String host, int port, int count, int clients) throws Exception {
        byte[] live = request("GET", host, port, "/q/health/live", null, null);
        return send(host, port, Collections.nCopies(count, live), clients, 200);
    }

    /** Sends the requests, split evenly over {@code clients} connections; the seconds it took. */
    static double send(String host, int port, List<byte[]> requests, int clients, int expectedStatus)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        int share = requests.size() / clients;
        List<Socket> sockets = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Socket socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            sockets.add(socket);
        }
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Socket socket = sockets.get(c);
                int from = c * share;
                done.add(pool.submit(() -> {
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    for (int i = from; i < from + share; i++) {
                        out.write(requests.get(i));
                        out.flush();
                        Answer answer = read(in);
                        if (answer.status() != expectedStatus) {
                            throw new IllegalStateException("request " + i + " answered " + answer.status() + ": "
                                    + answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    record Answer(int status, String body) {
    }

    /** An answer with the time it took, request written to answer read. */
    record Timed(long nanos, Answer answer) {
    }

    /**
     * A closed loop: each client (one keep-alive connection) sends its own requests one after the other, all clients
     * at once; every answer with its time, client by client in the order sent. Answers of any status are kept.
     */
    static List<List<Timed>> closedLoop(String host, int port, List<List<byte[]>> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perClient.size());
        try {
            List<Future<List<Timed>>> done = new ArrayList<>();
            for (List<byte[]> mine : perClient) {
                done.add(pool.submit(() -> {
                    List<Timed> answers = new ArrayList<>(mine.size());
                    try (Socket socket = new Socket()) {
                        socket.setTcpNoDelay(true);
                        socket.connect(new InetSocketAddress(host, port), 5000);
                        socket.setSoTimeout(60_000);
                        OutputStream out = socket.getOutputStream();
                        InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                        for (byte[] request : mine) {
                            long start = System.nanoTime();
                            out.write(request);
                            out.flush();
                            Answer answer = read(in);
                            answers.add(new Timed(System.nanoTime() - start, answer));
                        }
                    }
                    return answers;
                }));
            }
            List<List<Timed>> all = new ArrayList<>();
            for (Future<List<Timed>> future : done) {
                all.add(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body;
        if (chunked) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailers
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
        } else {
            throw new IOException("an answer without Content-Length on a kept-alive connection: " + statusLine);
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        throw new IOException("the connection closed in the middle of an answer");
    }
}
