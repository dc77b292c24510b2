package org.zhijian.sampling.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An output stream that gzips (fastest level) on its own thread: the writer hands over copies of its chunks and
 * goes on, so a draw's pool text is hashed and compressed at the same time on two cores. {@link #toByteArray()}
 * waits for the compressor and returns the gzip bytes.
 */
final class BackgroundGzip extends OutputStream {

    private static final byte[] END = new byte[0];
    private static final ThreadFactory THREADS = r -> {
        Thread t = new Thread(r, "snapshot-gzip");
        t.setDaemon(true);
        return t;
    };

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(64);
    private final CompletableFuture<byte[]> compressed;
    private boolean closed;

    BackgroundGzip() {
        var executor = Executors.newSingleThreadExecutor(THREADS);
        compressed = CompletableFuture.supplyAsync(this::compress, executor);
        executor.shutdown(); // the thread ends when the one task does
    }

    private byte[] compress() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                gzip.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("snapshot compression interrupted", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len > 0) {
            put(Arrays.copyOfRange(b, off, off + len));
        }
    }

    /** Ends the input; the compressor finishes (also when the writer failed half-way, so no thread is left). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                put(END);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The gzip bytes of everything written; closes the stream and waits for the compressor. */
    byte[] toByteArray() {
        try {
            close();
            return compressed.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!chunks.offer(chunk, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (compressed.isDone()) { // the compressor failed: do not wait for it forever
                    compressed.join();
                    throw new IOException("snapshot compression stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
