package resistkg;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.util.ReferenceCountUtil;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

/**
 * Starts Neo4j Community through its embedded API with the Bolt connector and APOC Core.
 *
 * Configuration (environment): NEO4J_BOLT_PORT (default 7687), NEO4J_BOLT_HOST (default 127.0.0.1),
 * NEO4J_DATA_DIR (default ./.neo4j-data), NEO4J_PAGECACHE_MB (default 256),
 * NEO4J_TX_TIMEOUT_SECONDS (server-side cap, default 120), NEO4J_AUTH_PASSWORD (required: the
 * password of user neo4j, passed by environment so that it never shows in `ps`). With
 * --exit-on-stdin-close the JVM shuts the database down when its parent closes stdin, so a crashed
 * parent never leaves a JVM behind. Prints one line "NEO4J_READY bolt://host:port" when Bolt listens.
 *
 * Auth is on: on every start user neo4j gets NEO4J_AUTH_PASSWORD (no change required; on a new data
 * folder before Bolt listens at all). The Bolt
 * connector speaks only Bolt: Neo4j itself also accepts Bolt over WebSocket on the same port, from
 * any Origin and with no setting to turn it off, which would let any web page open in a browser on
 * this machine talk to the database; a connection whose first byte is not Bolt's handshake is closed.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = intEnv("NEO4J_BOLT_PORT", 7687);
        String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
        Path home = Path.of(env("NEO4J_DATA_DIR", ".neo4j-data")).toAbsolutePath();
        long pageCacheMb = intEnv("NEO4J_PAGECACHE_MB", 256);
        int txTimeout = intEnv("NEO4J_TX_TIMEOUT_SECONDS", 120);
        boolean exitOnStdinClose = List.of(args).contains("--exit-on-stdin-close");
        String password = System.getenv("NEO4J_AUTH_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_AUTH_PASSWORD is not set (8+ characters): the embedded Neo4j never runs without auth");
            System.exit(2);
        }

        // A new system database starts with user neo4j / password neo4j: set ours first with Bolt
        // off, so that no client ever meets the known default.
        if (!Files.exists(home.resolve("data").resolve("databases").resolve("system"))) {
            DatabaseManagementService first = builder(home, host, port, pageCacheMb, txTimeout, false).build();
            try {
                setPassword(first, password);
                System.out.println("New data folder: password of user neo4j set before Bolt listens");
            } finally {
                first.shutdown();
            }
        }
        DatabaseManagementService dbms = builder(home, host, port, pageCacheMb, txTimeout, true).build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int guarded = refuseNonBolt((GraphDatabaseAPI) db);
        setPassword(dbms, password);
        System.out.println("Auth on for user neo4j; " + guarded + " Bolt connector(s) refuse WebSocket and HTTP");
        int registered = registerApoc((GraphDatabaseAPI) db);
        System.out.println("APOC Core: " + registered + " procedure and function classes registered");
        System.out.println("NEO4J_READY bolt://" + host + ":" + port + " home=" + home);
        System.out.flush();

        if (exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) {
                        // ignore input; we only wait for end of stream
                    }
                } catch (IOException ignored) {
                    // parent gone
                }
                System.exit(0);
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static DatabaseManagementServiceBuilder builder(
            Path home, String host, int port, long pageCacheMb, int txTimeout, boolean bolt) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No lock-out after failed logins: the password is 256 random bits, and a lock-out
                // would let anyone who can reach the port lock the service out of its own database.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout));
    }

    /**
     * Gives user neo4j the password, with no change required. Embedded transactions run without
     * auth. Setting the password it already has is refused by Neo4j, which is fine.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw", Map.of("pw", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
        system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
    }

    /**
     * Closes every Bolt connection that does not open with Bolt's handshake (0x6060B017): an HTTP
     * request (a WebSocket upgrade from a web page, or anything else) is closed unanswered. Returns
     * the number of connectors guarded.
     */
    private static int refuseNonBolt(GraphDatabaseAPI api) {
        BoltServer bolt = api.getDependencyResolver().resolveDependency(BoltServer.class);
        int count = 0;
        for (Connector<?> connector : bolt.getConnectors()) {
            connector.registerListener(new ConnectorListener() {
                @Override
                public void onConnectionCreated(Connection connection) {
                    connection.registerListener(new ConnectionListener() {
                        @Override
                        public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
                            pipeline.addFirst("resistkg-bolt-only", new BoltOnly());
                        }
                    });
                }
            });
            count++;
        }
        return count;
    }

    /** Lets a connection through when its first byte is Bolt's (0x60), closes it otherwise. */
    private static final class BoltOnly extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf buf && buf.isReadable()) {
                if (buf.getUnsignedByte(buf.readerIndex()) != 0x60) {
                    ReferenceCountUtil.release(msg);
                    ctx.close();
                    return;
                }
                ctx.pipeline().remove(this);
            }
            ctx.fireChannelRead(msg);
        }
    }

    /** Registers every APOC Core class that declares procedures or functions. */
    private static int registerApoc(GraphDatabaseAPI api) throws IOException {
        GlobalProcedures procedures = api.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        Path jar;
        try {
            jar = Path.of(Class.forName("apoc.CoreApocGlobalComponents")
                    .getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("APOC Core is not on the classpath", e);
        }
        int count = 0;
        List<String> skipped = new java.util.ArrayList<>();
        ClassLoader loader = Launcher.class.getClassLoader();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                String name = entry.getName();
                if (!name.endsWith(".class") || !name.startsWith("apoc/")) {
                    continue;
                }
                String className = name.substring(0, name.length() - 6).replace('/', '.');
                try {
                    Class<?> cls = Class.forName(className, false, loader);
                    boolean proc = false, func = false, aggr = false;
                    for (Method m : cls.getDeclaredMethods()) {
                        proc |= m.isAnnotationPresent(Procedure.class);
                        func |= m.isAnnotationPresent(UserFunction.class);
                        aggr |= m.isAnnotationPresent(UserAggregationFunction.class);
                    }
                    if (proc) procedures.registerProcedure(cls);
                    if (func) procedures.registerFunction(cls);
                    if (aggr) procedures.registerAggregationFunction(cls);
                    if (proc || func || aggr) count++;
                } catch (Throwable t) {
                    skipped.add(className.substring(className.lastIndexOf('.') + 1));
                }
            }
        }
        if (!skipped.isEmpty()) {
            System.out.println("APOC: " + skipped.size() + " classes skipped for optional libraries not bundled (" + String.join(", ", skipped) + ")");
        }
        return count;
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static int intEnv(String key, int fallback) {
        String v = env(key, null);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            System.err.println("Invalid " + key + "=" + v + ": expected a whole number");
            System.exit(2);
            return fallback;
        }
    }
}
