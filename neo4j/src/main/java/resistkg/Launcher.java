package resistkg;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

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
 * NEO4J_TX_TIMEOUT_SECONDS (server-side cap, default 120). With --exit-on-stdin-close the JVM shuts
 * the database down when its parent closes stdin, so a crashed parent never leaves a JVM behind.
 * Prints one line "NEO4J_READY bolt://host:port" when Bolt listens.
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

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
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
