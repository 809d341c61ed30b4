package org.senrules.server.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many open connections from one client address: a connection over the limit is
 * closed as soon as it opens, before a byte of it is read, so a client cannot hold every
 * connection the service has. Behind a proxy every client has the proxy's address: set the
 * limit to what the proxy opens ({@code --max-connections-per-client}). The address is never
 * logged.
 */
final class ClientConnections implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private final int max;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    private final Map<Connection, InetAddress> counted = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    ClientConnections(int max) {
        this.max = max;
    }

    long refused() {
        return refused.get();
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection.getEndPoint().getRemoteSocketAddress());
        if (address == null) {
            return;
        }
        int[] after = new int[1];
        open.compute(address, (a, n) -> {
            after[0] = n == null ? 1 : n + 1;
            return after[0] > max ? n : Integer.valueOf(after[0]);
        });
        if (after[0] > max) {
            long total = refused.incrementAndGet();
            LOG.warn("closed a connection: its client address already holds {} connections, the most allowed ({} closed so far)",
                    max, total);
            connection.getEndPoint().close();
            return;
        }
        counted.put(connection, address);
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static InetAddress address(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getAddress() : null;
    }
}
