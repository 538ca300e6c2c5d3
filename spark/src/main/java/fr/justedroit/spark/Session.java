package fr.justedroit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a job: the one already running in this JVM (a test's, a notebook's: a JVM
 * has one Spark context), left running at the end; or a new one, stopped at the end. Its master: {@code --master} when given, else
 * spark-submit's ({@code spark.master}), else {@code local[*]} (every core of this machine).
 */
final class Session implements AutoCloseable {
    private final SparkSession spark;
    private final boolean own;

    private Session(SparkSession spark, boolean own) {
        this.spark = spark;
        this.own = own;
    }

    static Session start(String appName, String master) {
        scala.Option<SparkSession> running = SparkSession.getActiveSession();
        if (running.isEmpty()) {
            running = SparkSession.getDefaultSession();
        }
        if (running.isDefined()) {
            // One SparkContext per JVM: a session already running is the job's, whatever --master says.
            return new Session(running.get(), false);
        }
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.driver.bindAddress")) {
            // Local mode talks to itself only: on the loopback, whatever the machine's name resolves to.
            conf.set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1");
        }
        if (!conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false"); // no web page for a batch job unless asked for
        }
        return new Session(SparkSession.builder().config(conf).getOrCreate(), true);
    }

    SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (own) {
            spark.stop();
        }
    }
}
