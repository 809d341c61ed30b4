package org.senrules.spark;

import org.apache.spark.sql.SparkSession;

/** Spark for tests: local mode on two cores, bound to the loopback address, with no web UI. */
final class Spark {
    private Spark() {
    }

    static SparkSession local() {
        return SparkSession.builder().master("local[2]").appName("sen-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
